/** What a reader does on an article page, in real Chromium against the built site. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/build.ts';
import { useChromiumSite } from '../support/chromium-site.ts';
import { book } from '../support/content.ts';
import { showLayers } from '../support/layers.ts';

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

	it('open on a click on the words whose layer is shown, with the subject’s note, and close with their button', async () => {
		const page = await openPage(`articles/${article.slug}/`);
		await showLayers(page);
		await page.locator(`[id="${mention.anchor}"]`).click();
		const card = page.locator('.note-card');
		await expect.poll(() => card.isVisible()).toBe(true);
		expect(await card.textContent()).toContain(subject.title);
		// The note without its backlinks, linking the subject's page, and no id copied from the page.
		expect(await card.locator('.backlinks, [id]:not(.note-card)').count()).toBe(0);
		expect(await card.locator(`a[href$="${subject.path}"]`).count()).toBeGreaterThan(0);
		await card.getByRole('button', { name: 'Close note' }).click();
		await expect.poll(() => card.count()).toBe(0);
		await page.context().close();
	});

	it('do not open from words whose layer is hidden', async () => {
		const page = await openPage(`articles/${article.slug}/`);
		await showLayers(page, 'organization notes');
		await page.locator(`[id="${mention.anchor}"]`).click();
		await page.waitForTimeout(300);
		expect(await page.locator('.note-card').count()).toBe(0);
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
