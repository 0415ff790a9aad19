/**
 * Reading an article in real Chromium, at a phone's width (375 px) and a desktop's (1440 px):
 * layers a reader shows and hides (kept across a reload, announced), notes opened in place by
 * mouse, keyboard and touch, margin cards that cover neither one another nor their text, a
 * one-line header, 24 px touch targets, no sideways scrolling, axe with every layer setting, the
 * page without JavaScript, and print. It also writes the screenshots docs/reading.md shows.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContextOptions, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { kindNames, kinds } from '../../src/domain/model/schema.ts';
import { projectRoot } from '../support/build.ts';
import { useChromiumSite } from '../support/chromium-site.ts';
import { book } from '../support/content.ts';
import { savedLayers, showLayers } from '../support/layers.ts';
import { representativePages } from '../support/page-kinds.ts';
import { sites } from '../support/sites.ts';

const site = useChromiumSite();
const article = book.articles[0]!;
const path = `articles/${article.slug}/`;
const phone = { width: 375, height: 800 };
const desktop = { width: 1440, height: 900 };
const widths = [
	{ name: '375 px', viewport: phone },
	{ name: '1440 px', viewport: desktop },
];

async function open(url: string, options: BrowserContextOptions, layers?: string): Promise<Page> {
	const context = await site.browser.newContext(options);
	if (layers !== undefined) await savedLayers(context, layers);
	const page = await context.newPage();
	await page.goto(site.server.url + url);
	return page;
}

interface Mark {
	kind: string;
	/** The annotation shows its kind's look: an underline, a background or a dashed line. */
	marked: boolean;
	/** Its note number is shown. */
	numbered: boolean;
}

/** Every annotation of the text as the reader sees it, read from computed styles. */
function marks(page: Page): Promise<Mark[]> {
	return page.evaluate(() =>
		[...document.querySelectorAll<HTMLElement>('[data-source-body] [data-annotation]')].map((el) => {
			const style = getComputedStyle(el);
			const marked = parseFloat(style.borderBottomWidth) > 0 || style.backgroundColor !== 'rgba(0, 0, 0, 0)' || style.textDecorationLine.includes('underline');
			return { kind: el.dataset.kind!, marked, numbered: (el.nextElementSibling as HTMLElement).checkVisibility() };
		}),
	);
}

/** The kinds whose annotations are marked, and those whose are numbered; fails on a kind marked only in part. */
async function shown(page: Page): Promise<{ marked: string[]; numbered: string[] }> {
	const all = await marks(page);
	const whole = (key: 'marked' | 'numbered') =>
		kindNames.filter((kind) => {
			const of = all.filter((m) => m.kind === kind);
			const on = of.filter((m) => m[key]).length;
			expect(on === 0 || on === of.length, `${kind}: ${on} of ${of.length} ${key}`).toBe(true);
			return on > 0;
		});
	return { marked: whole('marked'), numbered: whole('numbered') };
}

const status = (page: Page) => page.locator('[data-layers-status]');
const box = (page: Page, name: string) => page.getByRole('checkbox', { name, exact: true });
const layerSettings = [
	{ setting: 'every layer shown', layers: 'person organization place statement figure event notes' },
	{ setting: 'every layer hidden', layers: '' },
	{ setting: 'plain text', layers: 'plain' },
];

const presentKinds = kindNames.filter((kind) => article.mentions.some((m) => m.kind === kind));

