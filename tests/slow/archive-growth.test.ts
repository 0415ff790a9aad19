/**
 * A growing-cast archive (tests/support/archive.ts) built for real at two sizes, the second twice
 * the first: every page stays under its bound as the archive doubles, every subject's URL
 * resolves, and every annotation can be reached by following links from the home page. The
 * site-wide annotations are paged, and the sitemaps list every page.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentInput, makeArchive, writeFiles } from '../support/archive.ts';
import { buildSourcebook } from '../../src/domain/model/sourcebook.ts';
import { latestShown, measureWindow } from '../../src/domain/views/pagination.ts';
import type { AnnotationPage, PagedAnnotationCollection } from '../../src/domain/publishing/web-annotation.ts';
import { buildSite } from '../support/build.ts';
import { listPages, readPage, selectAll } from '../support/html.ts';

/** The bound of the issue: no HTML page over 150 KB, uncompressed. */
const pageBound = 150 * 1024;
const annotationPageBound = 1_000_000;
const site = 'https://archive.test';
const sizes = [40, 80] as const;

const dir = mkdtempSync(join(tmpdir(), 'sourcebook-growth-'));
const builds = sizes.map((sources) => {
	const archive = makeArchive(sources, 11);
	return { sources, archive, book: buildSourcebook(contentInput(archive)), outDir: join(dir, String(sources), 'site') };
});

