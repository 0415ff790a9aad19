/**
 * An archive built in two shards under one origin (docs/scaling.md): the shard index made from
 * the shards' content alone, then each shard built with it. A subject both shards mention keeps
 * one permanent page, in the first shard: its page in the second names that one canonical, stays
 * out of the second shard's search index and sitemap, and the two pages link to each other. Every
 * link of both shards resolves; a stale index fails the build. The archive's root then names every
 * shard's sitemaps and pages the annotations of both shards as one collection.
 */
import { readFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toString } from 'hast-util-to-string';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnnotationPage, PagedAnnotationCollection } from '../../src/domain/publishing/web-annotation.ts';
import type { ShardIndex } from '../../src/domain/views/shards.ts';
import { pageIds } from '../../src/integrations/name-vocabulary.ts';
import { buildSite } from '../support/build.ts';
import { attribute, listPages, readPage, select, selectAll } from '../support/html.ts';
import { checkLinks } from '../support/links.ts';
import { shardedArchive, shards } from '../support/shards.ts';

const site = 'https://archive.test';
const dir = mkdtempSync(join(tmpdir(), 'sourcebook-shards-'));
const archive = shardedArchive(dir);
const { served, indexFile, content, outDir, writeRoot } = archive;
const subjectPage = /^(people|organizations|places|statements|figures|events)\/[^/]+\/$/;
const builtSubjects = (base: string) => listPages(outDir(base)).filter((path) => subjectPage.test(path));
const locs = (file: string) => [...readFileSync(file, 'utf8').matchAll(/<loc>(.*?)<\/loc>/g)].map((m) => m[1]!);
const servedJson = <T>(url: string) => JSON.parse(readFileSync(join(served, new URL(url).pathname), 'utf8')) as T;

let index: ShardIndex;
let inBoth: string[];

