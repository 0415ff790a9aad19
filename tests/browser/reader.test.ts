/** What a reader does on an article page, in real Chromium against the built site. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/build.ts';
import { useChromiumSite } from '../support/chromium-site.ts';
import { book } from '../support/content.ts';

const site = useChromiumSite();

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

function openPage(path: string, javaScriptEnabled = true): Promise<Page> {
	return site.open(path, { javaScriptEnabled, viewport: { width: 1000, height: 800 } });
}

describe.each(book.articles.map((a) => a.slug))('article %s', (slug) => {
	it('shows the source text verbatim: the body without its UI equals the source file', async () => {
		const page = await openPage(`articles/${slug}/`, false);
		const text = await page.evaluate(() => {
			const body = document.querySelector<HTMLElement>('[data-source-body]')!;
			for (const ui of body.querySelectorAll('[data-ui]')) ui.remove();
			return body.innerText;
		});
		const source = readFileSync(join(projectRoot, 'content/sources', `${slug}.txt`), 'utf8');
		expect(collapse(text)).toBe(collapse(source));
		await page.context().close();
	});
});

describe('landing on an annotation', () => {
	const article = book.articles[0]!;
	const mention = article.mentions.find((m) => m.kind === 'statement' && m.occurrence === 1)!;

	it('scrolls the annotation into view and marks it apart from the others', async () => {
		const page = await openPage(`articles/${article.slug}/#${mention.anchor}`);
		const target = page.locator(`[id="${mention.anchor}"]`);
		await expect.poll(() => target.evaluate((el) => {
			const rect = el.getBoundingClientRect();
			return rect.top >= 0 && rect.top < window.innerHeight;
		})).toBe(true);
		const style = (selector: string) =>
			page.locator(selector).first().evaluate((el) => {
				const s = getComputedStyle(el);
				return `${s.outlineStyle} ${s.outlineColor} ${s.backgroundColor}`;
			});
		const other = article.mentions.find((m) => m.kind === 'statement' && m.subjectId !== mention.subjectId)!;
		expect(await style(`[id="${mention.anchor}"]`)).not.toBe(await style(`[id="${other.anchor}"]`));
		await page.context().close();
	});
});

describe('note cards', () => {
	const article = book.articles[0]!;
	const mention = article.mentions.find((m) => m.kind === 'person')!;
	const subject = book.subject(mention.subjectId)!;

	it('open on hover, with the subject’s note', async () => {
		const page = await openPage(`articles/${article.slug}/`);
		await page.locator(`[id="${mention.anchor}"]`).hover();
		const card = page.locator('.note-card');
		await expect.poll(() => card.isVisible()).toBe(true);
		expect(await card.textContent()).toContain(subject.title);
		// The note without its backlinks, linking the subject's page, and no id copied from the page.
		expect(await card.locator('.backlinks, [id]').count()).toBe(0);
		expect(await card.locator(`a[href$="${subject.path}"]`).count()).toBeGreaterThan(0);
		await page.mouse.move(5, 5);
		await expect.poll(() => card.isVisible()).toBe(false);
		await page.context().close();
	});

	it('open on keyboard focus, let Tab reach their links, and close with Escape', async () => {
		const page = await openPage(`articles/${article.slug}/`);
		const marker = page.locator(`[id="${mention.anchor}"] + .marker a`);
		// Tab from the start of the body until the marker has focus.
		await page.locator('[data-source-body]').evaluate((el) => el.setAttribute('tabindex', '-1'));
		await page.locator('[data-source-body]').focus();
		for (let i = 0; i < 200 && !(await marker.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
		expect(await marker.evaluate((el) => el === document.activeElement)).toBe(true);
		const card = page.locator('.note-card');
		expect(await card.isVisible()).toBe(true);
		expect(await marker.getAttribute('aria-describedby')).toBe('note-card');
		expect(await card.getAttribute('role')).toBe('dialog');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.closest('.note-card') !== null)).toBe(true);
		await page.keyboard.press('Escape');
		expect(await card.isVisible()).toBe(false);
		expect(await marker.evaluate((el) => el === document.activeElement)).toBe(true);
		await page.context().close();
	});

	it('with JavaScript off, a marker leads to its note', async () => {
		const page = await openPage(`articles/${article.slug}/`, false);
		await page.locator(`[id="${mention.anchor}"] + .marker a`).click();
		expect(new URL(page.url()).hash).toBe(`#note-${subject.id}`);
		const note = page.locator(`[id="note-${subject.id}"]`);
		expect(await note.textContent()).toContain(subject.title);
		expect(await note.evaluate((el) => el.matches(':target'))).toBe(true);
		await page.context().close();
	});
});
