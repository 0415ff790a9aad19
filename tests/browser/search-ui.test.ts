/**
 * The search page and the quick search, as a reader uses them: filters narrow the results, the
 * URL carries the query and filters (reload and Back restore them), and the keyboard alone opens
 * search, moves through the results and follows one to its annotation.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadSourcebook } from '../../src/loading/load.ts';
import { useChromiumSite } from '../support/chromium-site.ts';
import { resultCount, topResults, withTallPage } from '../support/search.ts';
import { sites } from '../support/sites.ts';

const book = loadSourcebook('content');
const site = sites.root;
const chromium = useChromiumSite(site);

const withPage = (run: (page: Page) => Promise<void>) => withTallPage(chromium.browser, run);

/** Every loaded result's own link (its first), as a site path without query. */
async function resultPaths(page: Page): Promise<string[]> {
	const count = await resultCount(page);
	const results = await topResults(page, count);
	return results.map((links) => new URL(links[0]!.href).pathname);
}

const filterBox = (page: Page, name: string, value: string) => page.locator(`pagefind-filter-pane input[name="${name}"][value="${value}"]`);

/** Checks a filter and waits for the results to change. */
async function applyFilter(page: Page, name: string, value: string): Promise<void> {
	const summary = await page.locator('pagefind-summary').textContent();
	await filterBox(page, name, value).check();
	await page.waitForFunction((before) => document.querySelector('pagefind-summary')?.textContent !== before, summary);
}

const subjectAt = (path: string) => book.subjects.find((s) => path === `/${s.path}`);
const articleAt = (path: string) => book.articles.find((a) => path === `/articles/${a.slug}/`);

/** Each loaded result's annotation links (those after its own link), as their text: `Statement John Kerry: “…”`. */
async function shownAnnotations(page: Page): Promise<string[][]> {
	const results = await topResults(page, await resultCount(page));
	return results.map((links) => links.filter((link) => new URL(link.href).hash !== '').map((link) => link.text));
}

describe('filters', () => {
	it('type Person keeps only people, and its count says how many', async () => {
		await withPage(async (page) => {
			await page.goto(`${chromium.server.url}search/?q=Kerry`);
			const all = await resultPaths(page);
			const counted = Number(await filterBox(page, 'type', 'Person').locator('xpath=..').locator('.pf-filter-checkbox-count').textContent());
			await applyFilter(page, 'type', 'Person');
			const people = await resultPaths(page);
			expect(people.length).toBeGreaterThan(0);
			expect(people.length).toBeLessThan(all.length);
			expect(people.length).toBe(counted);
			for (const path of people) expect(subjectAt(path)?.kind, path).toBe('person');
			expect(new URL(page.url()).searchParams.getAll('type')).toEqual(['Person']);
		});
	});

	it('type Statement keeps the sources that hold statements and shows only their statements', async () => {
		await withPage(async (page) => {
			await page.goto(`${chromium.server.url}search/?q=ceasefire`);
			const all = await resultPaths(page);
			const counted = Number(await filterBox(page, 'type', 'Statement').locator('xpath=..').locator('.pf-filter-checkbox-count').textContent());
			await applyFilter(page, 'type', 'Statement');
			const sources = await resultPaths(page);
			expect(sources.length).toBe(counted);
			expect(sources.length).toBeLessThan(all.length);
			for (const path of sources) expect(articleAt(path)?.mentions.some((m) => m.kind === 'statement'), path).toBe(true);
			const annotations = (await shownAnnotations(page)).flat();
			expect(annotations.length).toBeGreaterThan(0);
			for (const text of annotations) expect(text).toMatch(/^Statement /);
		});
	});

	it('source keeps only that article and the subjects it mentions', async () => {
		const article = book.article('kerry-to-visit-cairo')!;
		await withPage(async (page) => {
			await page.goto(`${chromium.server.url}search/?q=ceasefire`);
			const all = await resultPaths(page);
			await applyFilter(page, 'source', article.meta.title);
			const narrowed = await resultPaths(page);
			expect(narrowed.length).toBeGreaterThan(0);
			expect(narrowed.length).toBeLessThan(all.length);
			// Subjects are filed under their sources too, not only the article itself.
			expect(narrowed.some((path) => subjectAt(path)), narrowed.join(' ')).toBe(true);
			for (const path of narrowed) {
				const inSource = articleAt(path)?.slug === article.slug || book.mentionsOf(subjectAt(path)?.id ?? '').some((m) => m.article === article.slug);
				expect(inSource, path).toBe(true);
			}
		});
	});

	it('speaker keeps the sources where that speaker is quoted and shows only that speaker’s statements', async () => {
		const kerrys = new Set(book.subjects.filter((s) => s.kind === 'statement' && s.data.speaker === 'john-kerry').map((s) => s.id));
		const speaks = (slug: string) => book.article(slug)?.mentions.some((m) => kerrys.has(m.subjectId)) ?? false;
		await withPage(async (page) => {
			await page.goto(`${chromium.server.url}search/?q=ceasefire`);
			await applyFilter(page, 'speaker', 'John Kerry');
			const narrowed = await resultPaths(page);
			expect(narrowed.length).toBeGreaterThan(0);
			for (const path of narrowed) expect(speaks(articleAt(path)?.slug ?? ''), path).toBe(true);
			const annotations = (await shownAnnotations(page)).flat();
			expect(annotations.length).toBeGreaterThan(0);
			for (const text of annotations) expect(text).toMatch(/^Statement John Kerry: /);
		});
	});
});

