/**
 * No internal link or fragment anywhere is broken, at the root and under a sub-path: links,
 * scripts and stylesheets of every page, and every URL the open data publishes (JSON-LD on
 * pages, annotation collections, sitemap, feed).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { toString } from 'hast-util-to-string';
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

	/** Why a URL met on `page` is broken, or null when it is not (or is not the site's). */
	function broken(href: string, page: string): string | null {
		const here = new URL(`${base}${page}`, 'http://site.test');
		const url = new URL(href, here);
		if (url.origin !== here.origin) return null;
		if (!url.pathname.startsWith(base)) return `${page}: ${href} is outside the base ${base}`;
		const path = decodeURIComponent(url.pathname.slice(base.length));
		const file = path === '' || path.endsWith('/') ? join(path, 'index.html') : path;
		if (!existsSync(join(outDir, file))) return `${page}: ${href} leads nowhere`;
		const fragment = decodeURIComponent(url.hash.slice(1));
		// A text fragment (`#:~:text=`) is the browser's to find, not an element.
		if (fragment && !fragment.startsWith(':~:') && file.endsWith('.html') && !idsOf(file).has(fragment)) {
			return `${page}: ${href} names a missing fragment`;
		}
		return null;
	}

	/** Every string of JSON-LD data that is a URL of the site. */
	function urlsIn(value: unknown): string[] {
		if (typeof value === 'string') return value.startsWith(base) ? [value] : [];
		if (Array.isArray(value)) return value.flatMap(urlsIn);
		if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, v]) => (key === '@context' ? [] : urlsIn(v)));
		return [];
	}

	it('has pages', () => {
		expect(pages.length).toBeGreaterThan(10);
	});

	it('has no broken internal link, script, stylesheet, fragment or structured-data URL', () => {
		const found: string[] = [];
		let checked = 0;
		for (const page of pages) {
			const tree = readPage(outDir, page);
			const hrefs = [
				...selectAll('a[href], link[href]', tree).map((e) => attribute(e, 'href')!),
				...selectAll('script[src], img[src]', tree).map((e) => attribute(e, 'src')!),
				...selectAll('script[type="application/ld+json"]', tree).flatMap((s) => urlsIn(JSON.parse(toString(s)))),
			];
			for (const href of hrefs) {
				checked++;
				const problem = broken(href, page);
				if (problem) found.push(problem);
			}
		}
		expect(found).toEqual([]);
		expect(checked).toBeGreaterThan(pages.length);
	});

	it('serves a 404 page whose links work at any address', () => {
		const links = selectAll('a[href], link[href], script[src]', readPage(outDir, '404.html'))
			.map((e) => attribute(e, 'href') ?? attribute(e, 'src')!)
			.filter((href) => !/^(?:[a-z]+:|#)/.test(href));
		expect(links.length).toBeGreaterThan(0);
		expect(links.filter((href) => !href.startsWith(base))).toEqual([]);
	});

	it('publishes no broken URL in the annotation collections and the feed', () => {
		const pages = readdirSync(outDir).filter((f) => /^annotations-\d+\.jsonld$/.test(f));
		expect(pages.length).toBeGreaterThan(0);
		const jsonld = ['annotations.jsonld', ...pages, ...readdirSync(join(outDir, 'annotations')).map((f) => `annotations/${f}`)];
		const urls = jsonld.flatMap((file) => urlsIn(JSON.parse(readFileSync(join(outDir, file), 'utf8'))));
		for (const file of ['feed.xml']) {
			const xml = readFileSync(join(outDir, file), 'utf8');
			urls.push(...[...xml.matchAll(/(?:<loc>|href=")([^<"]+)/g)].map((m) => m[1]!.replace(/&amp;/g, '&')));
		}
		expect(urls.length).toBeGreaterThan(100);
		expect(urls.map((url) => broken(url, '')).filter(Boolean)).toEqual([]);
	});
});
