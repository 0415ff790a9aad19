/**
 * The search index's periods in the browser (src/domain/search/search-periods.ts): the manifest,
 * fetched once a page, and the older sources' indexes (and in an archive built in shards, the
 * other shards') with the options the site's own index is searched with. Shared by the quick search, which merges them on demand, and the search page,
 * which searches them all.
 */
import { periodsManifestFile, unsplit, type PeriodsManifest } from '../domain/search/periods-manifest';
import { href } from '../lib/paths';
import { bundlePath, excerptLength, highlightParam, ranking } from './search-settings';

/** The options every index of the site is searched with. */
export const indexOptions = { baseUrl: href(), excerptLength, highlightParam, ranking };

let manifest: Promise<PeriodsManifest> | null = null;

/** A site built without periods, or a manifest that cannot be read, has one index: nothing to merge. */
export function fetchPeriods(): Promise<PeriodsManifest> {
	manifest ??= fetch(`${bundlePath}${periodsManifestFile}`)
		.then((response) => (response.ok ? (response.json() as Promise<PeriodsManifest>) : unsplit))
		.catch(() => unsplit);
	return manifest;
}

/** Each older period's index, then each other shard's, as Pagefind's `mergeIndex` takes it. */
export function earlierIndexes(periods: PeriodsManifest): ({ bundlePath: string } & typeof indexOptions)[] {
	return [
		...periods.earlier.map((period) => ({ bundlePath: `${bundlePath}${period.bundle}`, ...indexOptions })),
		...periods.otherParts.map((part) => ({ bundlePath: part.bundle, ...indexOptions, baseUrl: part.baseUrl })),
	];
}
