/**
 * With SITE_URL set, everything that leaves the site names it absolutely: canonical and Open
 * Graph URLs, the sitemap, robots.txt, the feed and the open data. (Without it, the other tests
 * check that no origin is made up.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnnotationPage, PagedAnnotationCollection } from '../../src/domain/publishing/web-annotation.ts';
import { annotationModel, faultsOf } from '../support/annotation-model.ts';
import { buildSite, projectRoot } from '../support/build.ts';
import { attribute, listPages, readPage, select } from '../support/html.ts';

const outDir = resolve(projectRoot, '.tmp/site-origin');
const site = 'https://sourcebook.test';
const base = '/sourcebook/';
const root = `${site}${base}`;

const locs = (file: string) => [...readFileSync(join(outDir, file), 'utf8').matchAll(/<loc>(.*?)<\/loc>/g)].map((m) => m[1]!);

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

	it('has a sitemap index whose sitemaps list every page once, and nothing else', () => {
		const sitemaps = locs('sitemap-index.xml');
		expect(sitemaps.length).toBeGreaterThan(0);
		const urls = sitemaps.flatMap((url) => {
			expect(url.startsWith(root)).toBe(true);
			return locs(url.slice(root.length));
		});
		const pages = listPages(outDir).filter((p) => p !== '404.html');
		expect(urls.length).toBe(new Set(urls).size);
		expect(urls.sort()).toEqual(pages.map((p) => `${root}${p}`).sort());
	});

	it('names absolute URLs in the sitemap, robots.txt, the feed and the annotations', () => {
		expect(readFileSync(join(outDir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${root}sitemap-index.xml`);
		expect(readFileSync(join(outDir, 'feed.xml'), 'utf8')).toContain(`<id>${root}</id>`);
		const annotations = JSON.parse(readFileSync(join(outDir, 'annotations.jsonld'), 'utf8')) as PagedAnnotationCollection;
		expect(annotations.id).toBe(`${root}annotations.jsonld`);
		expect(annotations.first.startsWith(root)).toBe(true);
		const page = JSON.parse(readFileSync(join(outDir, annotations.first.slice(root.length)), 'utf8')) as AnnotationPage;
		expect(page.id).toBe(annotations.first);
		const first = page.items[0]!;
		expect(first.id.startsWith(`${root}articles/`)).toBe(true);
		expect(first.target.source.startsWith(`${root}sources/`)).toBe(true);
		expect(first.body.id.startsWith(root)).toBe(true);
	});

	it('writes annotations that meet the Web Annotation model, checked by a JSON Schema validator', () => {
		const model = annotationModel();
		const read = (url: string) => JSON.parse(readFileSync(join(outDir, url.startsWith(root) ? url.slice(root.length) : url), 'utf8')) as unknown;
		const all = read('annotations.jsonld') as PagedAnnotationCollection;
		const faults = faultsOf(model.pagedCollection, all);
		// Every page of the site-wide collection, walked from first to last.
		let pages = 0;
		for (let url: string | undefined = all.first; url; url = (read(url) as AnnotationPage).next, pages++) faults.push(...faultsOf(model.page, read(url)).map((f) => `${url} ${f}`));
		expect(pages).toBeGreaterThan(0);
		const files = (folder: string, name: RegExp) => readdirSync(join(outDir, folder), { recursive: true, encoding: 'utf8' }).filter((file) => name.test(file)).map((file) => join(folder, file));
		const sources = files('annotations', /\.jsonld$/);
		const dossiers = files('dossiers', /citations\.jsonld$/);
		expect(sources.length).toBeGreaterThan(0);
		expect(dossiers.length).toBeGreaterThan(0);
		for (const file of sources) faults.push(...faultsOf(model.collectionOfAnnotations, read(file)).map((f) => `${file} ${f}`));
		for (const file of dossiers) faults.push(...faultsOf(model.collectionOfCitations, read(file)).map((f) => `${file} ${f}`));
		expect(faults).toEqual([]);
	});
});
