/**
 * Search that forgives names, in Chromium on the built site: a misspelled or differently
 * transliterated name offers its subject ("Did you mean …?"), taking the suggestion lands where the
 * exact name does, exact queries keep their results, and a query naming a subject lists it first.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadSourcebook } from '../../src/loading/load.ts';
import { useChromiumSite } from '../support/chromium-site.ts';
import { topResults, withTallPage } from '../support/search.ts';
import { ranking } from '../../src/scripts/search-settings.ts';

const book = loadSourcebook('content');
const chromium = useChromiumSite();

const withPage = (run: (page: Page) => Promise<void>) => withTallPage(chromium.browser, run);

const pathOf = (id: string) => `/${book.subject(id)!.path}`;
const suggestionLinks = (page: Page) => page.locator('[data-search-page] [data-search-suggestion] a');

/** The first results' own paths, once the order has settled. */
async function topPaths(page: Page, n: number): Promise<string[]> {
	return (await topResults(page, n)).map((links) => new URL(links[0]!.href).pathname);
}

/** Typed the way readers type them, over people, organizations and places: query → subject id. */
const misspelled: [string, string][] = [
	['Kery', 'john-kerry'],
	['Netanyahoo', 'benjamin-netanyahu'],
	['Psacki', 'jen-psaki'],
	['Shukri', 'sameh-shoukry'],
	['Mahmud Abbas', 'mahmoud-abbas'],
	['Barak Obama', 'barack-obama'],
	['Robert Sery', 'robert-serry'],
	['Elad Benary', 'elad-benari'],
	['Bankimoon', 'ban-ki-moon'],
	['Hammas', 'hamas'],
	['Islamik Jihad', 'islamic-jihad'],
	['Palestinan Authority', 'palestinian-authority'],
	['Whitehouse', 'white-house'],
	['Israel Defence Forces', 'israel-defense-forces'],
	['Agence Frans Presse', 'afp'],
	['Shujaiya', 'al-shujaiah'],
	['Kairo', 'cairo'],
	['Tel Aviw', 'tel-aviv'],
	['Kuwayt City', 'kuwait-city'],
	['Egipt', 'egypt'],
	['Gazza City', 'gaza-city'],
];

describe('a misspelled or transliterated name', () => {
	for (const [query, id] of misspelled) {
		it(`“${query}” offers ${id} first, and taking it lands on its page`, async () => {
			const subject = book.subject(id)!;
			await withPage(async (page) => {
				await page.goto(`${chromium.server.url}search/?q=${encodeURIComponent(query)}`);
				await expect.poll(() => suggestionLinks(page).first().textContent(), { timeout: 10_000 }).toBe(subject.title);
				await suggestionLinks(page).first().click();
				await page.waitForURL((url) => url.searchParams.get('q') === subject.title);
				await expect.poll(() => page.locator('[data-search-page] pagefind-input input').inputValue()).toBe(subject.title);
				// Where the exact name lands: its page first.
				expect((await topPaths(page, 1))[0]).toBe(pathOf(id));
				await page.locator('[data-search-page] pagefind-results li.search-result .search-result-link').first().click();
				await page.waitForURL((url) => url.pathname === pathOf(id));
			});
		});
	}

	it('where nothing matched, Enter in the field takes the suggestion', async () => {
		await withPage(async (page) => {
			await page.goto(`${chromium.server.url}search/?q=Netanyahoo`);
			await suggestionLinks(page).first().waitFor();
			expect(await page.locator('[data-search-page] pagefind-results li.search-result').count()).toBe(0);
			await page.locator('[data-search-page] pagefind-input input').press('Enter');
			await page.waitForURL((url) => url.searchParams.get('q') === 'Benjamin Netanyahu');
			expect((await topPaths(page, 1))[0]).toBe(pathOf('benjamin-netanyahu'));
		});
	});

	it('in the quick search: offered under the status, Enter takes it and Enter again opens the subject', async () => {
		await withPage(async (page) => {
			await page.goto(`${chromium.server.url}articles/${book.articles[0]!.slug}/`);
			await page.keyboard.press('/');
			const dialog = page.locator('dialog.quick-search');
			const field = dialog.locator('input[type="search"]');
			await field.fill('Shukri');
			// The first search loads Pagefind and the name vocabulary: more than the default second on a busy machine.
			await expect.poll(() => dialog.locator('[data-search-suggestion] a').first().textContent(), { timeout: 10_000 }).toBe('Sameh Shoukry');
			await field.press('Enter');
			await expect.poll(() => field.inputValue()).toBe('Sameh Shoukry');
			await expect.poll(() => dialog.locator('li.search-result .search-result-link').first().getAttribute('href'), { timeout: 10_000 }).toContain(pathOf('sameh-shoukry'));
			await field.press('Enter');
			await page.waitForURL((url) => url.pathname === pathOf('sameh-shoukry'));
		});
	});

	it('in the quick search, a click takes it too', async () => {
		await withPage(async (page) => {
			await page.goto(`${chromium.server.url}`);
			await page.keyboard.press('/');
			const dialog = page.locator('dialog.quick-search');
			await dialog.locator('input[type="search"]').fill('Psacki');
			await dialog.locator('[data-search-suggestion] a', { hasText: 'Jen Psaki' }).click();
			await expect.poll(() => dialog.locator('li.search-result .search-result-link').first().getAttribute('href')).toContain(pathOf('jen-psaki'));
		});
	});
});

