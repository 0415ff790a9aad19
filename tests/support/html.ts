/** Reading the built site's pages as syntax trees, to query them with CSS selectors. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';

export { select, selectAll };

export function readPage(outDir: string, path: string): Root {
	const file = path.endsWith('.html') ? path : join(path, 'index.html');
	return fromHtml(readFileSync(join(outDir, file), 'utf8'));
}

/** Every HTML page of a build, as its URL path below the base (`articles/x/`). */
export function listPages(outDir: string): string[] {
	const pages: string[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (entry.name.endsWith('.html')) pages.push(relative(outDir, path).replace(/index\.html$/, ''));
		}
	};
	walk(outDir);
	return pages.sort();
}

export function attribute(element: Element, name: string): string | undefined {
	const value = element.properties[name];
	if (value === undefined || value === null || value === false) return undefined;
	return Array.isArray(value) ? value.join(' ') : String(value);
}

/**
 * A fragment of HTML as a tree without source positions: two writers' outputs are the same
 * markup when their trees are equal, however either serialises it.
 */
export function fragmentTree(html: string): Root {
	const strip = <T,>(node: T): T => JSON.parse(JSON.stringify(node, (key, value) => (key === 'position' ? undefined : value)));
	return strip(fromHtml(html, { fragment: true }));
}
