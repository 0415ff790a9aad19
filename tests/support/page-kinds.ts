/**
 * The kinds of page a build holds, found in the build itself rather than listed by hand, so a
 * page added later (search, compare, a 404…) is checked without editing the tests.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { listPages } from './html.ts';

/**
 * A page's kind: its path with the last segment replaced by `*` when it is one of many pages
 * under the same folder (`people/*`, `articles/*`), else the path itself (`people/`, `search/`).
 */
function kindOf(path: string, siblings: Map<string, number>): string {
	const parent = parentOf(path);
	return parent !== undefined && (siblings.get(parent) ?? 0) > 1 ? `${parent}*` : path;
}

function parentOf(path: string): string | undefined {
	const trimmed = path.replace(/\/$/, '');
	if (trimmed === '') return undefined;
	const slash = trimmed.lastIndexOf('/');
	return slash === -1 ? undefined : trimmed.slice(0, slash + 1);
}

export interface PageKind {
	kind: string;
	/** The page that stands for the kind: the largest, so the most demanding one is checked. */
	path: string;
}

/** One page of each kind, plus every article (each source's page is checked in full). */
export function representativePages(outDir: string): PageKind[] {
	const pages = listPages(outDir);
	const siblings = new Map<string, number>();
	for (const page of pages) {
		const parent = parentOf(page);
		if (parent !== undefined) siblings.set(parent, (siblings.get(parent) ?? 0) + 1);
	}
	const size = (page: string) => statSync(join(outDir, page.endsWith('.html') ? page : `${page}index.html`)).size;
	const byKind = new Map<string, string>();
	const chosen: PageKind[] = [];
	for (const page of pages) {
		const kind = kindOf(page, siblings);
		if (kind === 'articles/*') chosen.push({ kind: page, path: page });
		else if (!byKind.has(kind) || size(page) > size(byKind.get(kind)!)) byKind.set(kind, page);
	}
	for (const [kind, path] of byKind) chosen.push({ kind, path });
	return chosen.sort((a, b) => a.kind.localeCompare(b.kind));
}
