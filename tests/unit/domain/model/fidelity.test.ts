import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../support/build.ts';
import { makeArchive, prng } from '../../../support/archive.ts';
import { alignWithSource, collapsedText, collapseWhitespace } from '../../../../src/domain/model/fidelity.ts';
import { locateInBody } from '../../../../src/domain/model/annotated-text.ts';
import { sentenceAround } from '../../../../src/domain/model/sentences.ts';

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

describe('collapsedText', () => {
	it('is the text of collapseWhitespace, for every UTF-16 code unit between words', () => {
		const units = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code));
		const original = ` ${units.map((unit, i) => `w${i}${unit}${unit}`).join('')} `;
		expect(collapsedText(original)).toBe(collapseWhitespace(original).text);
		expect(collapsedText(' \n ')).toBe('');
	});
});

// The first edition's sources, as published: byte for byte the texts they were taken from.
const published = join(projectRoot, 'content/sources');
const sources = [
	...readdirSync(published).map((file) => readFileSync(join(published, file), 'utf8')),
	...[...makeArchive(6, 11).files].filter(([path]) => path.startsWith('sources/')).map(([, text]) => text),
];

/** The source with every whitespace run (and the ends) rewritten as other whitespace, as an annotated article may lay it out. */
function relaid(source: string, next: () => number): string {
	const runs = [' ', '\n\n', '\t', ' \n ', '\u00a0', '\r\n'];
	const run = () => runs[Math.floor(next() * runs.length)]!;
	return `${next() < 0.5 ? run() : ''}${source.trim().split(/\s+/).join(run())}${next() < 0.5 ? run() : ''}`;
}

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
		expect(alignment.divergence.articleOffset).toBe('Kerry said:\n\n'.length);
	});

	it('maps every character as folding both texts would, on the seeds and synthetic reports laid out anew', () => {
		const next = prng(3);
		for (const source of sources) {
			const article = relaid(source, next);
			const alignment = alignWithSource(article, source);
			expect(alignment.ok).toBe(true);
			if (!alignment.ok) return;
			const folded = { article: collapseWhitespace(article), source: collapseWhitespace(source) };
			// Up to the article's last word: trailing whitespace maps nowhere once folded.
			const end = article.trimEnd().length;
			const expected = Array.from({ length: end }, (_, i) => folded.source.origin[folded.article.position[i]!]);
			expect(Array.from({ length: end }, (_, i) => alignment.toSource(i, i + 1)[0])).toEqual(expected);
		}
	});

	it('refuses a source changed by one character anywhere, as folding both texts would', () => {
		const next = prng(5);
		const source = sources[0]!;
		for (let trial = 0; trial < 200; trial++) {
			const at = Math.floor(next() * source.length);
			const changed = `${source.slice(0, at)}${next() < 0.5 ? 'x' : ' x'}${source.slice(at + 1)}`;
			const article = relaid(changed, next);
			expect(alignWithSource(article, source).ok, `at ${at}`).toBe(collapsedText(changed) === collapsedText(source));
		}
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

describe('locateInBody', () => {
	const at = (body: string, words: string) => {
		const text = body.replace(/<[^>]+>/g, '').replace(/\\(.)/g, '$1').replace(/&#35;/g, '#').replace(/\{"(.)"\}/g, '$1');
		return locateInBody(body, text.indexOf(words));
	};

	it('places a character of the text at its line and column in the MDX, past tags', () => {
		const body = '<Person id="ban-ki-moon">Ban</Person> said:\n\n<Figure id="x">13 soldiers</Figure> were killed.\n';
		expect(at(body, 'were')).toEqual({ line: 3, column: 37 });
		expect(at(body, 'said')).toEqual({ line: 1, column: 39 });
	});

	it('counts escapes, character references and lines inside a paragraph as written', () => {
		const body = '\\# One &#35; two\nthree {"<"} four';
		expect(locateInBody(body, '# One # two\n'.length)).toEqual({ line: 2, column: 1 });
		expect(locateInBody(body, '# One '.length)).toEqual({ line: 1, column: 8 });
		expect(locateInBody(body, '# One # '.length)).toEqual({ line: 1, column: 14 });
		// A string in braces is placed at its brace.
		expect(locateInBody(body, '# One # two\nthree '.length)).toEqual({ line: 2, column: 7 });
	});

	it('places a text that ends early at the end of its last words', () => {
		expect(locateInBody('Ban said.\n', 100)).toEqual({ line: 1, column: 10 });
	});
});