describe('the URL carries the search', () => {
	it('shows the typed query and the filters in the URL, and reload and Back restore them', async () => {
		await withPage(async (page) => {
			await page.goto(`${chromium.server.url}search/`);
			const input = page.locator('[data-search-page] pagefind-input input');
			await input.fill('Kerry');
			await page.waitForURL((url) => url.searchParams.get('q') === 'Kerry');
			const unfiltered = await resultPaths(page);
			await applyFilter(page, 'type', 'Statement');
			await page.waitForURL((url) => url.searchParams.get('type') === 'Statement');
			const filtered = await resultPaths(page);

			await page.reload();
			await expect.poll(() => input.inputValue()).toBe('Kerry');
			expect(await filterBox(page, 'type', 'Statement').isChecked()).toBe(true);
			expect(await resultPaths(page)).toEqual(filtered);

			// Leave for a result, come back: the search is still there.
			await page.locator('pagefind-results a').first().click();
			await page.waitForURL((url) => !url.pathname.endsWith('/search/'));
			await page.goBack();
			await expect.poll(() => input.inputValue()).toBe('Kerry');
			expect(await resultPaths(page)).toEqual(filtered);

			// Back again undoes the filter.
			await page.goBack();
			await page.waitForURL((url) => url.searchParams.get('type') === null && url.searchParams.get('q') === 'Kerry');
			await expect.poll(() => resultPaths(page)).toEqual(unfiltered);
		});
	});
});

