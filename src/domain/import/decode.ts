/**
 * A source file's bytes as text, or why they are not text: a file that is not UTF-8 would be
 * read with replacement characters (�) where its bytes were, and published with words lost.
 */
export type Decoded = { ok: true; text: string } | { ok: false; fault: string };

export function decodeSource(bytes: Uint8Array): Decoded {
	try {
		return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
	} catch {
		const at = firstInvalidByte(bytes);
		const before = new TextDecoder('utf-8').decode(bytes.subarray(0, at));
		const line = before.split('\n').length;
		const column = [...before.slice(before.lastIndexOf('\n') + 1)].length + 1;
		const byte = bytes[at]!.toString(16).toUpperCase().padStart(2, '0');
		return { ok: false, fault: `line ${line}, column ${column}: byte 0x${byte} is not UTF-8 text (save the file as UTF-8, then import it again); nothing was written` };
	}
}

/**
 * Where the first malformed sequence starts. TextDecoder says whether the bytes are UTF-8 but not
 * where they stop being so: this walks the sequences by the rules of RFC 3629 (no overlong forms,
 * no surrogates, nothing past U+10FFFF).
 */
function firstInvalidByte(bytes: Uint8Array): number {
	let i = 0;
	while (i < bytes.length) {
		const lead = bytes[i]!;
		if (lead < 0x80) {
			i++;
			continue;
		}
		const size = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
		if (size === 0) return i;
		const second = bytes[i + 1] ?? 0;
		const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
		const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
		if (second < low || second > high) return i;
		for (let k = 2; k < size; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
		i += size;
	}
	return i;
}
