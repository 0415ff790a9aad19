import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../../../src/domain/import/decode.ts';

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('reading a source file as text', () => {
	it('keeps every character of UTF-8, a byte-order mark included', () => {
		const text = '\ufeffA line.\r\nشكرا — 👍\u200b\n';
		expect(decodeSource(Buffer.from(text, 'utf8'))).toEqual({ ok: true, text });
	});

	it('names the line, the column and the byte where a file stops being UTF-8', () => {
		expect(decodeSource(bytes('first line\nsecond é', [0xe9], ' café\n'))).toEqual({
			ok: false,
			fault: 'line 2, column 9: byte 0xE9 is not UTF-8 text (save the file as UTF-8, then import it again); nothing was written',
		});
	});

	it('refuses overlong forms, surrogates and a sequence cut short at the end', () => {
		for (const bad of [[0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xe2, 0x82]]) {
			const decoded = decodeSource(bytes('ok ', bad));
			expect(decoded.ok).toBe(false);
			if (!decoded.ok) expect(decoded.fault).toMatch(new RegExp(`^line 1, column 4: byte 0x${bad[0]!.toString(16).toUpperCase()}`));
		}
	});
});
