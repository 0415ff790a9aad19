/**
 * A corpus of awkward plain texts (tests/fixtures/texts/: addresses, e-mails, phone numbers,
 * Markdown- and HTML-looking lines, hard wraps, CRLF, tabs, a byte-order mark, no-break and
 * zero-width spaces, emoji, Arabic and Hebrew inside English), imported with the real command,
 * checked, reviewed, built as one site and read back in Chromium: each page's text is its file.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSourcebook } from '../../src/loading/load.ts';
import { launchChromium } from '../support/browser.ts';
import { buildSite, projectRoot, runCheck } from '../support/build.ts';
import { review } from '../support/review.ts';
import { serve, type StaticServer } from '../support/server.ts';

const corpus = join(projectRoot, 'tests', 'fixtures', 'texts');
const names = readdirSync(corpus).filter((n) => n.endsWith('.txt')).sort();
const slugOf = (name: string) => name.slice(0, -'.txt'.length);
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

let dir = '';
let content = '';
let importRun = { status: null as number | null, output: '' };
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'sourcebook-texts-'));
	content = join(dir, 'content');
	cpSync(join(projectRoot, 'tests', 'fixtures', 'valid'), content, { recursive: true });
	const run = spawnSync(process.execPath, ['scripts/import.ts', corpus, '--content', content, '--published', '2014-07-21'], { cwd: projectRoot, encoding: 'utf8' });
	importRun = { status: run.status, output: `${run.stdout}\n${run.stderr}` };
	if (run.status !== 0) return;
	review(content);
	const build = buildSite({ outDir: join(dir, 'site'), contentDir: content });
	if (build.status !== 0) throw new Error(build.output);
	browser = await launchChromium();
	server = await serve(join(dir, 'site'), '/');
}, 240_000);

afterAll(async () => {
	await browser?.close();
	await server?.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('a corpus of awkward texts', () => {
	it('has at least 20 texts, and the import takes every one', () => {
		expect(names.length).toBeGreaterThanOrEqual(20);
		expect(importRun.status, importRun.output).toBe(0);
		expect(importRun.output).toContain(`${names.length} of ${names.length} imported as drafts`);
	});

	it('passes the check once reviewed, every text published and byte for byte in its source file', () => {
		const check = runCheck(content);
		expect(check.status, check.output).toBe(0);
		const book = loadSourcebook(content, dir);
		for (const name of names) {
			expect(book.articles.map((a) => a.slug)).toContain(slugOf(name));
			expect(readFileSync(join(content, 'sources', name)).equals(readFileSync(join(corpus, name))), name).toBe(true);
		}
	});

	it.each(names)('shows %s in Chromium as its source file', async (name) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${server.url}articles/${slugOf(name)}/`);
		const { text, isolated } = await page.evaluate(() => {
			const body = document.querySelector<HTMLElement>('[data-source-body]')!;
			for (const ui of body.querySelectorAll('[data-ui]')) ui.remove();
			return { text: body.innerText, isolated: [...body.querySelectorAll('bdi')].map((b) => b.textContent) };
		});
		const source = readFileSync(join(corpus, name), 'utf8');
		expect(collapse(text)).toBe(collapse(source));
		// Right-to-left words are laid out on their own, each run whole.
		const rightToLeft = source.match(/[\u0590-\u08ff]+(?:[ \u200c\u200d]*[\u0590-\u08ff]+)*/g) ?? [];
		expect(isolated).toEqual(expect.arrayContaining(rightToLeft));
		expect(isolated.length >= rightToLeft.length).toBe(true);
		await context.close();
	});
});
