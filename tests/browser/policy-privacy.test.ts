/**
 * Under its Content Security Policy every page and script of the site still works, and reading
 * and searching stay private: in real Chromium, no CSP violation, no script error, no request
 * to another origin, no cookie and nothing kept in the reader's storage.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useChromiumSite } from '../support/chromium-site.ts';
import { book } from '../support/content.ts';
import { listPages } from '../support/html.ts';
import { showLayers } from '../support/layers.ts';
import { hasSearchPage, searchPath, showResults } from '../support/search-ui.ts';
import { sites } from '../support/sites.ts';

const site = useChromiumSite();

/** Everything a page did that breaks the policy or the reader's privacy. */
interface Watch {
	page: Page;
	faults: string[];
	/** The faults collected so far, the page's own reports of CSP violations included. */
	collect(): Promise<string[]>;
}

let context: BrowserContext;
let watch: Watch;

beforeEach(async () => {
	context = await site.browser.newContext();
	const faults: string[] = [];
	// Listens before any script of the page runs; the page's CSP does not apply to it.
	await context.addInitScript(() => {
		const reports: string[] = [];
		(window as unknown as { cspReports: string[] }).cspReports = reports;
		document.addEventListener('securitypolicyviolation', (event) => reports.push(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`));
	});
	const page = await context.newPage();
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== site.server.origin) faults.push(`request to another origin: ${request.url()}`);
	});
	page.on('console', (message) => {
		if (message.type() === 'error' || message.type() === 'warning') faults.push(`console ${message.type()}: ${message.text()}`);
	});
	page.on('pageerror', (error) => faults.push(`script error: ${error.message}`));
	watch = {
		page,
		faults,
		async collect() {
			const reports = await page.evaluate(() => (window as unknown as { cspReports: string[] }).cspReports.splice(0));
			return [...faults.splice(0), ...reports];
		},
	};
});
afterEach(async () => {
	// Privacy: nothing was stored about the reader.
	expect(await context.cookies()).toEqual([]);
	const storage = await watch.page.evaluate(() => localStorage.length + sessionStorage.length + document.cookie.length);
	expect(storage).toBe(0);
	await context.close();
});

describe('every page', () => {
	it('loads with no CSP violation, script error or request to another origin', async () => {
		const problems: string[] = [];
		for (const path of listPages(sites.root.outDir)) {
			await watch.page.goto(site.server.url + path);
			problems.push(...(await watch.collect()).map((fault) => `${path || '/'}: ${fault}`));
		}
		expect(problems).toEqual([]);
	});
});

describe('reading', () => {
	it.each(book.articles.map((a) => a.slug))('notes of %s open in place under the policy', async (slug) => {
		const { page } = watch;
		await page.goto(`${site.server.url}articles/${slug}/`);
		await showLayers(page);
		const card = page.locator('.note-card');
		const article = book.article(slug)!;
		// Entities are the innermost spans: a click on one cannot land on a span nested inside it.
		for (const mention of article.mentions.filter((m) => m.occurrence === 1 && ['person', 'organization', 'place'].includes(m.kind)).slice(0, 5)) {
			await page.locator(`[id="${mention.anchor}"]`).click();
			await expect.poll(() => card.last().textContent()).toContain(book.subject(mention.subjectId)!.title);
			await page.keyboard.press('Escape');
		}
		await page.locator(`[id="${article.mentions[0]!.anchor}"] + .marker a`).click();
		await expect.poll(() => card.isVisible()).toBe(true);
		expect(await watch.collect()).toEqual([]);
	});
});

describe.runIf(hasSearchPage(sites.root.outDir))('searching', () => {
	it('finds results with no CSP violation, script error or request to another origin', async () => {
		await watch.page.goto(site.server.url + searchPath);
		await showResults(watch.page, 'Kerry');
		expect(await watch.collect()).toEqual([]);
	});
});
