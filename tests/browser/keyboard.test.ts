/**
 * Keyboard and screen-reader use in real Chromium: Tab reaches every control of every kind of
 * page, each showing a visible focus; note markers and note cards carry the names and roles a
 * screen reader announces.
 */
import { describe, expect, it } from 'vitest';
import { useChromiumSite } from '../support/chromium-site.ts';
import { book } from '../support/content.ts';
import { showLayers } from '../support/layers.ts';
import { representativePages } from '../support/page-kinds.ts';
import { sites } from '../support/sites.ts';

const site = useChromiumSite();
const pages = representativePages(sites.root.outDir);

interface Focus {
	control?: string;
	fault?: string;
	text: string;
}

describe.each(['light', 'dark'] as const)('keyboard, %s scheme', (colorScheme) => {
	it.each(pages)('Tab reaches every control of $kind, each with a visible focus', async ({ path }) => {
		const page = await site.open(path, { colorScheme, viewport: { width: 1280, height: 900 } });
		// Every control a keyboard user must reach, numbered before tabbing starts (kept by the page
		// rather than in attributes, so copies of a control, as in a note card, do not count as it).
		const controls = await page.evaluate(() => {
			const selector = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
			const visible = [...document.querySelectorAll<HTMLElement>(selector)].filter((el) => el.checkVisibility({ visibilityProperty: true }));
			const numbers = new Map(visible.map((el, i) => [el, String(i)]));
			const log: Focus[] = [];
			Object.assign(window, { controls: numbers, focusLog: log });
			// Each focus is checked as it happens: an outline or a shadow, and the control on screen.
			document.addEventListener('focusin', (event) => {
				const el = event.target as HTMLElement;
				const style = getComputedStyle(el);
				const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
				const shadowed = style.boxShadow !== 'none';
				const rect = el.getBoundingClientRect();
				const onScreen = rect.width > 0 && rect.height > 0 && rect.right > 0 && rect.bottom > 0 && rect.left < innerWidth && rect.top < innerHeight;
				const fault = !(outlined || shadowed) ? 'no visible focus indicator' : !onScreen ? 'focused off screen' : undefined;
				log.push({ control: numbers.get(el), fault, text: `${el.tagName.toLowerCase()} “${(el.textContent ?? '').trim().slice(0, 40)}”` });
			});
			return visible.length;
		});
		const reached = new Set<string>();
		const faults: string[] = [];
		// Enough presses to pass every control and the controls of the note cards they open (it
		// stops as soon as every control has had focus).
		for (let i = 0; i < controls * 8 + 20 && reached.size < controls; i++) {
			await page.keyboard.press('Tab');
			for (const entry of await page.evaluate(() => (window as unknown as { focusLog: Focus[] }).focusLog.splice(0))) {
				if (entry.control !== undefined) reached.add(entry.control);
				if (entry.fault) faults.push(`${entry.text}: ${entry.fault}`);
			}
		}
		expect(faults).toEqual([]);
		const missed = await page.evaluate(
			(seen) => [...(window as unknown as { controls: Map<HTMLElement, string> }).controls].filter(([, n]) => !seen.includes(n)).map(([el]) => el.outerHTML.slice(0, 120)),
			[...reached],
		);
		expect(missed).toEqual([]);
		await page.context().close();
	});
});

describe('notes, as a screen reader meets them', () => {
	it.each(book.articles.map((a) => a.slug))('every marker of %s is a link named after its note and subject', async (slug) => {
		const article = book.article(slug)!;
		const page = await site.open(`articles/${slug}/`);
		for (const mention of article.mentions) {
			const subject = book.subject(mention.subjectId)!;
			const marker = page.locator(`[id="${mention.anchor}"] + .marker a`);
			expect(await marker.getAttribute('aria-label')).toBe(`Note ${mention.note}: ${subject.title}`);
		}
		// The notes are a region named by their heading.
		expect(await page.getByRole('region', { name: 'Notes', exact: true }).count()).toBe(1);
		await page.context().close();
	});

	it('a note card is a dialog named after its subject, controlled by its marker, and closes with Escape', async () => {
		const article = book.articles[0]!;
		const mention = article.mentions.find((m) => m.kind === 'person')!;
		const subject = book.subject(mention.subjectId)!;
		const page = await site.open(`articles/${article.slug}/`);
		await showLayers(page);
		const name = `Note ${mention.note}: ${subject.title}`;
		const marker = page.getByRole('link', { name, exact: true }).first();
		await marker.focus();
		await page.keyboard.press('Enter');
		const dialog = page.getByRole('dialog', { name, exact: true });
		await expect.poll(() => dialog.isVisible()).toBe(true);
		expect(await marker.getAttribute('aria-expanded')).toBe('true');
		expect(await marker.getAttribute('aria-controls')).toBe(await dialog.getAttribute('id'));
		expect(await dialog.textContent()).toContain(subject.title);
		await page.keyboard.press('Escape');
		await expect.poll(() => dialog.count()).toBe(0);
		expect(await marker.getAttribute('aria-expanded')).toBe('false');
		await page.context().close();
	});
});