describe.each(widths)('layers at $name', ({ viewport }) => {
	it('start quiet; each kind’s toggle shows and hides exactly that kind, announced', async () => {
		const page = await open(path, { viewport });
		expect(await shown(page)).toEqual({ marked: [], numbered: [] });
		for (const kind of presentKinds) {
			await box(page, kinds[kind].singular).check();
			expect(await shown(page)).toEqual({ marked: [kind], numbered: [] });
			await expect.poll(() => status(page).textContent()).toBe(`Shown: ${kinds[kind].singular}.`);
			await box(page, kinds[kind].singular).uncheck();
			expect(await shown(page)).toEqual({ marked: [], numbered: [] });
			await expect.poll(() => status(page).textContent()).toBe('All marks hidden.');
		}
		// The status is a live region: a screen reader hears each change.
		expect(await status(page).getAttribute('aria-live')).toBe('polite');
		await page.context().close();
	});

	it('note numbers show for the kinds shown, and the choice survives a reload', async () => {
		const page = await open(path, { viewport });
		await box(page, 'Person').check();
		await box(page, 'Note numbers').check();
		await expect.poll(() => status(page).textContent()).toBe('Shown: Person, Note numbers.');
		expect(await shown(page)).toEqual({ marked: ['person'], numbered: ['person'] });
		await page.reload();
		expect(await shown(page)).toEqual({ marked: ['person'], numbered: ['person'] });
		expect(await box(page, 'Person').isChecked()).toBe(true);
		expect(await box(page, 'Place').isChecked()).toBe(false);
		// Kept in the page's storage, never in a cookie.
		expect(await page.context().cookies()).toEqual([]);
		await page.context().close();
	});

	it('plain text shows the source with no mark at all, and survives a reload', async () => {
		const page = await open(path, { viewport }, 'person place notes');
		expect(await shown(page)).toEqual({ marked: ['person', 'place'], numbered: ['person', 'place'] });
		await box(page, 'Plain text').check();
		await expect.poll(() => status(page).textContent()).toBe('Plain text: the source with no marks.');
		await page.reload();
		expect(await shown(page)).toEqual({ marked: [], numbered: [] });
		expect(await page.locator('[data-source-body] [data-ui]').evaluateAll((els) => els.filter((el) => (el as HTMLElement).checkVisibility()).length)).toBe(0);
		expect(await box(page, 'Person').isChecked()).toBe(false);
		await page.context().close();
	});

	it('m toggles every mark, announced, but not while typing', async () => {
		// Reloads apply what the shortcut saved, not the earlier visit's choice.
		const page = await open(path, { viewport });
		await page.keyboard.press('m');
		expect(await shown(page)).toEqual({ marked: presentKinds, numbered: presentKinds });
		await expect.poll(() => status(page).textContent()).toBe('All marks shown.');
		await page.keyboard.press('m');
		expect(await shown(page)).toEqual({ marked: [], numbered: [] });
		await expect.poll(() => status(page).textContent()).toBe('All marks hidden.');
		await page.keyboard.press('/');
		const field = page.locator('dialog.quick-search input[type="search"]');
		await field.waitFor();
		await page.keyboard.type('mm');
		expect(await field.inputValue()).toBe('mm');
		await page.keyboard.press('Escape');
		expect(await shown(page)).toEqual({ marked: [], numbered: [] });
		await page.context().close();
	});
});

describe('a hidden layer adds nothing for a screen reader', () => {
	it('hidden note numbers are out of the accessibility tree; shown, each is a named link', async () => {
		const page = await open(path, { viewport: desktop });
		const body = page.locator('[data-source-body]');
		expect(await body.getByRole('link', { name: /^Note \d+:/ }).count()).toBe(0);
		await showLayers(page);
		expect(await body.getByRole('link', { name: /^Note \d+:/ }).count()).toBe(article.mentions.length);
		await page.context().close();
	});
});

/** The marker of the first mention of a kind. */
function markerOf(page: Page, kind: string): { marker: Locator; anchor: string; title: string } {
	const mention = article.mentions.find((m) => m.kind === kind)!;
	return { marker: page.locator(`[id="${mention.anchor}"] + .marker a`), anchor: mention.anchor, title: book.subject(mention.subjectId)!.title };
}

const focused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);
const focusInCard = (page: Page) => page.evaluate(() => document.activeElement?.closest('.note-card') !== null);

describe.each(widths)('notes open in place at $name', ({ viewport }) => {
	const shape = viewport.width > 1000 ? 'is-margin' : 'is-popin';

	it('by mouse: the note opens at the sentence, and its button closes it, focus back on the marker', async () => {
		const page = await open(path, { viewport }, 'person notes');
		const { marker, title } = markerOf(page, 'person');
		await marker.click();
		const card = page.locator('.note-card');
		await expect.poll(() => card.isVisible()).toBe(true);
		expect(await card.getAttribute('class')).toContain(shape);
		expect(await card.getAttribute('role')).toBe('dialog');
		expect(await card.textContent()).toContain(title);
		expect(await focusInCard(page)).toBe(true);
		// The page did not jump to the notes list.
		expect(new URL(page.url()).hash).toBe('');
		if (shape === 'is-popin') {
			// Under its paragraph, pushing the next one down.
			const placed = await card.evaluate((el) => {
				const paragraph = el.previousElementSibling!;
				return paragraph.tagName === 'P' && paragraph.getBoundingClientRect().bottom <= el.getBoundingClientRect().top && el.getBoundingClientRect().bottom <= el.nextElementSibling!.getBoundingClientRect().top;
			});
			expect(placed).toBe(true);
		}
		await card.getByRole('button', { name: 'Close note' }).click();
		expect(await card.count()).toBe(0);
		expect(await focused(marker)).toBe(true);
		expect(await marker.getAttribute('aria-expanded')).toBe('false');
		await page.context().close();
	});

	it('by keyboard: Tab to the marker, Enter opens, Tab reaches the note’s links, Escape closes with focus returned', async () => {
		const page = await open(path, { viewport }, 'person notes');
		const { marker } = markerOf(page, 'person');
		await page.locator('[data-source-body]').evaluate((el) => el.setAttribute('tabindex', '-1'));
		await page.locator('[data-source-body]').focus();
		for (let i = 0; i < 50 && !(await focused(marker)); i++) await page.keyboard.press('Tab');
		expect(await focused(marker)).toBe(true);
		// Focus alone opens nothing: reading by Tab is not interrupted.
		expect(await page.locator('.note-card').count()).toBe(0);
		await page.keyboard.press('Enter');
		const card = page.locator('.note-card');
		await expect.poll(() => card.isVisible()).toBe(true);
		expect(await focusInCard(page)).toBe(true);
		await page.keyboard.press('Tab');
		expect(await focusInCard(page)).toBe(true);
		await page.keyboard.press('Escape');
		expect(await card.count()).toBe(0);
		expect(await focused(marker)).toBe(true);
		await page.context().close();
	});

	it('by tap (touch emulation), on the marker or on the words', async () => {
		const page = await open(path, { viewport, hasTouch: true, isMobile: viewport.width < 1000 }, 'person notes');
		const { marker, anchor, title } = markerOf(page, 'person');
		await marker.tap();
		const card = page.locator('.note-card');
		await expect.poll(() => card.textContent()).toContain(title);
		await card.getByRole('button', { name: 'Close note' }).tap();
		expect(await card.count()).toBe(0);
		await page.locator(`[id="${anchor}"]`).tap();
		await expect.poll(() => card.textContent()).toContain(title);
		await page.context().close();
	});
});