beforeAll(() => {
	archive.build(site);
	index = JSON.parse(readFileSync(indexFile, 'utf8')) as ShardIndex;
	const late = new Set(builtSubjects('/late/'));
	inBoth = builtSubjects('/early/').filter((path) => late.has(path));
}, 600_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('an archive built in two shards', () => {
	it('has a shard index that lists, shard by shard, the subject pages each builds', () => {
		expect(index.shards.map((shard) => [shard.base, shard.label])).toEqual(shards.map((shard) => [shard.base, shard.label]));
		for (const shard of index.shards) expect(shard.subjects).toEqual(builtSubjects(shard.base));
		expect(inBoth.length).toBeGreaterThan(0);
	});

	it('gives a subject of both shards one permanent page, in the first, and links its two pages', () => {
		for (const path of inBoth) {
			const permanent = `${site}/early/${path}`;
			const early = readPage(outDir('/early/'), path);
			const late = readPage(outDir('/late/'), path);
			for (const page of [early, late]) {
				expect(attribute(select('link[rel="canonical"]', page)!, 'href')).toBe(permanent);
				expect(attribute(select('meta[property="og:url"]', page)!, 'content')).toBe(permanent);
				// The page's and the subject's schema.org data name it by its one address too.
				const things = selectAll('script[type="application/ld+json"]', page).map((script) => JSON.parse(toString(script)) as { '@id'?: string; url?: string });
				const named = things.filter((data) => data['@id']?.endsWith(`/${path}`));
				expect(named.length).toBe(2);
				for (const data of named) expect([data['@id'], data.url]).toEqual([permanent, permanent]);
			}
			expect(selectAll('[data-in-other-shards] a', early).map((a) => attribute(a, 'href'))).toEqual([`/late/${path}`]);
			expect(selectAll('[data-in-other-shards] a', late).map((a) => attribute(a, 'href'))).toEqual([`/early/${path}`]);
			// Only the permanent page is searched.
			expect(select('[data-pagefind-body]', late)).toBeUndefined();
		}
	});

	it('leaves a subject of one shard as a whole archive has it', () => {
		const both = new Set(inBoth);
		const own = builtSubjects('/late/').filter((path) => !both.has(path));
		expect(own.length).toBeGreaterThan(0);
		for (const path of own) {
			const page = readPage(outDir('/late/'), path);
			expect(attribute(select('link[rel="canonical"]', page)!, 'href')).toBe(`${site}/late/${path}`);
			expect(select('[data-in-other-shards]', page)).toBeUndefined();
		}
	});

	it('indexes a person, organization or place of both shards in the first shard only', () => {
		const searched = (base: string) => new Set(pageIds(join(outDir(base), 'pagefind')).keys());
		const early = searched('/early/');
		const late = searched('/late/');
		const entities = inBoth.filter((path) => /^(people|organizations|places)\//.test(path));
		expect(entities.length).toBeGreaterThan(0);
		for (const path of entities) {
			expect(early.has(`/${path}`), path).toBe(true);
			expect(late.has(`/${path}`), path).toBe(false);
		}
		// The late shard's own people are still found there.
		const both = new Set(inBoth);
		expect(builtSubjects('/late/').filter((path) => /^people\//.test(path) && !both.has(path)).every((path) => late.has(`/${path}`))).toBe(true);
	});

	it('lists every page in exactly one shard sitemap, at its permanent address', () => {
		const listed = shards.flatMap((shard) => locs(join(outDir(shard.base), 'sitemap-index.xml')).flatMap((sitemap) => locs(join(outDir(shard.base), sitemap.slice(`${site}${shard.base}`.length)))));
		expect(listed.length).toBe(new Set(listed).size);
		const permanent = new Set(inBoth.map((path) => `${site}/late/${path}`));
		const pages = shards.flatMap((shard) => listPages(outDir(shard.base)).filter((p) => p !== '404.html').map((p) => `${site}${shard.base}${p}`)).filter((url) => !permanent.has(url));
		expect(listed.sort()).toEqual(pages.sort());
	});

	it('resolves every link of both shards, some of them from one shard into the other', () => {
		const links = checkLinks(served);
		expect(links.broken).toEqual([]);
		expect(links.crossing).toBeGreaterThanOrEqual(2 * inBoth.length);
	});

	it('names every shard sitemap in the root sitemap index, which robots.txt names', () => {
		const shardSitemaps = shards.flatMap((shard) => locs(join(outDir(shard.base), 'sitemap-index.xml')));
		expect(shardSitemaps.length).toBeGreaterThanOrEqual(2);
		expect(locs(join(served, 'sitemap-index.xml'))).toEqual(shardSitemaps);
		expect(readFileSync(join(served, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${site}/sitemap-index.xml\n`);
	});

	it('pages the annotations of both shards as one collection, from the first shard into the second', () => {
		const root = JSON.parse(readFileSync(join(served, 'annotations.jsonld'), 'utf8')) as PagedAnnotationCollection;
		const collections = shards.map((shard) => servedJson<PagedAnnotationCollection>(`${site}${shard.base}annotations.jsonld`));
		expect(root.id).toBe(`${site}/annotations.jsonld`);
		expect(root.total).toBe(collections[0]!.total + collections[1]!.total);
		expect([root.first, root.last]).toEqual([collections[0]!.first, collections[1]!.last]);
		const seen: AnnotationPage[] = [];
		let items = 0;
		for (let id: string | undefined = root.first; id; ) {
			const page: AnnotationPage = servedJson(id);
			expect(page.partOf).toEqual({ id: root.id, label: root.label, total: root.total });
			expect(page.startIndex).toBe(items);
			expect(page.prev).toBe(seen.at(-1)?.id);
			items += page.items.length;
			seen.push(page);
			id = page.next;
		}
		expect(seen.at(-1)!.id).toBe(root.last);
		expect(items).toBe(root.total);
		// The first shard's pages, then the second's.
		const order = seen.map((page) => new URL(page.id).pathname.split('/')[1]);
		const crossing = order.indexOf('late');
		expect(crossing).toBeGreaterThan(0);
		expect(order).toEqual([...Array<string>(crossing).fill('early'), ...Array<string>(order.length - crossing).fill('late')]);
		// Written again, the root is the same.
		const files = ['annotations.jsonld', ...seen.map((page) => new URL(page.id).pathname)].map((path) => join(served, path));
		const before = files.map((file) => readFileSync(file, 'utf8'));
		writeRoot();
		expect(files.map((file) => readFileSync(file, 'utf8'))).toEqual(before);
	});

	it('refuses to build a shard with a stale index, naming the file and the subject', () => {
		const stale = join(dir, 'stale.json');
		const dropped = index.shards[1]!.subjects[0]!;
		writeFileSync(stale, JSON.stringify({ shards: index.shards.map((shard) => (shard.base === '/late/' ? { ...shard, subjects: shard.subjects.slice(1) } : shard)) }));
		const build = buildSite({ outDir: join(dir, 'stale-site'), contentDir: content('/late/'), base: '/late/', site, cacheDir: join(dir, 'cache', 'stale'), shardIndex: stale });
		expect(build.status).not.toBe(0);
		expect(build.output).toContain(`${stale}: "${dropped}": has a page in this build, but the shard index does not list it under /late/`);
	});
});
