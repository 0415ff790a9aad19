/**
 * Accessibility in real Chromium: axe finds no violation on one page of every kind the build
 * holds (and on every article), in the light and dark colour schemes and at 320 px, and no page
 * scrolls sideways at 320 px (WCAG reflow).
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useChromiumSite } from '../support/chromium-site.ts';
import { book } from '../support/content.ts';
import { showLayers } from '../support/layers.ts';
import { representativePages } from '../support/page-kinds.ts';
import { hasSearchPage, searchPath, showResults } from '../support/search-ui.ts';
import { sites } from '../support/sites.ts';

const site = useChromiumSite();
const pages = representativePages(sites.root.outDir);
const settings: { name: string; options: BrowserContextOptions }[] = [
	{ name: 'light, 1280 px', options: { colorScheme: 'light', viewport: { width: 1280, height: 900 } } },
	{ name: 'dark, 1280 px', options: { colorScheme: 'dark', viewport: { width: 1280, height: 900 } } },
	{ name: 'dark, 320 px', options: { colorScheme: 'dark', viewport: { width: 320, height: 640 } } },
];

/** axe's violations (WCAG 2.2 A and AA, and best practices), one readable line per element. */
async function violations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
	return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? v.help}`));
}

describe.each(settings)('axe, $name', ({ options }) => {
	it.each(pages)('no violation on $kind', async ({ path }) => {
		const page = await site.open(path, options);
		expect(await violations(page)).toEqual([]);
		await page.context().close();
	});

	it('no violation with a note card open', async () => {
		const page = await site.open(`articles/${book.articles[0]!.slug}/`, options);
		await showLayers(page);
		await page.locator('[data-source-body] sup.marker > a').first().click();
		await expect.poll(() => page.locator('.note-card').isVisible()).toBe(true);
		expect(await violations(page)).toEqual([]);
		await page.context().close();
	});

	it('no violation on an annotation landed on (its :target highlight)', async () => {
		const article = book.articles[0]!;
		const mention = article.mentions.find((m) => m.kind === 'statement')!;
		const page = await site.open(`articles/${article.slug}/#${mention.anchor}`, options);
		expect(await violations(page)).toEqual([]);
		await page.context().close();
	});

	it.runIf(hasSearchPage(sites.root.outDir))('no violation on the search page showing results', async () => {
		const page = await site.open(searchPath, options);
		await showResults(page, 'Kerry');
		expect(await violations(page)).toEqual([]);
		await page.context().close();
	});

	it('no violation with the quick search open, showing results', async () => {
		const page = await site.open(`articles/${book.articles[0]!.slug}/`, options);
		await page.keyboard.press('/');
		await page.locator('dialog.quick-search input[type="search"]').fill('Kerry');
		await page.locator('dialog.quick-search li.search-result').first().waitFor();
		expect(await violations(page)).toEqual([]);
		await page.context().close();
	});
});

describe('reflow at 320 px', () => {
	it.each(pages)('$kind does not scroll sideways', async ({ path }) => {
		const page = await site.open(path, { viewport: { width: 320, height: 640 } });
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		await page.context().close();
	});
});
