/**
 * The cost of a name suggestion ("Did you mean …?"), for bench/search.ts: in Chromium, on a built
 * site served with gzip, a first search for a misspelled name in a fresh context, measuring
 * - bytes: the vocabulary's shards transferred for it, plus the suggestion's code (the script chunk
 *   Vite makes of src/scripts/name-lookup.ts and what only it imports: `name-lookup.<hash>.js`);
 * - time: from Pagefind's results event to the suggestion in the page, and how long the shards took
 *   to arrive (fetched while Pagefind searches).
 * At 10,000 reports it computes the shards from the domain rather than a build (which would take
 * minutes and gigabytes here): the vocabulary depends only on the subjects, which the synthetic
 * archive draws from the same fixed pool at any size; the bench checks that they match the built
 * archive's shards byte for byte, ids aside.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { buildSourcebook } from '../src/domain/model/sourcebook.ts';
import { shardFileName } from '../src/domain/search/name-keys.ts';
import { encodeShard, nameSubjects, vocabularyShards } from '../src/domain/search/name-vocabulary.ts';
import { contentInput, makeArchive } from '../tests/support/archive.ts';
import { buildSite, projectRoot } from '../tests/support/build.ts';
import { serve } from '../tests/support/server.ts';

export interface SuggestionRun {
	query: string;
	suggested: string;
	/** Bytes of the vocabulary's shards, as transferred (gzip), headers included. */
	shardBytes: number;
	/** Bytes of the suggestion's script chunk, as transferred. */
	codeBytes: number;
	shards: number;
	/** From Pagefind's results event to the suggestion in the page. */
	afterResults: number;
	/** From the search starting to the last shard received. */
	shardsMs: number;
	/** From the search starting to the results event (the shards are awaited with Pagefind's answer). */
	resultsMs: number;
}

/** Types a query on a freshly opened search page; resolves when the suggestion is shown. */
async function timedSuggestion(page: Page, query: string): Promise<Omit<SuggestionRun, 'shardBytes' | 'shards' | 'codeBytes'>> {
	return page.evaluate(
		(q) =>
			new Promise<Omit<SuggestionRun, 'shardBytes' | 'shards' | 'codeBytes'>>((done, fail) => {
				const suggestion = document.querySelector<HTMLElement>('[data-search-suggestion]')!;
				const input = document.querySelector<HTMLInputElement>('[data-search-page] pagefind-input input')!;
				const instance = (window as unknown as { PagefindComponents: { getInstanceManager(): { getInstance(n: string): { on(e: string, cb: () => void): void } } } }).PagefindComponents.getInstanceManager().getInstance('default');
				let started = 0;
				let results = 0;
				instance.on('search', () => {
					started ||= performance.now();
				});
				instance.on('results', () => {
					if (started) results ||= performance.now();
				});
				const observer = new MutationObserver(() => {
					if (!started || suggestion.hidden || !suggestion.textContent) return;
					const shown = performance.now();
					observer.disconnect();
					const shards = performance.getEntriesByType('resource').filter((e) => e.name.includes('/pagefind/names/')) as PerformanceResourceTiming[];
					done({
						query: q,
						suggested: suggestion.querySelector('a')?.textContent ?? '',
						afterResults: shown - results,
						resultsMs: results - started,
						shardsMs: Math.max(0, ...shards.map((s) => s.responseEnd - started)),
					});
				});
				observer.observe(suggestion, { childList: true, subtree: true, attributes: true });
				setTimeout(() => fail(new Error(`no suggestion for ${q}`)), 15_000);
				input.value = q;
				input.dispatchEvent(new Event('input', { bubbles: true }));
			}),
		query,
	);
}

/** Each query's first search with a suggestion, `runs` times in fresh contexts. */
export async function measureSuggestions(browser: Browser, outDir: string, queries: readonly string[], runs: number): Promise<SuggestionRun[]> {
	const server = await serve(outDir, '/', { gzip: true });
	const measured: SuggestionRun[] = [];
	try {
		for (let run = 0; run < runs; run++) {
			for (const query of queries) {
				const context = await browser.newContext();
				const page = await context.newPage();
				const shardSizes: Promise<number>[] = [];
				const codeSizes: Promise<number>[] = [];
				context.on('requestfinished', (request) => {
					const size = () => request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize);
					if (request.url().includes('/pagefind/names/')) shardSizes.push(size());
					if (/\/name-lookup\.[^/]+\.js$/.test(new URL(request.url()).pathname)) codeSizes.push(size());
				});
				await page.goto(`${server.url}search/`, { waitUntil: 'networkidle' });
				const timing = await timedSuggestion(page, query);
				await page.waitForLoadState('networkidle');
				const sizes = await Promise.all(shardSizes);
				const code = await Promise.all(codeSizes);
				if (code.length !== 1) throw new Error(`expected one name-lookup chunk, got ${code.length}: has Vite bundled the suggestion's code differently?`);
				measured.push({ ...timing, shardBytes: sizes.reduce((a, b) => a + b, 0), shards: sizes.length, codeBytes: code[0]! });
				await context.close();
			}
		}
	} finally {
		await server.close();
	}
	return measured;
}

/** A placeholder as long as Pagefind's page ids (`en_` and 7 hex digits). */
const placeholderId = 'en_0000000';

/** An archive's shards from the domain alone (its subjects), each as written, ids made alike; and how many subjects are named. */
export function archiveShards(reports: number, seed: number): { shards: Map<string, string>; named: number } {
	const input = contentInput(makeArchive(reports, seed));
	const book = buildSourcebook({ subjectFiles: input.subjectFiles, articleFiles: [] });
	const named = nameSubjects(book);
	const shards = vocabularyShards(named.map((s) => ({ ...s, page: placeholderId })));
	return { shards: new Map([...shards].map(([key, subjects]) => [shardFileName(key), encodeShard(subjects)])), named: named.length };
}

/** A built site's shards, ids made alike. */
export function builtShards(outDir: string): Map<string, string> {
	const folder = join(outDir, 'pagefind/names');
	return new Map(readdirSync(folder).map((file) => [file, readFileSync(join(folder, file), 'utf8').replace(/"en_[0-9a-f]+"/g, `"${placeholderId}"`)]));
}

export const gzipBytes = (text: string) => gzipSync(text).length;

/** Builds a synthetic archive of `reports` into `.tmp/bench-archive`, returning its output folder and two misspelled names. */
export function buildArchive(reports: number, seed: number): { outDir: string; queries: [string, string]; names: [string, string] } {
	const archive = makeArchive(reports, seed);
	const root = resolve(projectRoot, '.tmp/bench-archive');
	rmSync(root, { recursive: true, force: true });
	for (const [path, text] of archive.files) {
		mkdirSync(dirname(join(root, 'content', path)), { recursive: true });
		writeFileSync(join(root, 'content', path), text);
	}
	const outDir = join(root, 'site');
	const build = buildSite({ outDir, contentDir: join(root, 'content'), cacheDir: join(root, 'cache') });
	if (build.status !== 0) throw new Error(`archive build failed:\n${build.output}`);
	const [surname, place] = archive.queries;
	// One letter left out of the surname, two letters of the place swapped.
	const misspelled: [string, string] = [surname.slice(0, 2) + surname.slice(3), place.slice(0, 2) + place[3] + place[2] + place.slice(4)];
	return { outDir, queries: misspelled, names: archive.queries };
}
