/**
 * The search index split by period, on the first edition built with one recent source: the quick
 * search covers the latest source and every person, organization and place, offers the older
 * source and merges its index when asked, or at once when the recent sources match nothing; the
 * search page searches both.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSourcebook } from '../../src/loading/load.ts';
import { latestSources } from '../../src/domain/publishing/syndication.ts';
import type { PeriodsManifest } from '../../src/domain/search/periods-manifest.ts';
import { buildSite, projectRoot } from '../support/build.ts';
import { useChromiumSite } from '../support/chromium-site.ts';
import { sites } from '../support/sites.ts';
import { showResults } from '../support/search-ui.ts';

const outDir = resolve(projectRoot, '.tmp/site-periods');
const [recent, older] = latestSources(loadSourcebook('content')).map((article) => `/articles/${article.slug}/`);
/** A word of the older source that neither the recent one nor any page of the site's own index holds. */
const onlyOlder = 'tunneling';
const inBoth = 'ceasefire';

beforeAll(() => {
	if (process.env.SOURCEBOOK_REUSE_BUILD === '1' && existsSync(join(outDir, 'index.html'))) return;
	const { status, output } = buildSite({ outDir, cacheDir: resolve(projectRoot, '.tmp/cache-periods'), recentSources: 1 });
	expect(status, output.slice(-3000)).toBe(0);
}, 120_000);
const chromium = useChromiumSite({ outDir, base: '/' });

/** The quick search opened on the home page, the pages of the Pagefind indexes it fetched recorded. */
async function quickSearch(): Promise<{ page: Page; indexes: Set<string> }> {
	const page = await chromium.open('');
	const indexes = new Set<string>();
	page.on('request', (request) => {
		const match = /\/pagefind\/(?:(\d{4})\/)?pagefind-entry\.json/.exec(new URL(request.url()).pathname);
		if (match) indexes.add(match[1] ?? 'site');
	});
	await page.keyboard.press('/');
	return { page, indexes };
}

/** Searching merges an index and fetches results: more than the default second on a busy machine. */
const waiting = { timeout: 10_000 };

const dialog = (page: Page) => page.locator('dialog.quick-search');
const shownPaths = (page: Page) =>
	dialog(page)
		.locator('li.search-result .search-result-link')
		.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

it('writes the older source into a yearly index, named in the manifest', () => {
	const manifest = JSON.parse(readFileSync(join(outDir, 'pagefind/search-periods.json'), 'utf8')) as PeriodsManifest;
	expect(manifest).toEqual({ recent: { sources: 1, since: '2014-07-21' }, earlier: [{ bundle: '2014/', year: '2014', sources: 1 }], otherParts: [] });
	const pages = (site: string, bundle: string) => (JSON.parse(readFileSync(join(site, bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> }).languages['en']!.page_count;
	expect(pages(outDir, 'pagefind/2014')).toBe(1);
	// Every page the shared build indexes in one index is in one of the two, once.
	expect(pages(outDir, 'pagefind') + pages(outDir, 'pagefind/2014')).toBe(pages(sites.root.outDir, 'pagefind'));
	// Searched with the site's own script and WebAssembly: the yearly index carries none.
	expect(existsSync(join(outDir, 'pagefind/2014/pagefind.js'))).toBe(false);
	expect(existsSync(join(outDir, 'pagefind/2014/wasm.en.pagefind'))).toBe(false);
});

describe('the quick search', () => {
	it('searches the recent source first, and the older one when the reader asks', async () => {
		const { page, indexes } = await quickSearch();
		try {
			await dialog(page).locator('input').fill(inBoth);
			await expect.poll(() => shownPaths(page), waiting).toContain(recent);
			expect(await shownPaths(page)).not.toContain(older);
			const scope = dialog(page).locator('[data-search-scope]');
			await expect(scope.textContent()).resolves.toBe(
				'Searched the latest 1 source, since 21 July 2014, and every person, organization and place. Search 1 earlier source (2014) too',
			);
			expect([...indexes]).toEqual(['site']);

			await scope.getByRole('button').click();
			await expect.poll(() => shownPaths(page), waiting).toContain(older);
			expect(await shownPaths(page)).toContain(recent);
			expect([...indexes].sort()).toEqual(['2014', 'site']);
			expect(await scope.isHidden()).toBe(true);
			// The field keeps the focus, for the next query.
			await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('quick-search-field');
		} finally {
			await page.context().close();
		}
	});

	it('says when an older index cannot be loaded, goes on searching the recent one, and tries again when asked', async () => {
		const { page } = await quickSearch();
		try {
			await page.route('**/pagefind/2014/**', (route) => route.abort());
			await dialog(page).locator('input').fill(inBoth);
			await expect.poll(() => shownPaths(page), waiting).toContain(recent);
			const scope = dialog(page).locator('[data-search-scope]');
			await scope.getByRole('button').click();
			await expect.poll(() => scope.locator('span').textContent(), waiting).toBe(
				'Searched the latest 1 source, since 21 July 2014, and every person, organization and place; 1 earlier source (2014) could not be loaded.',
			);
			expect(await shownPaths(page)).not.toContain(older);

			// The failed index is not kept: a new query searches, and a second try merges.
			await dialog(page).locator('input').fill(onlyOlder);
			await expect.poll(() => dialog(page).locator('[role="status"]').textContent(), waiting).toBe(
				`No results for “${onlyOlder}” in the latest 1 source, since 21 July 2014, and every person, organization and place; 1 earlier source (2014) could not be loaded.`,
			);
			await page.unroute('**/pagefind/2014/**');
			await dialog(page).locator('input').fill(inBoth);
			await expect.poll(() => scope.isVisible(), waiting).toBe(true);
			await scope.getByRole('button').click();
			await expect.poll(() => shownPaths(page), waiting).toContain(older);
			expect(await shownPaths(page)).toContain(recent);
		} finally {
			await page.context().close();
		}
	});

	it('searches the older sources at once when the recent ones match nothing', async () => {
		const { page, indexes } = await quickSearch();
		try {
			await dialog(page).locator('input').fill(onlyOlder);
			await expect.poll(() => shownPaths(page), waiting).toEqual([older]);
			expect([...indexes].sort()).toEqual(['2014', 'site']);
			await expect(dialog(page).locator('[role="status"]').textContent()).resolves.toBe(`1 result for “${onlyOlder}”`);
			expect(await dialog(page).locator('[data-search-scope]').isHidden()).toBe(true);
		} finally {
			await page.context().close();
		}
	});
});

it('the search page searches every period', async () => {
	const page = await chromium.open(`search/?q=${inBoth}`);
	try {
		await showResults(page, inBoth);
		const paths = () => page.locator('main pagefind-results a[href*="/articles/"]').evaluateAll((all) => all.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		await expect.poll(paths, waiting).toContain(older);
		expect(await paths()).toContain(recent);
	} finally {
		await page.context().close();
	}
});
