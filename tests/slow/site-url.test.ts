/**
 * With SITE_URL set, everything that leaves the site names it absolutely: canonical and Open
 * Graph URLs, the sitemap, robots.txt, the feed and the open data. (Without it, the other tests
 * check that no origin is made up.)
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnnotationCollection } from '../../src/domain/publishing/web-annotation.ts';
import { buildSite, projectRoot } from '../support/build.ts';
import { attribute, listPages, readPage, select } from '../support/html.ts';

const outDir = resolve(projectRoot, '.tmp/site-origin');
const site = 'https://sourcebook.test';
const base = '/sourcebook/';
const root = `${site}${base}`;

describe('a build that knows its origin', () => {
	beforeAll(() => {
		const { status, output } = buildSite({ outDir, base, site });
		if (status !== 0) throw new Error(output);
	}, 240_000);

	it('gives every page its canonical and Open Graph URL', () => {
		for (const path of listPages(outDir).filter((p) => p !== '404.html')) {
			const page = readPage(outDir, path);
			expect(attribute(select('link[rel="canonical"]', page)!, 'href')).toBe(`${root}${path}`);
			expect(attribute(select('meta[property="og:url"]', page)!, 'content')).toBe(`${root}${path}`);
		}
		// The 404 page is served at many addresses: it claims none.
		expect(select('link[rel="canonical"]', readPage(outDir, '404.html'))).toBeUndefined();
	});

	it('names absolute URLs in the sitemap, robots.txt, the feed and the annotations', () => {
		const sitemap = readFileSync(join(outDir, 'sitemap.xml'), 'utf8');
		expect([...sitemap.matchAll(/<loc>(.*?)<\/loc>/g)].every((m) => m[1]!.startsWith(root))).toBe(true);
		expect(readFileSync(join(outDir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${root}sitemap.xml`);
		expect(readFileSync(join(outDir, 'feed.xml'), 'utf8')).toContain(`<id>${root}</id>`);
		const annotations = JSON.parse(readFileSync(join(outDir, 'annotations.jsonld'), 'utf8')) as AnnotationCollection;
		const first = annotations.first.items[0]!;
		expect(first.id.startsWith(`${root}articles/`)).toBe(true);
		expect(first.target.source.startsWith(`${root}sources/`)).toBe(true);
		expect(first.body.id.startsWith(root)).toBe(true);
	});
});
