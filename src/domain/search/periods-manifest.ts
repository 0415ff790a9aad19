/**
 * What the browser is told of the search index's periods (src/domain/search/search-periods.ts),
 * and how the quick search words them. Imports only what runs in the browser.
 */
import { count } from '../views/copy.ts';
import { formatDate } from '../views/dates.ts';

export interface PeriodsManifest {
	recent: { sources: number; since: string | null };
	/** Newest year first; `bundle` is relative to the site's own index folder. */
	earlier: { bundle: string; year: string; sources: number }[];
	/** In an archive built in shards, the other shards' indexes, oldest first: `bundle` and `baseUrl` from the origin's root. */
	otherParts: { label: string; bundle: string; baseUrl: string }[];
}

/** In the site's own index folder. */
export const periodsManifestFile = 'search-periods.json';

/** An index that is not split (or a manifest that could not be read): nothing to merge. */
export const unsplit: PeriodsManifest = { recent: { sources: 0, since: null }, earlier: [], otherParts: [] };

/** Whether a first search leaves indexes out, to be merged on demand. */
export function hasRest({ earlier, otherParts }: PeriodsManifest): boolean {
	return earlier.length + otherParts.length > 0;
}

/** What a first search leaves out: "1000 earlier sources (2011–2022) and the archive's other parts (2015, 2016)". */
export function restOfArchive({ earlier, otherParts }: PeriodsManifest): string {
	const parts: string[] = [];
	if (earlier.length > 0) {
		const total = earlier.reduce((sum, period) => sum + period.sources, 0);
		const newest = earlier[0]!.year;
		const oldest = earlier.at(-1)!.year;
		parts.push(`${count(total, 'earlier source')} (${oldest === newest ? newest : `${oldest}–${newest}`})`);
	}
	if (otherParts.length > 0) parts.push(`the archive’s other ${otherParts.length === 1 ? 'part' : 'parts'} (${otherParts.map((part) => part.label).join(', ')})`);
	return parts.join(' and ');
}

/** "the latest 1000 sources, since 3 May 2023, and every person, organization and place". */
export function recentScope({ recent }: PeriodsManifest): string {
	const since = recent.since ? `, since ${formatDate(recent.since)},` : '';
	return `the latest ${count(recent.sources, 'source')}${since} and every person, organization and place`;
}
