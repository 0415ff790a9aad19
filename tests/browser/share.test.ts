/**
 * Copy link and cite, in real Chromium, on the site built under a sub-path: by keyboard, with
 * the clipboard read back and the announcement checked; the permanent link without JavaScript;
 * the message for a link to an annotation that no longer exists; and the 404 page.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { serve, type StaticServer } from '../support/server.ts';
import { showLayers } from '../support/layers.ts';
import { sites } from '../support/sites.ts';

const { outDir, base } = sites.subpath;
const slug = 'kerry-to-visit-cairo';
let server: StaticServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
	server = await serve(outDir, base);
	browser = await launchChromium();
	context = await browser.newContext();
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

async function open(path: string): Promise<Page> {
	const page = await context.newPage();
	await page.goto(`${server.url}${path}`);
	// An article's shares load as its notes come near (src/scripts/share-near-notes.ts), as a reader scrolls.
	if (path.startsWith('articles/')) await page.locator('section.notes').scrollIntoViewIfNeeded();
	return page;
}

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const announced = (page: Page) => page.locator('.share-status[role="status"]');

describe('copy link and cite', () => {
	it('copies the permanent link of an annotation from its note, by keyboard, and announces it', async () => {
		const page = await open(`articles/${slug}/`);
		const note = page.locator('#note-jen-psaki');
		const copy = note.getByRole('button', { name: /^Copy link/ });
		await copy.focus();
		await page.keyboard.press('Enter');
		const url = `${server.url}articles/${slug}/#jen-psaki`;
		await expect.poll(() => clipboard(page)).toBe(url);
		await expect.poll(() => announced(page).textContent()).toBe(`Link copied: ${url}`);
		// The copied link lands on the annotation.
		await page.goto(url);
		expect(await page.evaluate(() => document.querySelector(':target')?.getAttribute('data-ref'))).toBe('jen-psaki');
		await page.close();
	});

	it('cites an annotation in plain text, and its source in APA, Chicago, MLA, BibTeX, RIS and CSL-JSON', async () => {
		const page = await open(`articles/${slug}/`);
		const note = page.locator('#note-jen-psaki');
		const cite = note.getByRole('button', { name: /^Cite/ });
		await cite.focus();
		await page.keyboard.press('Space');
		expect(await cite.getAttribute('aria-expanded')).toBe('true');
		const url = `${server.url}articles/${slug}/#jen-psaki`;
		const formats = note.locator('.cite-panel pre');
		await expect.poll(() => formats.count()).toBe(7);
		expect(await formats.evaluateAll((pres) => pres.map((pre) => pre.getAttribute('aria-label')))).toEqual(
			['Plain text', 'APA', 'Chicago', 'MLA', 'BibTeX', 'RIS', 'CSL-JSON'].map((name) => `${name} citation`),
		);
		expect(await formats.nth(1).textContent()).toBe('Benari, E. (2014, July 20). Kerry to Visit Cairo to Broker Gaza Ceasefire. Israel National News. http://www.israelnationalnews.com/News/News.aspx/183135');
		const text = await formats.nth(0).textContent();
		expect(text).toBe(
			`Elad Benari, “Kerry to Visit Cairo to Broker Gaza Ceasefire”, Israel National News, 20 July 2014: “Jen Psaki”. ` +
				`Original: http://www.israelnationalnews.com/News/News.aspx/183135. Annotated in Sourcebook: ${url}`,
		);
		await note.getByRole('button', { name: 'Copy BibTeX' }).click();
		// The source is cited, the site's page of it (made absolute in the browser) in the note.
		await expect.poll(() => clipboard(page)).toMatch(/^@article\{[\s\S]*url = \{http:\/\/www\.israelnationalnews\.com\/News\/News\.aspx\/183135\}/);
		expect(await clipboard(page)).toContain(`note = {Annotated in Sourcebook: ${server.url}articles/${slug}/}`);
		await expect.poll(() => announced(page).textContent()).toBe('Citation copied (BibTeX).');
		await note.getByRole('button', { name: 'Copy CSL-JSON' }).click();
		await expect.poll(async () => JSON.parse(await clipboard(page))[0].note).toBe(`Annotated in Sourcebook: ${server.url}articles/${slug}/`);
		await page.keyboard.press('Escape');
		await cite.click();
		expect(await note.locator('.cite-panel').count()).toBe(0);
		await page.close();
	});

	it('fetches what a citation says of the source only when asked, says so when it cannot, and tries again', async () => {
		const page = await context.newPage();
		const fetched: string[] = [];
		let offline = true;
		await page.route('**/sources/*.json', (route) => {
			fetched.push(new URL(route.request().url()).pathname);
			return offline ? route.abort() : route.continue();
		});
		await page.goto(`${server.url}articles/${slug}/`);
		await page.locator('section.notes').scrollIntoViewIfNeeded();
		const note = page.locator('#note-jen-psaki');
		const cite = note.getByRole('button', { name: /^Cite/ });
		expect(fetched).toEqual([]);
		await cite.click();
		await expect.poll(() => announced(page).textContent()).toBe('The citation could not be loaded. Try again when online.');
		expect(await cite.getAttribute('aria-expanded')).toBe('false');
		expect(await note.locator('.cite-panel').count()).toBe(0);
		offline = false;
		await cite.click();
		await expect.poll(() => note.locator('.cite-panel pre').count()).toBe(7);
		expect(await cite.getAttribute('aria-expanded')).toBe('true');
		expect(fetched).toEqual([`${base}sources/${slug}.json`, `${base}sources/${slug}.json`]);
		await page.close();
	});

	it('in the note card of a second mention, shares that mention', async () => {
		const page = await open(`articles/${slug}/`);
		await showLayers(page);
		await page.locator('[id="john-kerry-2"] + .marker a').click();
		const card = page.locator('#card-john-kerry-2');
		await expect.poll(() => card.isVisible()).toBe(true);
		await card.getByRole('button', { name: /^Copy link/ }).click();
		await expect.poll(() => clipboard(page)).toBe(`${server.url}articles/${slug}/#john-kerry-2`);
		// The note itself, in the list, still shares the first mention.
		await page.locator('#note-john-kerry').getByRole('button', { name: /^Copy link/ }).click();
		await expect.poll(() => clipboard(page)).toBe(`${server.url}articles/${slug}/#john-kerry`);
		await page.close();
	});

	it('gives every note and every listed mention one share, none of them written in the page', async () => {
		for (const [path, hosts] of [[`articles/${slug}/`, '.notes li'], ['people/john-kerry/', 'li[data-mention]']] as const) {
			const page = await open(path);
			const count = await page.locator(hosts).count();
			expect(count).toBeGreaterThan(1);
			await expect.poll(() => page.locator(`${hosts} > [data-share] [data-share-action="copy"]`).count()).toBe(count);
			expect(await page.locator(`${hosts} [data-share]`).count()).toBe(count);
			await page.close();
		}
	});

	it('in a note card opened before the share script loaded, shares the mention it was opened from', async () => {
		const page = await context.newPage();
		// Hold the share module back until the card is open.
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route(/\/_astro\/share\.[^/]*\.js$/, async (route) => {
			await held;
			await route.continue();
		});
		await page.goto(`${server.url}articles/${slug}/`);
		await showLayers(page);
		await page.locator('[id="john-kerry-2"] + .marker a').click();
		const card = page.locator('#card-john-kerry-2');
		await expect.poll(() => card.isVisible()).toBe(true);
		expect(await card.locator('[data-share]').count()).toBe(0);
		release();
		await card.getByRole('button', { name: /^Copy link/ }).click();
		await expect.poll(() => clipboard(page)).toBe(`${server.url}articles/${slug}/#john-kerry-2`);
		await page.close();
	});

	it('on a subject page, shares each mention and the subject itself', async () => {
		const page = await open('people/jen-psaki/');
		const mention = page.locator('[data-mention]').first();
		const anchor = await mention.getAttribute('data-mention');
		await mention.getByRole('button', { name: /^Copy link/ }).click();
		await expect.poll(() => clipboard(page)).toMatch(new RegExp(`/articles/[a-z-]+/#${anchor}$`));
		await mention.getByRole('button', { name: /^Cite/ }).click();
		expect(await mention.locator('.cite-panel pre').first().textContent()).toContain('“Jen Psaki”');

		const header = page.locator('.subject-share');
		await header.getByRole('button', { name: /^Copy link/ }).click();
		await expect.poll(() => clipboard(page)).toBe(`${server.url}people/jen-psaki/`);
		await header.getByRole('button', { name: /^Cite/ }).click();
		await expect.poll(() => header.locator('.cite-panel pre').first().textContent()).toBe(`“Jen Psaki” (person), Sourcebook: ${server.url}people/jen-psaki/`);
		expect(await header.locator('.cite-panel pre').nth(3).textContent()).toBe(`“Jen Psaki.” Person. Sourcebook, ${server.url}people/jen-psaki/.`);
		await page.close();
	});

	it('passes axe with the share controls and a citation open', async () => {
		for (const [path, scope] of [[`articles/${slug}/`, '#note-jen-psaki'], ['people/jen-psaki/', '.subject-share']] as const) {
			const page = await open(path);
			await page.locator(scope).getByRole('button', { name: /^Cite/ }).click();
			await expect.poll(() => page.locator(`${scope} .cite-panel`).count()).toBe(1);
			const { violations } = await new AxeBuilder({ page }).include('.share').include('.share-status').analyze();
			expect(violations.map((v) => `${path}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
			await page.close();
		}
	});

	it('without JavaScript, leaves the note its backlink, the permanent link', async () => {
		const noScript = await browser.newContext({ javaScriptEnabled: false });
		const page = await noScript.newPage();
		await page.goto(`${server.url}articles/${slug}/`);
		const note = page.locator('#note-jen-psaki');
		expect(await note.getByRole('button').count()).toBe(0);
		await note.locator('.backlinks a').first().click();
		expect(new URL(page.url()).hash).toBe('#jen-psaki');
		await noScript.close();
	});
});

describe('anchors that last', () => {
	it('says so when a link names an annotation that is not there, and offers the subject’s note', async () => {
		const page = await open(`articles/${slug}/#john-kerry-99`);
		const message = page.locator('[data-missing-anchor]');
		await expect.poll(() => message.isVisible()).toBe(true);
		expect(await message.textContent()).toContain('“#john-kerry-99” is not in this source');
		const note = message.locator('[data-missing-note]');
		expect(await note.getAttribute('href')).toBe('#note-john-kerry');

		await page.goto(`${server.url}articles/${slug}/#john-kerry-2`);
		await expect.poll(() => message.isVisible()).toBe(false);
		await page.goto(`${server.url}articles/${slug}/#no-such-subject`);
		await expect.poll(() => message.isVisible()).toBe(true);
		expect(await note.isVisible()).toBe(false);
		await page.close();
	});

	it('serves a helpful 404 page under the sub-path', async () => {
		const page = await context.newPage();
		const response = await page.goto(`${server.url}people/no-one/`);
		expect(response?.status()).toBe(404);
		expect(await page.locator('h1').textContent()).toBe('Page not found');
		await page.getByRole('link', { name: 'People' }).first().click();
		expect(new URL(page.url()).pathname).toBe(`${base}people/`);
		await page.close();
	});
});
