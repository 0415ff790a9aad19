import { describe, expect, it } from 'vitest';
import { periodsManifest, searchPeriods, siteIndexGlob, sourcesGlob } from '../../../../src/domain/search/search-periods.ts';
import { hasRest, recentScope, restOfArchive } from '../../../../src/domain/search/periods-manifest.ts';

/** Sources by slug and publication date, in no particular order. */
const archive = (dated: Record<string, string>) => ({ articles: Object.entries(dated).map(([slug, published]) => ({ slug, meta: { published } })) });

const book = archive({
	'harbour-opens': '2016-03-02',
	'talks-resume': '2017-01-09',
	'talks-stall': '2017-01-09',
	'floods-close-road': '2015-11-30',
	'envoy-arrives': '2016',
	'budget-vote': '2015-02-14',
	'mayor-resigns': '2017-06-01',
});

describe('the search index in periods', () => {
	it('keeps the latest sources in the site’s own index and the rest a year each, newest first, none lost or repeated', () => {
		const periods = searchPeriods(book, 3);
		expect(periods.recent).toEqual(['mayor-resigns', 'talks-resume', 'talks-stall']);
		expect(periods.since).toBe('2017-01-09');
		expect(periods.earlier).toEqual([
			{ bundle: '2016/', year: '2016', sources: ['harbour-opens', 'envoy-arrives'] },
			{ bundle: '2015/', year: '2015', sources: ['floods-close-road', 'budget-vote'] },
		]);
		const all = [...periods.recent, ...periods.earlier.flatMap((period) => period.sources)];
		expect(all.toSorted()).toEqual(book.articles.map((article) => article.slug).toSorted());
	});

	it('splits a year between the recent sources and its own index at the limit', () => {
		const periods = searchPeriods(book, 2);
		expect(periods.recent).toEqual(['mayor-resigns', 'talks-resume']);
		expect(periods.earlier[0]).toEqual({ bundle: '2017/', year: '2017', sources: ['talks-stall'] });
	});

	it('has nothing earlier when every source is recent, and nothing at all without sources', () => {
		expect(searchPeriods(book, 7).earlier).toEqual([]);
		expect(searchPeriods(archive({}), 5)).toEqual({ recent: [], since: null, earlier: [] });
	});

	it('refuses a limit that is not a positive whole number', () => {
		for (const limit of [0, -1, 2.5, Number.NaN]) expect(() => searchPeriods(book, limit)).toThrow(/positive whole number/);
	});

	it('tells the browser how many sources each index holds, not which', () => {
		expect(periodsManifest(searchPeriods(book, 3))).toEqual({
			recent: { sources: 3, since: '2017-01-09' },
			earlier: [
				{ bundle: '2016/', year: '2016', sources: 2 },
				{ bundle: '2015/', year: '2015', sources: 2 },
			],
			otherParts: [],
		});
	});
});

describe('what each index reads', () => {
	it('reads the listed sources’ pages only', () => {
		expect(sourcesGlob(['a-b', 'c'])).toBe('{articles/a-b/index.html,articles/c/index.html}');
	});

	it('reads the site’s folders but the sources’, Pagefind’s and those of subjects never indexed as pages, and the recent sources', () => {
		const folders = ['_astro', 'about', 'articles', 'events', 'figures', 'pagefind', 'people', 'places', 'statements'];
		expect(siteIndexGlob(folders, ['talks-resume'])).toBe('{about/**/*.html,people/**/*.html,places/**/*.html,articles/talks-resume/index.html}');
	});
});

describe('how the quick search words them', () => {
	const manifest = periodsManifest(searchPeriods(book, 3));

	it('names the recent sources by count and date, and the earlier ones by count and years', () => {
		expect(recentScope(manifest)).toBe('the latest 3 sources, since 9 January 2017, and every person, organization and place');
		expect(restOfArchive(manifest)).toBe('4 earlier sources (2015–2016)');
	});

	it('names a single year once', () => {
		expect(restOfArchive(periodsManifest(searchPeriods(book, 5)))).toBe('2 earlier sources (2015)');
	});

	it('names the archive’s other parts, in a shard, after its earlier sources', () => {
		const shard = periodsManifest(searchPeriods(book, 3), [
			{ base: '/2013/', label: '2013' },
			{ base: '/2018/', label: '2018' },
		]);
		expect(shard.otherParts).toEqual([
			{ label: '2013', bundle: '/2013/pagefind/', baseUrl: '/2013/' },
			{ label: '2018', bundle: '/2018/pagefind/', baseUrl: '/2018/' },
		]);
		expect(restOfArchive(shard)).toBe('4 earlier sources (2015–2016) and the archive’s other parts (2013, 2018)');
		const alone = periodsManifest(searchPeriods(book, 100), [{ base: '/2013/', label: '2013' }]);
		expect(restOfArchive(alone)).toBe('the archive’s other part (2013)');
		expect(hasRest(alone)).toBe(true);
		expect(hasRest(periodsManifest(searchPeriods(book, 100)))).toBe(false);
	});
});