describe('the quick search', () => {
	const dialog = (page: Page) => page.locator('dialog.quick-search');
	const field = (page: Page) => dialog(page).locator('input[type="search"]');
	const shownPaths = (page: Page) =>
		dialog(page)
			.locator('li.search-result .search-result-link')
			.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

	it('finds what the search page finds, in the same order, five at a time, and counts them', async () => {
		await withPage(async (page) => {
			await page.goto(`${chromium.server.url}search/?q=Kerry`);
			const searchPage = (await topResults(page, 10)).map((links) => new URL(links[0]!.href).pathname);
			const count = await resultCount(page);
			expect(count).toBeGreaterThan(10);

			await page.goto(`${chromium.server.url}articles/${book.articles[0]!.slug}/`);
			await page.locator('a[data-quick-search]').click();
			await field(page).fill('Kerry');
			await expect(dialog(page).locator('[role="status"]').textContent()).resolves.toBe('');
			await expect.poll(() => dialog(page).locator('[role="status"]').textContent()).toBe(`${count} results for “Kerry”`);
			await expect.poll(() => shownPaths(page)).toEqual(searchPage.slice(0, 5));
			await dialog(page).getByRole('button', { name: 'Show more results' }).click();
			await expect.poll(() => shownPaths(page)).toEqual(searchPage);
			// Focus moves to the first of the results just shown.
			const focused = await page.evaluate(() => (document.activeElement instanceof HTMLAnchorElement ? new URL(document.activeElement.href).pathname : ''));
			expect(focused).toBe(searchPage[5]);
		});
	});

	it('Enter opens the first result with the words to highlight; Escape closes it and focus returns to the button', async () => {
		await withPage(async (page) => {
			await page.goto(`${chromium.server.url}people/john-kerry/`);
			await page.locator('a[data-quick-search]').click();
			await field(page).fill('ceasefire');
			await dialog(page).locator('li.search-result').first().waitFor();
			// The search page's link carries the query, for its filters.
			const more = await dialog(page).locator('a[data-search-more]').getAttribute('href');
			expect(new URL(more!, page.url()).searchParams.get('q')).toBe('ceasefire');

			await page.keyboard.press('Escape');
			expect(await dialog(page).evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
			expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-quick-search'))).toBe(true);

			// Opened again, it still holds the search; Enter follows the first result.
			await page.keyboard.press('/');
			await expect.poll(() => field(page).inputValue()).toBe('ceasefire');
			const first = await dialog(page).locator('li.search-result a').first().getAttribute('href');
			expect(new URL(first!, page.url()).searchParams.get('highlight')).toBe('ceasefire');
			await page.keyboard.press('Enter');
			await page.waitForURL((url) => url.href === new URL(first!, page.url()).href);
		});
	});

	it('says so when nothing matches', async () => {
		await withPage(async (page) => {
			await page.goto(`${chromium.server.url}`);
			await page.keyboard.press('/');
			await field(page).fill('qqqzzzxxy');
			await expect.poll(() => dialog(page).locator('[role="status"]').textContent()).toBe('No results for “qqqzzzxxy”');
			expect(await dialog(page).locator('li').count()).toBe(0);
		});
	});
});

describe('keyboard only', () => {
	for (const [keys, label] of [
		['/', 'slash'],
		['Control+k', 'Ctrl+K'],
	] as const) {
		it(`opens the quick search with ${label}, types, arrows to an annotation and follows it with Enter`, async () => {
			await withPage(async (page) => {
				await page.goto(`${chromium.server.url}people/john-kerry/`);
				await page.keyboard.press(keys);
				const input = page.locator('dialog.quick-search input[type="search"]');
				await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
				await page.keyboard.type('crazy to be sitting around');
				await page.locator('dialog.quick-search li.search-result').first().waitFor();
				// Down through the results until an annotation's link has the focus.
				let focused = '';
				for (let i = 0; i < 12 && !focused.includes('#'); i++) {
					await page.keyboard.press('ArrowDown');
					focused = await page.evaluate(() => (document.activeElement instanceof HTMLAnchorElement ? document.activeElement.href : ''));
				}
				expect(focused).toContain('#kerry-hot-mic-remark');
				await page.keyboard.press('Enter');
				await page.waitForURL((url) => url.hash === '#kerry-hot-mic-remark');
				expect(await page.evaluate(() => document.querySelector(':target')?.getAttribute('data-kind'))).toBe('statement');
			});
		});
	}
});

describe('without JavaScript', () => {
	it('the header’s search is a plain link to the search page, which says it needs JavaScript', async () => {
		const context = await chromium.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		try {
			await page.goto(`${chromium.server.url}people/john-kerry/`);
			await page.locator('a[data-quick-search]').click();
			await page.waitForURL((url) => url.pathname === '/search/');
			await expect(page.locator('main').textContent()).resolves.toContain('needs JavaScript');
		} finally {
			await context.close();
		}
	});
});
