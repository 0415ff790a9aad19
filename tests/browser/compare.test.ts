/** The comparison, figures and timeline pages in real Chromium: accessible, and the counterpart links land. */
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { book } from '../support/content.ts';
import { serve, type StaticServer } from '../support/server.ts';
import { sites } from '../support/sites.ts';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
	browser = await launchChromium();
	server = await serve(sites.subpath.outDir, sites.subpath.base);
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

describe('accessibility', () => {
	// The articles too: each paragraph carries a counterpart link.
	for (const path of ['compare/', 'compare/figures/', 'timeline/', ...book.articles.map((a) => `articles/${a.slug}/`)]) {
		for (const colorScheme of ['light', 'dark'] as const) {
			it(`axe finds no violation on /${path} (${colorScheme})`, async () => {
				// Axe needs a page of its own context.
				const context = await browser.newContext({ colorScheme });
				const page = await context.newPage();
				await page.goto(server.url + path);
				const results = await new AxeBuilder({ page }).analyze();
				const violations = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
				expect(violations).toEqual([]);
				await context.close();
			});
		}
	}
});

describe('counterparts', () => {
	it('land on the same passage in the other source', async () => {
		const page = await browser.newPage();
		await page.goto(`${server.url}articles/kerry-to-visit-cairo/`);
		const paragraph = page.locator('[data-source-body] p', { has: page.locator('[id="state-department-confirms-kerry-trip"]') });
		await paragraph.locator('a.counterpart').click();
		await page.waitForURL(/ban-and-kerry-expected-in-cairo/);
		const target = page.locator(':target');
		await expect.poll(() => target.count()).toBe(1);
		expect(await target.getAttribute('data-annotation')).not.toBeNull();
		// The target sits in the paragraph that reports the same statement.
		const sameStatement = await target.evaluate((el) => el.closest('p')?.querySelector('[id="state-department-confirms-kerry-trip"]') !== null);
		expect(sameStatement).toBe(true);
		await page.close();
	});
});
