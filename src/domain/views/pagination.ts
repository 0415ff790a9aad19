/**
 * Listings cut into pages of a fixed number of items, so that no page grows with the archive.
 * Page 1 is the listing's own path (`statements/`), page n its `page/n/` (`statements/page/2/`):
 * URLs a reader can bookmark, that stay valid as the archive grows (a page's items shift as items
 * are added, but the page is still there). Written here rather than with Astro's `paginate()`,
 * whose first page is `/1/` or a rest parameter: these listings share a route with subject pages.
 */

/**
 * Items per page of each listing, for pages well under 150 KB of HTML at any archive size:
 * an index line is about 200 bytes, a source card about 1 KB, a source's mentions of a subject
 * with their context about 1 KB, a timeline event with its reports about 600 bytes.
 */
export const pageSizes = { index: 200, sources: 50, mentions: 40, timeline: 100 } as const;

/** Sources the home page and the 404 page list, the latest: the rest are a link away. */
export const latestShown = 10;

/** Figures of a measure shown on a figure's page: a row is about 400 bytes. */
export const measureWindow = 25;

/** Figures of each measure on the overview of a large archive's figures: the latest. */
export const figuresPerMeasure = 10;

/** Subjects of each kind in the summary of a large archive's comparison: the most reported. */
export const sharedPerKind = 30;

export interface Page<T> {
	/** 1-based. */
	number: number;
	/** Site-relative path, ending in `/`. */
	path: string;
	items: T[];
	/** Index of the first item in the whole listing. */
	start: number;
	total: number;
	/** Paths of every page, in order: page n is `paths[n - 1]`. */
	paths: string[];
	previous: string | null;
	next: string | null;
}

/** The path of page `number` of the listing at `base` (`statements/`). */
export function pagePath(base: string, number: number): string {
	if (!Number.isInteger(number) || number < 1) throw new Error(`no page ${number}`);
	const folder = base.replace(/\/?$/, '/');
	return number === 1 ? folder : `${folder}page/${number}/`;
}

/** The page number a `page/n` route parameter names; page 1 has none. */
export function pageNumber(param: string | undefined): number {
	if (param === undefined || param === '') return 1;
	const match = /^page\/([2-9]|[1-9]\d+)$/.exec(param);
	if (!match) throw new Error(`not a page: ${param}`);
	return Number(match[1]);
}

/** The route parameter of page `number` (`undefined` for page 1). */
export function pageParam(number: number): string | undefined {
	return number === 1 ? undefined : `page/${number}`;
}

/** Every page of a listing: at least one, empty when there is nothing to list. */
export function paginate<T>(items: readonly T[], size: number, base: string): Page<T>[] {
	if (!Number.isInteger(size) || size < 1) throw new Error(`page size must be a positive integer, not ${size}`);
	const count = Math.max(1, Math.ceil(items.length / size));
	const paths = Array.from({ length: count }, (_, i) => pagePath(base, i + 1));
	return paths.map((path, i) => ({
		number: i + 1,
		path,
		items: items.slice(i * size, (i + 1) * size),
		start: i * size,
		total: items.length,
		paths,
		previous: i > 0 ? paths[i - 1]! : null,
		next: i + 1 < count ? paths[i + 1]! : null,
	}));
}

/**
 * The page numbers a pager shows: the first, the last, and those around the current one, with
 * `null` for a gap, so that the pager itself stays small however many pages there are.
 */
export function pagerNumbers(current: number, count: number, around = 2): (number | null)[] {
	const shown: (number | null)[] = [];
	for (let n = 1; n <= count; n++) {
		if (n === 1 || n === count || Math.abs(n - current) <= around) shown.push(n);
		else if (shown.at(-1) !== null) shown.push(null);
	}
	return shown;
}

export interface Headed<T> {
	heading: string;
	item: T;
}

/** A grouped listing as one list, each item with its group's heading, so that it can be paged. */
export function flatten<T>(groups: readonly { heading: string; items: readonly T[] }[]): Headed<T>[] {
	return groups.flatMap((group) => group.items.map((item) => ({ heading: group.heading, item })));
}

/** One page's items back into groups: a group cut by a page break is continued on the next page. */
export function regroup<T>(items: readonly Headed<T>[]): { heading: string; items: T[] }[] {
	const groups: { heading: string; items: T[] }[] = [];
	for (const { heading, item } of items) {
		const last = groups.at(-1);
		if (last?.heading === heading) last.items.push(item);
		else groups.push({ heading, items: [item] });
	}
	return groups;
}

export interface Window<T> {
	items: T[];
	/** Index of the first item shown in the whole list. */
	start: number;
	/** Items left out before and after. */
	before: number;
	after: number;
}

/**
 * At most `size` items around the one at `index`, it included: a list the page of each of its
 * items shows (a figure's measure) stays bounded, and every item is still reached, window to window.
 */
export function windowAround<T>(items: readonly T[], index: number, size: number): Window<T> {
	if (index < 0 || index >= items.length) throw new Error(`no item ${index} in a list of ${items.length}`);
	const start = Math.max(0, Math.min(index - Math.floor(size / 2), items.length - size));
	const end = Math.min(items.length, start + size);
	return { items: items.slice(start, end), start, before: start, after: items.length - end };
}

/** The `limit` items of highest score, highest first; equal scores keep their order. */
export function top<T>(items: readonly T[], score: (item: T) => number, limit: number): T[] {
	return items
		.map((item, index) => ({ item, index, value: score(item) }))
		.sort((a, b) => b.value - a.value || a.index - b.index)
		.slice(0, limit)
		.map(({ item }) => item);
}