describe('margin notes at 1440 px', () => {
	it('stack beside the text: never over one another, nor over the sentence they belong to', async () => {
		const page = await open(path, { viewport: desktop }, layerSettings[0]!.layers);
		// The first markers of the text, close together, so that their cards contend for the same place.
		const markers = page.locator('[data-source-body] sup.marker > a');
		for (let i = 0; i < 5; i++) await markers.nth(i).click();
		const cards = await page.locator('.note-card').evaluateAll((els) =>
			els.map((el) => {
				const anchor = document.getElementById((el as HTMLElement).dataset.anchor!)!;
				return { card: el.getBoundingClientRect().toJSON(), words: [...anchor.getClientRects()].map((r) => r.toJSON()), text: document.querySelector('[data-source-body]')!.getBoundingClientRect().toJSON(), marker: anchor.nextElementSibling!.firstElementChild!.getBoundingClientRect().toJSON() };
			}),
		);
		type Box = { left: number; right: number; top: number; bottom: number };
		const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
		expect(cards).toHaveLength(5);
		for (const [i, { card, words, text, marker }] of cards.entries()) {
			for (const other of cards.slice(i + 1)) expect(overlap(card, other.card), `card ${i} over another`).toBe(false);
			for (const line of words) expect(overlap(card, line), `card ${i} over its words`).toBe(false);
			expect(overlap(card, text), `card ${i} over the text`).toBe(false);
			// Level with its marker, or below the cards before it: never above.
			expect(card.top).toBeGreaterThanOrEqual(marker.top - 1);
			expect(card.right).toBeLessThanOrEqual(desktop.width);
		}
		await page.context().close();
	});
});

