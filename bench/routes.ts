/** The built pages grouped by route, to name the largest page of each kind. Pure. */

export interface BuiltPage {
	/** The HTML file's path in the output, `people/john-kerry/index.html`. */
	path: string;
	bytes: number;
}

export interface LargestPage extends BuiltPage {
	/** The route the page was built from, with `*` for each name and `N` for a page number (see `routeOf`). */
	route: string;
}

/**
 * The route of a built page: its first folder kept (the collection), every name under it a `*`,
 * and a listing's page number an `N`.
 */
export function routeOf(path: string): string {
	const folders = path.split('/').slice(0, -1);
	if (folders.length === 0) return path === 'index.html' ? '/' : path;
	const [collection, ...rest] = folders;
	const route = rest.map((name, i) => (name === 'page' ? 'page' : rest[i - 1] === 'page' && /^\d+$/.test(name) ? 'N' : '*'));
	return `${[collection, ...route].join('/')}/`;
}

/** The largest page of each route, largest first. */
export function largestByRoute(pages: Iterable<BuiltPage>): LargestPage[] {
	const largest = new Map<string, LargestPage>();
	for (const page of pages) {
		const route = routeOf(page.path);
		if ((largest.get(route)?.bytes ?? -1) < page.bytes) largest.set(route, { route, ...page });
	}
	return [...largest.values()].sort((a, b) => b.bytes - a.bytes || a.route.localeCompare(b.route));
}
