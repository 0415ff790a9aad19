/**
 * `astro dev` shows a content fault in the browser (Astro's error page and overlay) from the edit
 * that causes it until the edit that fixes it, instead of serving the last good page.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { projectRoot } from '../support/build.ts';
import { startDev, type DevServer } from '../support/dev-server.ts';

const dir = mkdtempSync(join(tmpdir(), 'sourcebook-dev-faults-'));
const content = join(dir, 'content');
const slug = 'kerry-to-visit-cairo';
const articlePath = join(content, 'articles', `${slug}.mdx`);
let dev: DevServer;
let origin = '';

beforeAll(async () => {
	cpSync(join(projectRoot, 'content'), content, { recursive: true });
	dev = await startDev({ CONTENT_DIR: content, CACHE_DIR: join(dir, 'cache') });
	origin = dev.origin;
}, 90_000);

afterAll(() => {
	dev?.process.kill();
	rmSync(dir, { recursive: true, force: true });
});

/** The page, once the dev server has taken in the last edit (it watches files: allow it a few seconds). */
async function pageWhen(path: string, ready: (status: number, html: string) => boolean): Promise<{ status: number; html: string }> {
	let last = { status: 0, html: '' };
	for (let attempt = 0; attempt < 60; attempt++) {
		const response = await dev.get(`/${path}`);
		last = { status: response.status, html: await response.text() };
		if (ready(last.status, last.html)) return last;
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	return last;
}

describe('a content fault in astro dev', () => {
	it('is shown in the browser until it is fixed, on every page', { timeout: 90_000 }, async () => {
		const good = readFileSync(articlePath, 'utf8');
		expect((await dev.get(`/articles/${slug}/`)).status, dev.output()).toBe(200);

		writeFileSync(articlePath, good.replace(/^title: .*\n/m, ''));
		const broken = await pageWhen(`articles/${slug}/`, (status) => status === 500);
		expect(broken.status, dev.output()).toBe(500);
		expect((await dev.get(`/people/john-kerry/`)).status).toBe(500);
		// What the editor sees: Astro's error overlay, naming the file, the line and the fault.
		const browser = await launchChromium();
		try {
			const page = await browser.newPage();
			await page.goto(`${origin}/articles/${slug}/`);
			const overlayText = () => page.evaluate(() => document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ?? document.documentElement.outerHTML.slice(0, 3000));
			await expect.poll(overlayText, { timeout: 20_000 }).toContain(`${slug}.mdx:2: "${slug}": title: missing`);
		} finally {
			await browser.close();
		}

		writeFileSync(articlePath, good);
		const fixed = await pageWhen(`articles/${slug}/`, (status) => status === 200);
		expect(fixed.status, dev.output()).toBe(200);
		expect(fixed.html).toContain('data-source-body');
	});
});
