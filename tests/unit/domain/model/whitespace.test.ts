import { describe, expect, it } from 'vitest';
import { collapseWhitespace } from '../../../../src/domain/model/fidelity.ts';
import { isWhitespace } from '../../../../src/domain/model/whitespace.ts';

describe('isWhitespace', () => {
	it('agrees with \\s on every UTF-16 code unit', () => {
		const disagreements: number[] = [];
		for (let code = 0; code <= 0xffff; code++) if (isWhitespace(code) !== /\s/.test(String.fromCharCode(code))) disagreements.push(code);
		expect(disagreements).toEqual([]);
	});

	it('is false past the end of a string (charCodeAt gives NaN)', () => {
		expect(isWhitespace(''.charCodeAt(0))).toBe(false);
	});
});

describe('collapseWhitespace', () => {
	it('folds every kind of whitespace run to one space and maps each character both ways', () => {
		const original = '\u00a0 Ban\u2009Ki-moon\n\n\tsaid\u3000“yes”.\r\n';
		const { text, origin, position } = collapseWhitespace(original);
		expect(text).toBe('Ban Ki-moon said “yes”.');
		expect(text).toBe(original.replace(/\s+/g, ' ').trim());
		// Each character of the text comes from its own offset; a space from its run's first character.
		expect([...text].map((char, i) => (char === ' ' ? /\s/.test(original[origin[i]!]!) : original[origin[i]!] === char))).not.toContain(false);
		expect(origin[3]).toBe(original.indexOf('\u2009'));
		// Every offset of the original maps into the text: a run to its space, the ends to the first and past the last character.
		expect(position).toHaveLength(original.length);
		expect(position[0]).toBe(0);
		expect(position[original.indexOf('\n')]).toBe(text.indexOf(' said'));
		expect(position[original.length - 1]).toBe(text.length);
	});
});