/**
 * Pagefind's own first results for a query, from its API in the page with the site's ranking: what
 * the search shows before names are forgiven.
 */
async function pagefindOrder(page: Page, query: string, n: number): Promise<string[]> {
	const bundle = `${chromium.server.url}pagefind/pagefind.js`;
	// A string, so that Vitest leaves the dynamic import to the browser.
	const script = `(async () => {
		const pagefind = await import(${JSON.stringify(bundle)});
		await pagefind.options(${JSON.stringify({ ranking, noWorker: true })});
		const { results } = await pagefind.search(${JSON.stringify(query)});
		const data = await Promise.all(results.slice(0, ${n}).map((result) => result.data()));
		return data.map((d) => new URL(d.url, location.href).pathname);
	})()`;
	return (await page.evaluate(script)) as string[];
}

/**
 * Exact names, each with the subject it names (or null): that subject comes first, then Pagefind's
 * own order, and no suggestion is offered.
 */
const exact: [query: string, named: string | null][] = [
	['Kerry', 'john-kerry'],
	['John Kerry', 'john-kerry'],
	['Psaki', 'jen-psaki'],
	['Netanyahu', 'benjamin-netanyahu'],
	['Mahmoud Abbas', 'mahmoud-abbas'],
	['Sameh Shoukry', 'sameh-shoukry'],
	['Islamic Jihad', 'islamic-jihad'],
	['Fox News', 'fox-news'],
	['Qatar', 'qatar'],
	['Gaza City', 'gaza-city'],
	['Palestinian Authority', 'palestinian-authority'],
	['Obama', 'barack-obama'],
	['ceasefire', null],
	['Shujaiyya', 'al-shujaiah'],
	['Israel Defense Forces', 'israel-defense-forces'],
	['Kuwait City', 'kuwait-city'],
	['Elad Benari', 'elad-benari'],
	['Ban Ki-moon', 'ban-ki-moon'],
	['Ban Ki Moon', 'ban-ki-moon'],
	['Robert Serry', 'robert-serry'],
	['Hamas', 'hamas'],
	['White House', 'white-house'],
	['Cairo', 'cairo'],
	['Tel Aviv', 'tel-aviv'],
	['Egypt', 'egypt'],
];

describe('exact queries', () => {
	for (const [query, named] of exact) {
		it(`“${query}” lists ${named ?? 'no subject'} first, then Pagefind’s order, and no suggestion`, async () => {
			await withPage(async (page) => {
				await page.goto(`${chromium.server.url}search/?q=${encodeURIComponent(query)}`);
				const shown = await topPaths(page, 3);
				const own = await pagefindOrder(page, query, 4);
				const expected = named ? [pathOf(named), ...own.filter((path) => path !== pathOf(named))] : own;
				expect(shown).toEqual(expected.slice(0, 3));
				expect(await page.locator('[data-search-page] [data-search-suggestion]').isHidden()).toBe(true);
			});
		});
	}

	it('the quick search lists a named subject first too, in the search page’s order', async () => {
		await withPage(async (page) => {
			await page.goto(`${chromium.server.url}search/?q=${encodeURIComponent('Ban Ki-moon')}`);
			const searchPage = await topPaths(page, 5);
			await page.keyboard.press('Escape');
			await page.goto(`${chromium.server.url}people/john-kerry/`);
			await page.keyboard.press('/');
			const dialog = page.locator('dialog.quick-search');
			await dialog.locator('input[type="search"]').fill('Ban Ki-moon');
			await expect
				.poll(() => dialog.locator('li.search-result .search-result-link').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname)))
				.toEqual(searchPage);
		});
	});
});
