import { describe, expect, it } from 'vitest';
import { counterpartsOf, paragraphsOf, relatedSources } from '../../../../src/domain/views/counterparts.ts';
import { book } from '../../../support/three-sources.ts';

describe('counterparts', () => {
	it('splits a source into its non-blank lines', () => {
		const paragraphs = paragraphsOf(book.article('b')!);
		expect(paragraphs.map((p) => book.article('b')!.sourceText.slice(p.start, p.end))).toEqual([
			'Secretary Kerry flew on Monday.',
			'The UN chief said: “I condemn this.”',
			'More than 100 died.',
		]);
		expect(paragraphs.map((p) => p.index)).toEqual([0, 1, 2]);
		expect(paragraphs[1]!.mentions.map((m) => m.subjectId)).toEqual(['ban-ki-moon', 'ban-condemns']);
	});

	it('finds, in each other source, the paragraph that shares the most, landing on its first shared annotation', () => {
		const passages = counterpartsOf(book, book.article('a')!);
		const summary = passages.map((p) => p.counterparts.map((c) => `${c.article.slug}:${c.paragraph.index}#${c.anchor}`));
		// Paragraph 0 (Ban and his statement) is in b's paragraph 1; c only names Ban, which is not enough.
		// Paragraph 1 (Kerry's trip) is in the first paragraph of b and of c.
		expect(summary).toEqual([['b:1#ban-ki-moon'], ['b:0#trip', 'c:0#trip']]);
		expect(passages[1]!.counterparts[0]!.shared).toEqual(['trip', 'john-kerry']);
	});

	it('prefers a shared statement to a shared person', () => {
		// b's paragraph 1 (Ban and his statement) shares Ban with c's paragraph 1, and the statement with a's paragraph 0.
		const passages = counterpartsOf(book, book.article('b')!);
		expect(passages[1]!.counterparts.map((c) => `${c.article.slug}:${c.paragraph.index}`)).toEqual(['a:0']);
		expect(passages[2]!.counterparts).toEqual([]);
	});

	it('compares a source with the few others that report most of the same statements, figures and events', () => {
		// a and b share the trip and Ban's statement; c shares only the trip.
		expect(relatedSources(book, book.article('a')!).map((a) => a.slug)).toEqual(['b', 'c']);
		expect(relatedSources(book, book.article('a')!, 1).map((a) => a.slug)).toEqual(['b']);
		expect(relatedSources(book, book.article('c')!, 1).map((a) => a.slug)).toEqual(['a']);
	});
});
