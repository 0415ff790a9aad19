import { describe, expect, it } from 'vitest';
import {
	compareSources,
	comparisonCounts,
	counterpartsOf,
	namedSources,
	namesDiffer,
	paragraphsOf,
	readingAnchor,
	recordedDifferences,
	relatedSources,
	sideBySideLimit,
	termsAcross,
	termsOf,
	type AlignedSubject,
} from '../../../../src/domain/views/compare.ts';
import { mentionsByArticle, mentionsElsewhere } from '../../../../src/domain/views/queries.ts';
import { book } from '../../../support/three-sources.ts';

const comparison = compareSources(book);
const kind = (k: string) => comparison.kinds.find((c) => c.kind === k)!;
const ids = (list: AlignedSubject[]) => list.map((a) => a.subject.id);

describe('compareSources', () => {
	it('aligns what several sources report, one side per source, absent sides empty', () => {
		const [statement] = kind('statement').shared;
		expect(statement!.subject.id).toBe('ban-condemns');
		expect(statement!.reportedBy).toEqual(['a', 'b']);
		expect(statement!.sides.map((s) => [s.article.slug, s.mentions.map((m) => m.anchor)])).toEqual([
			['a', ['ban-condemns']],
			['b', ['ban-condemns']],
			['c', []],
		]);
		expect(kind('event').shared[0]!.reportedBy).toEqual(['a', 'b', 'c']);
		expect(ids(kind('person').shared)).toEqual(['ban-ki-moon', 'john-kerry']);
	});

	it('lists what only one source reports under that source', () => {
		expect(kind('figure').shared).toEqual([]);
		expect(kind('figure').only.map((g) => [g.article.slug, ids(g.subjects)])).toEqual([
			['a', ['killed-509']],
			['b', ['killed-100']],
			['c', []],
		]);
	});

	it('puts statements, figures and events before people, and sets aside what no source mentions', () => {
		expect(comparison.kinds.map((k) => k.kind)).toEqual(['statement', 'figure', 'event', 'person', 'organization', 'place']);
		expect(comparison.unreported.map((s) => s.id).sort()).toEqual(['calls', 'ceasefire', 'conflict', 'the-year', 'week']);
	});

	it('counts shared subjects and each source’s own', () => {
		const counts = comparisonCounts(comparison);
		expect(counts.shared).toBe(4);
		expect([...counts.only]).toEqual([
			['a', 1],
			['b', 1],
			['c', 0],
		]);
	});
});

describe('terms', () => {
	it('gives the words each source uses, counted, with the first use', () => {
		const kerry = kind('person').shared.find((a) => a.subject.id === 'john-kerry')!;
		expect(kerry.sides.map((s) => termsOf(s.mentions))).toEqual([
			[{ words: 'Kerry', count: 1, anchor: 'john-kerry' }],
			[{ words: 'Secretary Kerry', count: 1, anchor: 'john-kerry' }],
			[{ words: 'Kerry', count: 1, anchor: 'john-kerry' }],
		]);
		expect(termsOf([...kerry.sides[0]!.mentions, ...kerry.sides[2]!.mentions])).toEqual([{ words: 'Kerry', count: 2, anchor: 'john-kerry' }]);
	});

	it('gives each term across the sources once, with how many sources use it and its first use, most used first', () => {
		const kerry = kind('person').shared.find((a) => a.subject.id === 'john-kerry')!;
		const slugs = kerry.sides.map((s) => s.article.slug);
		expect(termsAcross(kerry.sides)).toEqual([
			{ words: 'Kerry', count: 2, anchor: 'john-kerry', sources: 2, slug: slugs[0] },
			{ words: 'Secretary Kerry', count: 1, anchor: 'john-kerry', sources: 1, slug: slugs[1] },
		]);
		expect(termsAcross([])).toEqual([]);
	});

	it('tells when the sources name a subject differently', () => {
		const [ban, kerry] = kind('person').shared;
		expect(namesDiffer(ban!)).toBe(true);
		expect(namesDiffer(kerry!)).toBe(true);
		expect(namesDiffer({ ...kerry!, sides: [kerry!.sides[0]!, kerry!.sides[2]!] })).toBe(false);
	});
});

