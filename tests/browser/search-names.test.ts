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
			await expect.poll(() => dialog.locator('[data-search-suggestion] a').first().textContent()).toBe('Sameh Shoukry');
			await field.press('Enter');
			await expect.poll(() => field.inputValue()).toBe('Sameh Shoukry');
			await expect.poll(() => dialog.locator('li.search-result .search-result-link').first().getAttribute('href')).toContain(pathOf('sameh-shoukry'));
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
 * The first three results of exact queries, recorded from the built index before names were
 * forgiven. Where the query names a subject whose page was not first, it now is, and the rest keep
 * their order (below). Three were recorded again when the editorial pages, the people's roles and
 * the paged listings changed the index (and so Pagefind's own ranking) after them: “Obama”,
 * “Kuwait City” and “Egypt”.
 */
const before: Record<string, string[]> = {
	Kerry: ['/people/john-kerry/', '/articles/kerry-to-visit-cairo/', '/statements/kerry-supports-egyptian-ceasefire-proposal/'],
	'John Kerry': ['/people/john-kerry/', '/people/kerry-aide-jon/', '/events/ban-and-kerry-due-in-cairo/'],
	Psaki: ['/people/jen-psaki/', '/statements/psaki-deeply-concerned-about-escalation/', '/statements/psaki-ceasefire-as-soon-as-possible/'],
	Netanyahu: ['/people/benjamin-netanyahu/', '/figures/obama-netanyahu-calls-in-three-days/', '/statements/netanyahu-reality-israelis-living-in/'],
	'Mahmoud Abbas': ['/people/mahmoud-abbas/', '/events/ban-abbas-meeting-in-qatar/', '/places/qatar/'],
	'Sameh Shoukry': ['/people/sameh-shoukry/', '/events/shoukry-serry-meeting/', '/people/robert-serry/'],
	'Islamic Jihad': ['/organizations/islamic-jihad/', '/statements/ban-calls-for-end-to-operation-and-rocket-fire/', '/articles/ban-and-kerry-expected-in-cairo/'],
	'Fox News': ['/organizations/fox-news/', '/events/kerry-fox-news-interview/', '/statements/kerry-hot-mic-remark/'],
	Qatar: ['/places/qatar/', '/events/ban-abbas-meeting-in-qatar/', '/events/ban-arrival-in-egypt/'],
	'Gaza City': ['/places/gaza-city/', '/statements/spokesperson-reports-ban-kuwait-trip/', '/places/al-shujaiah/'],
	'Palestinian Authority': ['/organizations/palestinian-authority/', '/people/mahmoud-abbas/', '/places/qatar/'],
	Obama: ['/people/barack-obama/', '/statements/obama-calls-for-immediate-ceasefire/', '/statements/obama-condemns-hamas-attacks/'],
	ceasefire: ['/articles/kerry-to-visit-cairo/', '/statements/obama-calls-for-immediate-ceasefire/', '/events/november-2012-ceasefire/'],
	Shujaiyya: ['/places/al-shujaiah/'],
	'Israel Defense Forces': ['/organizations/israel-defense-forces/', '/statements/idf-soldiers-killed-in-separate-incidents/', '/figures/israeli-soldiers-killed-13/'],
	'Kuwait City': ['/places/kuwait-city/', '/statements/spokesperson-reports-ban-kuwait-trip/', '/events/ban-visit-to-kuwait-city/'],
	'Elad Benari': ['/people/elad-benari/', '/articles/kerry-to-visit-cairo/'],
};

/** Exact names whose subject's page was not first: query → [subject, the first three before]. */
const namedBefore: Record<string, [string, string[]]> = {
	'Ban Ki-moon': ['ban-ki-moon', ['/people/ban-ki-moon-spokesperson/', '/events/ban-arrival-in-egypt/', '/events/ban-abbas-meeting-in-qatar/']],
	'Ban Ki Moon': ['ban-ki-moon', ['/people/ban-ki-moon-spokesperson/', '/events/ban-abbas-meeting-in-qatar/', '/events/ban-arrival-in-egypt/']],
	'Robert Serry': ['robert-serry', ['/events/shoukry-serry-meeting/', '/people/robert-serry/', '/places/middle-east/']],
	Hamas: ['hamas', ['/statements/hamas-rejects-egyptian-ceasefire-proposal/', '/statements/obama-condemns-hamas-attacks/', '/events/rockets-on-tel-aviv-18-july/']],
	'White House': ['white-house', ['/statements/white-house-obama-reaffirmed-israels-right/', '/statements/white-house-kerry-will-seek-cessation/', '/statements/white-house-leaders-discussed-operation/']],
	Cairo: ['cairo', ['/statements/state-department-confirms-kerry-trip/', '/events/kerry-trip-confirmed/', '/events/ban-and-kerry-due-in-cairo/']],
	'Tel Aviv': ['tel-aviv', ['/events/rockets-on-tel-aviv-18-july/', '/places/tel-aviv/', '/events/obama-netanyahu-call-18-july/']],
	Egypt: ['egypt', ['/events/ban-arrival-in-egypt/', '/statements/kerry-supports-egyptian-ceasefire-proposal/', '/events/israel-accepts-egyptian-ceasefire-proposal/']],
};

describe('exact queries', () => {
	for (const [query, paths] of Object.entries(before)) {
		it(`“${query}” gives the same first results as before, and no suggestion`, async () => {
			await withPage(async (page) => {
				await page.goto(`${chromium.server.url}search/?q=${encodeURIComponent(query)}`);
				expect(await topPaths(page, 3)).toEqual(paths);
				expect(await page.locator('[data-search-page] [data-search-suggestion]').isHidden()).toBe(true);
			});
		});
	}

	for (const [query, [id, paths]] of Object.entries(namedBefore)) {
		it(`“${query}” lists ${id} first, then the rest in their order`, async () => {
			await withPage(async (page) => {
				await page.goto(`${chromium.server.url}search/?q=${encodeURIComponent(query)}`);
				const expected = [pathOf(id), ...paths.filter((p) => p !== pathOf(id))].slice(0, 3);
				expect(await topPaths(page, 3)).toEqual(expected);
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
