/**
 * A dossier as a reader uses it, in real Chromium against the built site: a citation opens its
 * note's card and leads to its annotation; without JavaScript every citation is a working link;
 * axe finds nothing with a card open; search finds the dossier by its prose, under `Dossier`.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useChromiumSite } from '../support/chromium-site.ts';
import { book, editorial } from '../support/content.ts';
import { resultCount, topResults } from '../support/search.ts';

const site = useChromiumSite();
const dossier = editorial.dossiers[0]!;
const path = `dossiers/${dossier.id}/`;
const cite = dossier.uses.find((u) => u.component === 'Cite' && u.mention)!;
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

function openPage(where: string, javaScriptEnabled = true): Promise<Page> {
	return site.open(where, { javaScriptEnabled, viewport: { width: 1000, height: 800 } });
}

describe('a dossier’s citation', () => {
	const selector = `[data-citation][data-source="${cite.mention!.article}"][data-anchor="${cite.mention!.anchor}"]`;

	it('opens its note’s card when its marker is clicked, quoting the annotation’s words', async () => {
		const page = await openPage(path);
		await page.locator(`${selector} + .marker a`).first().click();
		const card = page.locator('.note-card');
		await expect.poll(() => card.isVisible()).toBe(true);
		expect(collapse((await card.locator('.source-words').textContent()) ?? '')).toBe(collapse(cite.mention!.words));
		expect(await card.locator('.backlinks, [id]').count()).toBe(0);
		await page.context().close();
	});

	it('opens the card with Enter on its marker, and Escape closes it, returning focus to the marker', async () => {
		const page = await openPage(path);
		const marker = page.locator(`${selector} + .marker a`).first();
		await marker.focus();
		await page.keyboard.press('Enter');
		const card = page.locator('.note-card');
		await expect.poll(() => card.isVisible()).toBe(true);
		await page.keyboard.press('Escape');
		await expect.poll(() => card.isVisible()).toBe(false);
		expect(await marker.evaluate((el) => el === document.activeElement)).toBe(true);
		await page.context().close();
	});

	it('lands on its annotation in the source when followed', async () => {
		const page = await openPage(path);
		await page.locator(selector).first().click();
		await page.waitForURL(`**/articles/${cite.mention!.article}/#${cite.mention!.anchor}`);
		const target = await page.evaluate(() => {
			const el = document.querySelector(':target');
			return el && { ref: el.getAttribute('data-ref'), annotation: el.hasAttribute('data-annotation') };
		});
		expect(target).toEqual({ ref: cite.subjectId, annotation: true });
		await page.context().close();
	});

	it('axe finds no violation with a citation’s card open', async () => {
		const page = await openPage(path);
		await page.locator(`${selector} + .marker a`).first().click();
		await expect.poll(() => page.locator('.note-card').isVisible()).toBe(true);
		const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
		expect(results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`))).toEqual([]);
		await page.context().close();
	});
});

describe('without JavaScript', () => {
	it('every citation is a link that lands on its annotation', async () => {
		const page = await openPage(path, false);
		const hrefs = await page.locator('[data-editorial-body] [data-citation][data-source]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
		expect(hrefs.length).toBe(dossier.uses.filter((u) => u.mention).length);
		for (const href of new Set(hrefs)) {
			await page.goto(href);
			const annotation = await page.evaluate(() => document.querySelector(':target')?.hasAttribute('data-annotation') ?? false);
			expect(annotation, href).toBe(true);
		}
		await page.context().close();
	});
});

describe('search', () => {
	it('finds the dossier by words of its prose, with the Dossier filter', async () => {
		// Words of the dossier's own prose, in no source.
		const words = 'Sourcebook does not choose between them';
		for (const article of book.articles) expect(article.sourceText).not.toContain(words);
		const page = await site.browser.newPage({ viewport: { width: 1280, height: 4000 } });
		try {
			await page.goto(`${site.server.url}search/?q=${encodeURIComponent(words)}&type=Dossier`);
			expect(await resultCount(page)).toBeGreaterThan(0);
			const results = await topResults(page, 10);
			const paths = results.map((links) => new URL(links[0]!.href).pathname);
			expect(paths).toContain(`/${path}`);
			for (const p of paths) expect(p.startsWith('/dossiers/'), p).toBe(true);
			// Its sections are sub-results: the section with the words is linked by its heading's anchor.
			const sections = results.flat().map((l) => new URL(l.href)).filter((url) => url.pathname === `/${path}` && url.hash !== '');
			expect(sections.map((url) => url.hash)).toContain('#when-the-confirmation-came');
			expect(await page.locator('pagefind-filter-pane input[name="type"][value="Dossier"]').isChecked()).toBe(true);
		} finally {
			await page.close();
		}
	});
});
