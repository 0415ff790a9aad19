/**
 * Searching an archive built in two shards (docs/scaling.md), from the later shard: the quick
 * search covers the shard's own index first and merges the other shard's when the reader asks, or
 * at once when its own matches nothing; results link into the shard that holds each page, and a
 * subject of both shards is found once. The search page searches both shards.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import type { PeriodsManifest } from '../../src/domain/search/periods-manifest.ts';
import { projectRoot } from '../support/build.ts';
import { useChromiumSite } from '../support/chromium-site.ts';
import { showResults } from '../support/search-ui.ts';
import { shardedArchive } from '../support/shards.ts';

const dir = resolve(projectRoot, '.tmp/site-shards');
const archive = shardedArchive(dir);

/** Every file's text in a folder, lower-cased. */
const folderText = (folder: string) =>
	readdirSync(folder, { recursive: true, encoding: 'utf8' })
		.filter((path) => /\.(txt|mdx|ya?ml)$/.test(path))
		.map((path) => readFileSync(join(folder, path), 'utf8'))
		.join('\n')
		.toLowerCase();

/** A made-up name of the early shard's sources that nothing of the late shard holds, even inside a longer word. */
let onlyEarly: string;

beforeAll(() => {
	rmSync(dir, { recursive: true, force: true });
	archive.build();
	const late = folderText(archive.content('/late/'));
	const words = folderText(join(archive.content('/early/'), 'sources')).match(/\b[a-z]{7,}\b/g) ?? [];
	onlyEarly = words.find((word) => !late.includes(word))!;
	expect(onlyEarly).toBeDefined();
}, 300_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const chromium = useChromiumSite({ outDir: archive.served, base: '/' });

/** Searching merges an index and fetches results: more than the default second on a busy machine. */
const waiting = { timeout: 10_000 };
const dialog = (page: Page) => page.locator('dialog.quick-search');
/** Every link's path under `selector`, and those whose page the served archive does not have. */
async function links(page: Page, selector: string): Promise<{ paths: string[]; missing: string[] }> {
	const paths = await page.locator(selector).evaluateAll((all) => all.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
	return { paths, missing: paths.filter((path) => !existsSync(join(archive.served, path, 'index.html'))) };
}
const shownPaths = (page: Page) =>
	dialog(page)
		.locator('li.search-result .search-result-link')
		.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

async function quickSearch(): Promise<Page> {
	const page = await chromium.open('late/');
	await page.keyboard.press('/');
	return page;
}

it('tells the later shard’s search where the other shard’s index is', () => {
	const manifest = JSON.parse(readFileSync(join(archive.outDir('/late/'), 'pagefind/search-periods.json'), 'utf8')) as PeriodsManifest;
	expect(manifest.otherParts).toEqual([{ label: 'Reports 1 to 12', bundle: '/early/pagefind/', baseUrl: '/early/' }]);
});

describe('the quick search in a shard', () => {
	it('searches the other shard at once when its own index matches nothing, and links into it', async () => {
		const page = await quickSearch();
		try {
			await dialog(page).locator('input').fill(onlyEarly);
			await expect.poll(() => shownPaths(page), waiting).not.toEqual([]);
			const { paths, missing } = await links(page, 'dialog.quick-search li.search-result a');
			expect(paths.every((path) => path.startsWith('/early/')), paths.join(' ')).toBe(true);
			// Every link, the annotations' and the other sources' too, into the shard that has the page.
			expect(missing).toEqual([]);
			const response = await page.goto(new URL(paths[0]!, page.url()).href);
			expect(response?.status()).toBe(200);
		} finally {
			await page.context().close();
		}
	});

	it('offers the other shard, and merges it when asked', async () => {
		const page = await quickSearch();
		try {
			// A surname many people of both shards carry.
			const surname = 'haddad';
			await dialog(page).locator('input').fill(surname);
			await expect.poll(() => shownPaths(page), waiting).not.toEqual([]);
			const scope = dialog(page).locator('[data-search-scope]');
			await expect.poll(() => scope.textContent(), waiting).toMatch(/Search the archive’s other part \(Reports 1 to 12\) too$/);
			expect((await shownPaths(page)).every((path) => path.startsWith('/late/'))).toBe(true);
			const before = Number((await dialog(page).locator('[role="status"]').textContent())!.match(/^\d+/)![0]);
			await scope.getByRole('button').click();
			await expect.poll(async () => Number((await dialog(page).locator('[role="status"]').textContent())!.match(/^\d+/)?.[0]), waiting).toBeGreaterThan(before);
			expect(await scope.isHidden()).toBe(true);
			// No person's page is shown from both shards.
			const people = (await shownPaths(page)).filter((path) => /\/people\//.test(path)).map((path) => path.replace(/^\/(early|late)\//, ''));
			expect(new Set(people).size).toBe(people.length);
		} finally {
			await page.context().close();
		}
	});
});

it('the search page searches both shards', async () => {
	const page = await chromium.open(`late/search/?q=${onlyEarly}`);
	try {
		await showResults(page, onlyEarly);
		await expect.poll(async () => (await links(page, 'main pagefind-results a')).paths, waiting).not.toEqual([]);
		const { paths, missing } = await links(page, 'main pagefind-results a');
		expect(paths.every((path) => path.startsWith('/early/')), paths.join(' ')).toBe(true);
		expect(missing).toEqual([]);
	} finally {
		await page.context().close();
	}
});
