/** No internal link or fragment anywhere is broken, at the root and under a sub-path. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attribute, listPages, readPage, selectAll } from '../support/html.ts';
import { sites } from '../support/sites.ts';

describe.each(Object.entries(sites))('the %s build', (_name, { outDir, base }) => {
	const pages = listPages(outDir);
	const idsCache = new Map<string, Set<string>>();
	const idsOf = (page: string) => {
		if (!idsCache.has(page)) {
			idsCache.set(page, new Set(selectAll('[id]', readPage(outDir, page)).map((e) => attribute(e, 'id')!)));
		}
		return idsCache.get(page)!;
	};

	it('has pages', () => {
		expect(pages.length).toBeGreaterThan(10);
	});

	it('has no broken internal link or fragment', () => {
		const broken: string[] = [];
		let checked = 0;
		for (const page of pages) {
			const here = new URL(`${base}${page}`, 'http://site.test');
			for (const element of selectAll('a[href], link[href]', readPage(outDir, page))) {
				const href = attribute(element, 'href')!;
				const url = new URL(href, here);
				if (url.origin !== here.origin) continue;
				checked++;
				if (!url.pathname.startsWith(base)) {
					broken.push(`${page}: ${href} is outside the base ${base}`);
					continue;
				}
				const path = decodeURIComponent(url.pathname.slice(base.length));
				const file = path === '' || path.endsWith('/') ? join(path, 'index.html') : path;
				if (!existsSync(join(outDir, file))) {
					broken.push(`${page}: ${href} leads nowhere`);
					continue;
				}
				const fragment = decodeURIComponent(url.hash.slice(1));
				if (fragment && file.endsWith('.html') && !idsOf(file).has(fragment)) {
					broken.push(`${page}: ${href} names a missing fragment`);
				}
			}
		}
		expect(broken).toEqual([]);
		expect(checked).toBeGreaterThan(pages.length);
	});
});