describe('recordedDifferences', () => {
	it('tells a difference recorded on several subjects once, naming them all', () => {
		const differences = recordedDifferences(comparison);
		expect(differences).toHaveLength(1);
		expect(differences[0]!.difference.aspect).toBe('numbers');
		expect(differences[0]!.subjects.map((s) => s.id)).toEqual(['killed-509', 'killed-100']);
	});
});

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
});

describe('readingAnchor', () => {
	it('finds the annotation where a difference’s reading sits, preferring the subject’s own', () => {
		expect(readingAnchor(book, 'killed-509', 'a', 'At least 509 were killed')).toBe('killed-509');
		// b does not report killed-509: the reading lands on the annotation it overlaps.
		expect(readingAnchor(book, 'killed-509', 'b', 'More than 100 died')).toBe('killed-100');
		expect(readingAnchor(book, 'ban-ki-moon', 'a', 'Ban said:  “I condemn')).toBe('ban-ki-moon');
		expect(readingAnchor(book, 'ban-condemns', 'a', 'said: “I condemn')).toBe('ban-condemns');
	});

	it('finds nothing for words the source does not have, or an unknown source', () => {
		expect(readingAnchor(book, 'killed-509', 'a', 'Nobody died')).toBeUndefined();
		expect(readingAnchor(book, 'killed-509', 'z', 'At least')).toBeUndefined();
		expect(readingAnchor(book, 'ban-ki-moon', 'a', 'said:')).toBeUndefined();
	});
});

describe('at archive scale', () => {
	it('groups a subject’s mentions by article once, as a scan of every article would', () => {
		const scanned = book.articles
			.map((article) => ({ article, mentions: article.mentions.filter((m) => m.subjectId === 'john-kerry') }))
			.filter((group) => group.mentions.length > 0);
		expect(mentionsByArticle(book, 'john-kerry')).toEqual(scanned);
		// Every note and subject page asks: the second answer is the first, not a new scan.
		expect(mentionsByArticle(book, 'john-kerry')).toBe(mentionsByArticle(book, 'john-kerry'));
		expect(mentionsByArticle(book, 'nobody')).toEqual([]);
	});

	it('names the first other sources of a note and counts the rest', () => {
		const elsewhere = mentionsElsewhere(book, 'john-kerry', 'b', 1);
		expect(elsewhere.shown.map((g) => g.article.slug)).toEqual(['a']);
		expect(elsewhere.more).toBe(1);
		expect(mentionsElsewhere(book, 'john-kerry', 'b', 5)).toMatchObject({ more: 0 });
		expect(mentionsElsewhere(book, 'john-kerry', 'b', 5).shown.map((g) => g.article.slug)).toEqual(['a', 'c']);
	});

	it(`names every source up to ${sideBySideLimit}, past that the first, with the rest counted`, () => {
		const sources = (n: number) => Array.from({ length: n }, (_, i) => `source-${i + 1}`);
		expect(namedSources([])).toEqual({ named: [], more: 0 });
		expect(namedSources(sources(sideBySideLimit))).toEqual({ named: sources(sideBySideLimit), more: 0 });
		expect(namedSources(sources(sideBySideLimit + 1))).toEqual({ named: ['source-1'], more: sideBySideLimit });
		expect(namedSources(sources(2000))).toEqual({ named: ['source-1'], more: 1999 });
	});

	it('compares a source with the few others that report most of the same statements, figures and events', () => {
		// a and b share the trip and Ban's statement; c shares only the trip.
		expect(relatedSources(book, book.article('a')!).map((a) => a.slug)).toEqual(['b', 'c']);
		expect(relatedSources(book, book.article('a')!, 1).map((a) => a.slug)).toEqual(['b']);
		expect(relatedSources(book, book.article('c')!, 1).map((a) => a.slug)).toEqual(['a']);
	});
});