beforeAll(() => {
	for (const { sources, archive, outDir } of builds) {
		writeFiles(join(dir, String(sources), 'content'), archive.files);
		const build = buildSite({ outDir, site, contentDir: join(dir, String(sources), 'content'), cacheDir: join(dir, String(sources), 'cache') });
		expect(build.status, build.output.slice(-3000)).toBe(0);
	}
}, 600_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const bytes = (outDir: string, page: string) => statSync(join(outDir, page.endsWith('.html') ? page : `${page}index.html`)).size;

/** Every page reached by following the site's own links from the home page. */
function crawl(outDir: string): Set<string> {
	const reached = new Set<string>(['']);
	const queue = [''];
	while (queue.length > 0) {
		const page = queue.pop()!;
		const html = readFileSync(join(outDir, page, 'index.html'), 'utf8');
		for (const [, href] of html.matchAll(/href="\/([^"#?]*)/g)) {
			if (href === undefined || !(href === '' || href.endsWith('/')) || reached.has(href)) continue;
			if (!existsSync(join(outDir, href, 'index.html'))) continue;
			reached.add(href);
			queue.push(href);
		}
	}
	return reached;
}

describe.each(builds)('a growing-cast archive of $sources sources', ({ book, outDir }) => {
	it(`keeps every page under ${pageBound / 1024} KB`, () => {
		const over = listPages(outDir)
			.map((page) => ({ page, size: bytes(outDir, page) }))
			.filter(({ size }) => size > pageBound);
		expect(over).toEqual([]);
	});

	it('gives every subject a page at its URL, reached by links from the home page, as is every source', () => {
		const reached = crawl(outDir);
		for (const subject of book.subjects) {
			expect(existsSync(join(outDir, subject.path, 'index.html')), subject.path).toBe(true);
			expect(reached.has(subject.path), subject.path).toBe(true);
		}
		for (const article of book.articles) expect(reached.has(`articles/${article.slug}/`), article.slug).toBe(true);
	});

	it('holds every annotation on its source’s page, at its anchor', () => {
		for (const article of book.articles) {
			const ids = new Set(selectAll('[data-annotation]', readPage(outDir, `articles/${article.slug}/`)).map((e) => String(e.properties.id)));
			for (const mention of article.mentions) expect(ids.has(mention.anchor), `${article.slug}#${mention.anchor}`).toBe(true);
		}
	});

	it('pages the site-wide annotations: every annotation once, pages under 1 MB linked by next, ids absolute', () => {
		const collection = JSON.parse(readFileSync(join(outDir, 'annotations.jsonld'), 'utf8')) as PagedAnnotationCollection;
		const read = (id: string) => {
			expect(id.startsWith(`${site}/`)).toBe(true);
			const file = join(outDir, id.slice(site.length + 1));
			expect(statSync(file).size).toBeLessThanOrEqual(annotationPageBound);
			return JSON.parse(readFileSync(file, 'utf8')) as AnnotationPage;
		};
		const ids: string[] = [];
		let last = '';
		for (let page: AnnotationPage | undefined = read(collection.first); page; page = page.next ? read(page.next) : undefined) {
			expect(page.startIndex).toBe(ids.length);
			for (const item of page.items) {
				expect(item['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
				expect(item.body.id.startsWith(`${site}/`)).toBe(true);
				expect(item.target.source.startsWith(`${site}/sources/`)).toBe(true);
				ids.push(item.id);
			}
			last = page.id;
		}
		expect(last).toBe(collection.last);
		const expected = book.articles.flatMap((a) => a.mentions.map((m) => `${site}/articles/${a.slug}/#${m.anchor}`));
		expect(ids).toEqual(expected);
		expect(collection.total).toBe(expected.length);
	});

	it('lists every page in the sitemaps, under a sitemap index', () => {
		const locs = (file: string) => [...readFileSync(join(outDir, file), 'utf8').matchAll(/<loc>(.*?)<\/loc>/g)].map((m) => m[1]!);
		const urls = locs('sitemap-index.xml').flatMap((url) => locs(url.slice(site.length + 1)));
		expect(urls.sort()).toEqual(listPages(outDir).filter((p) => p !== '404.html').map((p) => `${site}/${p}`).sort());
	});
});

describe('as the archive doubles', () => {
	const [small, large] = builds;

	it('cuts the listings into more pages, not longer ones', () => {
		const count = (outDir: string, folder: string) => (existsSync(join(outDir, folder)) ? readdirSync(join(outDir, folder)).length : 0);
		for (const listing of ['statements/page', 'events/page', 'articles/page']) expect(count(large!.outDir, listing), listing).toBeGreaterThan(count(small!.outDir, listing));
		expect(readdirSync(large!.outDir).filter((f) => /^annotations-\d+\.jsonld$/.test(f)).length).toBeGreaterThan(
			readdirSync(small!.outDir).filter((f) => /^annotations-\d+\.jsonld$/.test(f)).length,
		);
		// A listing already full at the smaller size grows by no more than a tenth (its items are
		// longer, not more). (The sources' index is not full at 40 sources: a page holds 50.)
		const largest = (outDir: string, pattern: RegExp) => Math.max(...listPages(outDir).filter((p) => pattern.test(p)).map((p) => bytes(outDir, p)));
		for (const pattern of [/^statements\/(?:page\/\d+\/)?$/, /^events\/(?:page\/\d+\/)?$/, /^timeline\//, /^$/, /^compare\//]) {
			expect(largest(large!.outDir, pattern), String(pattern)).toBeLessThanOrEqual(largest(small!.outDir, pattern) * 1.1);
		}
		// The page for a wrong address links the latest sources and the listing of all, not every source.
		for (const { outDir } of [small!, large!]) {
			const links = selectAll('a[href^="/articles/"]', readPage(outDir, '404.html')).map((a) => String(a.properties.href));
			expect(links.filter((href) => href !== '/articles/')).toHaveLength(latestShown);
			expect(links).toContain('/articles/');
		}
	});

	it('shows a figure’s measure as a window of figures that leads on to the rest', () => {
		const figures = large!.book.subjects.filter((s) => s.kind === 'figure');
		const windowed = figures.filter((f) => selectAll('[data-measure-window] a', readPage(large!.outDir, f.path)).length > 0);
		expect(windowed.length).toBeGreaterThan(0);
		for (const figure of windowed) expect(selectAll('section[aria-labelledby="measure-heading"] tr[data-figure]', readPage(large!.outDir, figure.path)).length).toBe(measureWindow);
	});
});
