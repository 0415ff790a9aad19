import { describe, expect, it } from 'vitest';
import { compareSources, comparisonCounts, everySide, namedSources, namesDiffer, recordedDifferences, sideBySideLimit, termsAcross, termsOf, type AlignedSubject } from '../../../../src/domain/views/comparison.ts';
import { book } from '../../../support/three-sources.ts';

const comparison = compareSources(book);
const kind = (k: string) => comparison.kinds.find((c) => c.kind === k)!;
const ids = (list: AlignedSubject[]) => list.map((a) => a.subject.id);

describe('compareSources', () => {
	it('aligns what several sources report, a side for each source that reports it', () => {
		const [statement] = kind('statement').shared;
		expect(statement!.subject.id).toBe('ban-condemns');
		expect(statement!.reportedBy).toEqual(['a', 'b']);
		expect(statement!.sides.map((s) => [s.article.slug, s.mentions.map((m) => m.anchor)])).toEqual([
			['a', ['ban-condemns']],
			['b', ['ban-condemns']],
		]);
		// Where a page shows every source, the others are empty sides, in the sourcebook's order.
		expect(everySide(statement!, [...book.articles].reverse()).map((s) => [s.article.slug, s.mentions.length])).toEqual([
			['c', 0],
			['b', 1],
			['a', 1],
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

describe('at archive scale', () => {
	it(`names every source up to ${sideBySideLimit}, past that the first, with the rest counted`, () => {
		const sources = (n: number) => Array.from({ length: n }, (_, i) => `source-${i + 1}`);
		expect(namedSources([])).toEqual({ named: [], more: 0 });
		expect(namedSources(sources(sideBySideLimit))).toEqual({ named: sources(sideBySideLimit), more: 0 });
		expect(namedSources(sources(sideBySideLimit + 1))).toEqual({ named: ['source-1'], more: sideBySideLimit });
		expect(namedSources(sources(2000))).toEqual({ named: ['source-1'], more: 1999 });
	});
});
