import { describe, expect, it } from 'vitest';
import { alignWithSource, collapseWhitespace } from '../../src/domain/fidelity.ts';
import { sentenceAround } from '../../src/domain/sentences.ts';

describe('collapseWhitespace', () => {
	it('folds every whitespace run, the non-breaking space included, and trims the ends', () => {
		expect(collapseWhitespace('  a \n\n b\u00a0 c \n').text).toBe('a b c');
	});

	it('remembers where each character came from', () => {
		const { text, origin } = collapseWhitespace('a\n\nb');
		expect(text).toBe('a b');
		expect(origin).toEqual([0, 1, 3]);
	});
});

describe('alignWithSource', () => {
	const source = 'Kerry said:\n“It’s tough”.\nBan agreed.';

	it('maps article offsets onto the source file', () => {
		const article = 'Kerry said:\n\n“It’s tough”.\n\nBan agreed.';
		const alignment = alignWithSource(article, source);
		expect(alignment.ok).toBe(true);
		if (!alignment.ok) return;
		const start = article.indexOf('“');
		const [from, to] = alignment.toSource(start, start + '“It’s tough”'.length);
		expect(source.slice(from, to)).toBe('“It’s tough”');
		const ban = article.indexOf('Ban');
		expect(source.slice(...alignment.toSource(ban, ban + 3))).toBe('Ban');
	});

	it('says where the texts part, with line, column and both readings', () => {
		const alignment = alignWithSource('Kerry said:\n\n"It’s tough”.\n\nBan agreed.', source);
		expect(alignment.ok).toBe(false);
		if (alignment.ok) return;
		expect(alignment.divergence.line).toBe(2);
		expect(alignment.divergence.column).toBe(1);
		expect(alignment.divergence.expected).toContain('“It’s');
		expect(alignment.divergence.found).toContain('"It’s');
	});

	it('refuses a missing character even at the very end', () => {
		expect(alignWithSource('Ban agreed', 'Ban agreed.').ok).toBe(false);
	});
});

describe('sentenceAround', () => {
	const text = 'Ban arrived. He said: “Stop.” Kerry left on Monday.\nNext line.';

	it('finds the sentence around a span, past closing quotes', () => {
		const start = text.indexOf('Kerry');
		const sentence = sentenceAround(text, start, start + 5);
		expect(text.slice(sentence.start, sentence.end)).toBe('Kerry left on Monday.');
	});

	it('spans several sentences when the mention does', () => {
		const start = text.indexOf('He');
		const end = text.indexOf('Kerry') + 5;
		const sentence = sentenceAround(text, start, end);
		expect(text.slice(sentence.start, sentence.end)).toBe('He said: “Stop.” Kerry left on Monday.');
	});
});
