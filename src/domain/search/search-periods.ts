/**
 * The search index in periods. Pagefind's first search loads an entry for every page of its
 * index, so one index of the whole archive makes every reader's first search grow with the
 * archive (bench/analysis.md). The site's own index holds every page that is a result of its own
 * except the older sources: people, organizations, places, editorial pages and the latest
 * sources. The older sources are indexed a year of publication each, in folders under it, which
 * a search merges when the reader asks for them (Pagefind's `mergeIndex`).
 */
import { latestSources, type Dated } from '../publishing/syndication.ts';
import { kindNames, kinds } from '../model/schema.ts';
import { indexedAsPage } from './search-index.ts';
import type { PeriodsManifest } from './periods-manifest.ts';
import { articlePath } from '../model/page-paths.ts';

/** Sources in the site's own index: beside about 2,600 subject pages at 10,000 reports, a first search of about 130 KB. */
export const recentSourcesDefault = 1000;

export interface EarlierPeriod {
	/** Its index's folder, relative to the site's own index folder: `2013/`. */
	bundle: string;
	/** The year of publication of its sources. */
	year: string;
	/** Slugs, newest first. */
	sources: string[];
}

export interface SearchPeriods {
	/** Slugs of the sources in the site's own index, newest first. */
	recent: string[];
	/** The publication date of the oldest of them: the recent sources are those since. */
	since: string | null;
	/** Newest year first. */
	earlier: EarlierPeriod[];
}

/** The latest `recentLimit` sources, then the others by year of publication. */
export function searchPeriods(book: { articles: readonly Dated[] }, recentLimit = recentSourcesDefault): SearchPeriods {
	if (!Number.isInteger(recentLimit) || recentLimit < 1) throw new Error(`The number of recent sources to search first must be a positive whole number, not ${recentLimit}`);
	const latest = latestSources(book);
	const recent = latest.slice(0, recentLimit);
	const byYear = new Map<string, string[]>();
	for (const article of latest.slice(recentLimit)) {
		const year = article.meta.published.slice(0, 4);
		const sources = byYear.get(year) ?? [];
		sources.push(article.slug);
		byYear.set(year, sources);
	}
	return {
		recent: recent.map((article) => article.slug),
		since: recent.at(-1)?.meta.published ?? null,
		earlier: [...byYear].map(([year, sources]) => ({ bundle: `${year}/`, year, sources })),
	};
}

/** `otherParts`: in an archive built in shards, the other shards (their base paths and labels). */
export function periodsManifest(periods: SearchPeriods, otherParts: readonly { base: string; label: string }[] = []): PeriodsManifest {
	return {
		recent: { sources: periods.recent.length, since: periods.since },
		earlier: periods.earlier.map(({ bundle, year, sources }) => ({ bundle, year, sources: sources.length })),
		otherParts: otherParts.map(({ base, label }) => ({ label, bundle: `${base}pagefind/`, baseUrl: base })),
	};
}

/** Slugs are kebab-case (checked on reading): nothing in them is special to a glob. */
const sourcePage = (slug: string) => `${articlePath(slug)}index.html`;

/** A Pagefind glob of these sources' pages. */
export function sourcesGlob(slugs: readonly string[]): string {
	return `{${slugs.map(sourcePage).join(',')}}`;
}

/**
 * The site's own index: the built site's folders, but the sources' (only the recent ones are
 * added), Pagefind's and those of subjects never indexed as pages, which need not be read at all
 * (about 200,000 pages at 10,000 reports).
 */
export function siteIndexGlob(folders: readonly string[], recent: readonly string[]): string {
	const skipped = new Set(['articles', 'pagefind', '_astro', ...kindNames.filter((kind) => !indexedAsPage(kind)).map((kind) => kinds[kind].collection)]);
	const pages = folders.filter((folder) => !skipped.has(folder)).map((folder) => `${folder}/**/*.html`);
	return `{${[...pages, ...recent.map(sourcePage)].join(',')}}`;
}