describe('at home on a phone', () => {
	const pages = representativePages(sites.root.outDir);

	it.each(['', path, 'people/'])('the header of /%s is one line high at 375 px, search in reach', async (url) => {
		const page = await open(url, { viewport: phone });
		const line = await page.evaluate(() => {
			const parts = [...document.querySelectorAll<HTMLElement>('.site-header > *')].filter((el) => el.checkVisibility()).map((el) => el.getBoundingClientRect());
			return { sharedTop: Math.max(...parts.map((r) => r.top)), sharedBottom: Math.min(...parts.map((r) => r.bottom)), height: document.querySelector('.site-header')!.getBoundingClientRect().height, parts: parts.length };
		});
		expect(line.parts).toBe(3);
		// Every part crosses one horizontal line, and the header is no taller than one line of them.
		expect(line.sharedTop).toBeLessThan(line.sharedBottom);
		expect(line.height).toBeLessThan(60);
		expect(await page.getByRole('link', { name: /^Search/ }).isVisible()).toBe(true);
		// The menu opens without JavaScript's help: it is a <details>.
		await page.getByText('Menu', { exact: true }).click();
		expect(await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Timeline' }).isVisible()).toBe(true);
		await page.context().close();
	});

	it.each([
		{ setting: 'all layers, a note open, the menu open', layers: layerSettings[0]!.layers },
		{ setting: 'plain text', layers: 'plain' },
	])('an article does not scroll sideways at 320 px with $setting', async ({ layers }) => {
		const page = await open(path, { viewport: { width: 320, height: 640 } }, layers);
		if (layers !== 'plain') {
			await page.locator('[data-source-body] sup.marker > a').nth(3).click();
			await page.getByText('Menu', { exact: true }).click();
		}
		expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
		await page.context().close();
	});

	it.each(pages)('every touch target of $kind is at least 24×24 px at 375 px', async ({ path: url }) => {
		const page = await open(url, { viewport: phone }, layerSettings[0]!.layers);
		await page.getByText('Menu', { exact: true }).click();
		const small = await page.evaluate(() => {
			// A link inside a sentence is exempt (WCAG 2.2, 2.5.8 "inline"); a checkbox's target is its label.
			const inSentence = (el: Element) => getComputedStyle(el).display === 'inline' && (el.parentElement?.closest('p, li, dd, td, blockquote, figcaption')?.textContent?.trim().length ?? 0) > (el.textContent?.trim().length ?? 0) + 1;
			const targets = [...document.querySelectorAll<HTMLElement>('a[href], button, summary, input:not(label input), label:has(input)')];
			return targets
				.filter((el) => el.checkVisibility({ visibilityProperty: true }) && !inSentence(el) && !el.closest('.visually-hidden, .skip-link'))
				.map((el) => ({ el, rect: el.getBoundingClientRect() }))
				.filter(({ rect }) => rect.width < 23.5 || rect.height < 23.5)
				.map(({ el, rect }) => `${el.outerHTML.slice(0, 90)}: ${rect.width.toFixed(1)}×${rect.height.toFixed(1)}`);
		});
		expect(small).toEqual([]);
		await page.context().close();
	});
});

/** axe's violations (WCAG 2.2 A and AA, and best practices), one line per element. */
async function violations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
	return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

describe.each([
	{ name: 'light', options: { colorScheme: 'light', viewport: desktop } },
	{ name: 'dark', options: { colorScheme: 'dark', viewport: desktop } },
	{ name: 'dark, 320 px', options: { colorScheme: 'dark', viewport: { width: 320, height: 640 } } },
] satisfies { name: string; options: BrowserContextOptions }[])('axe, $name', ({ options }) => {
	it.each(book.articles.flatMap(({ slug }) => layerSettings.map((setting) => ({ slug, ...setting }))))('no violation on $slug with $setting', async ({ slug, layers }) => {
		const page = await open(`articles/${slug}/`, options, layers);
		expect(await violations(page)).toEqual([]);
		await page.context().close();
	});
});

describe('without JavaScript', () => {
	it('the article reads as before: every mark and number shown, the key a key', async () => {
		const page = await open(path, { viewport: desktop, javaScriptEnabled: false });
		expect(await shown(page)).toEqual({ marked: presentKinds, numbered: presentKinds });
		expect(await page.getByText('Key:', { exact: true }).isVisible()).toBe(true);
		expect(await page.locator('.reading-key input').evaluateAll((els) => els.filter((el) => (el as HTMLElement).checkVisibility()).length)).toBe(0);
		await page.context().close();
	});
});

describe('print', () => {
	it('shows the verbatim text with its note numbers and the notes as endnotes, without navigation or controls', async () => {
		// A reader who hid every mark still prints the note numbers.
		const page = await open(path, { viewport: desktop }, '');
		await page.emulateMedia({ media: 'print' });
		const visible = (selector: string) => page.locator(selector).evaluateAll((els) => els.filter((el) => (el as HTMLElement).checkVisibility()).length);
		expect(await visible('[data-source-body] sup.marker')).toBe(article.mentions.length);
		expect(await visible('section.notes li')).toBe(article.notes.length);
		for (const furniture of ['.site-header', '.site-footer', '.reading-key', '.counterpart', 'button', 'summary']) expect(await visible(furniture), furniture).toBe(0);
		const pdf = await page.pdf({ format: 'A4' });
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		await page.context().close();
	});
});

describe('screenshots', () => {
	const folder = join(projectRoot, 'docs/screenshots');
	it.each([
		{ name: 'quiet', layers: '' },
		{ name: 'layers', layers: layerSettings[0]!.layers },
	])('of the article at 375 and 1440 px, $name', async ({ name, layers }) => {
		mkdirSync(folder, { recursive: true });
		for (const viewport of [phone, desktop]) {
			const page = await open(path, { viewport, colorScheme: 'light' }, layers);
			// With the layers on, a note open, as a reader would see it.
			if (layers) await page.locator('[data-source-body] sup.marker > a').nth(1).click();
			await page.evaluate(() => window.scrollTo(0, 0));
			await page.screenshot({ path: join(folder, `article-${viewport.width}-${name}.png`) });
			await page.context().close();
		}
	});
});
