/**
 * Search benchmark: builds the site, serves it on 127.0.0.1 (gzip, as a static host serves it)
 * and measures in Chromium, over loopback, with an empty cache:
 * - first search: the bytes transferred from opening the search page until the first results are
 *   shown (page, Pagefind UI, Pagefind, WebAssembly, index, result data), and the milliseconds from
 *   the search starting (after the field's debounce) to the first result shown;
 * - repeat searches: further queries on the same page, in milliseconds.
 * Writes bench/search-results.md. Run: npm run bench:search
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, type as osType, release } from 'node:os';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../tests/support/browser.ts';
import { buildSite, projectRoot } from '../tests/support/build.ts';
import { serve } from '../tests/support/server.ts';
import { shardsPerQuery } from '../src/domain/search/name-keys.ts';
import { archiveShards, buildArchive, builtShards, gzipBytes, measureSuggestions, type SuggestionRun } from './suggestions.ts';

const outDir = resolve(projectRoot, '.tmp/bench-site');
const runs = 5;
const firstQuery = 'deeply concerned';
const repeatQueries = ['Kerry', 'UN chief', '509', 'ceasefire', 'Psaki', 'Fox News', 'November of 2012', 'Qatar'];
const goals = { firstKB: 150, repeatMs: 50, suggestionKB: 10, suggestionArchiveKB: 30, suggestionMs: 50 };
/** Misspelled and transliterated names of the first edition, each offering a subject. */
const suggestionQueries = ['Kery', 'Netanyahoo', 'Shukri', 'Mahmud Abbas', 'Kairo', 'Psacki'];
const suggestionRuns = 3;
/** The synthetic archive built for the suggestion's time in the browser, and the size its vocabulary is computed at. */
const archiveReports = 500;
const archiveAtScale = 10_000;
const archiveSeed = 42;

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** Types a query into the search page's field and times the search: from Pagefind starting it to the first result in the page. */
interface Timing {
	/** From Pagefind starting the search to its results (the ranked list, before any result's data). */
	search: number;
	/** From Pagefind starting the search to the first result shown. */
	shown: number;
}

async function timedSearch(page: Page, query: string): Promise<Timing> {
	return page.evaluate(
		(q) =>
			new Promise<Timing>((done, fail) => {
				const results = document.querySelector('[data-search-page] pagefind-results')!;
				const input = document.querySelector<HTMLInputElement>('[data-search-page] pagefind-input input')!;
				const instance = (window as unknown as { PagefindComponents: { getInstanceManager(): { getInstance(n: string): { on(e: string, cb: () => void): void } } } }).PagefindComponents.getInstanceManager().getInstance('default');
				let started = 0;
				let ranked = 0;
				const first = () => results.querySelector('li.search-result');
				const before = first();
				instance.on('search', () => {
					started ||= performance.now();
				});
				instance.on('results', () => {
					if (started) ranked ||= performance.now();
				});
				const observer = new MutationObserver(() => {
					const now = first();
					if (started && now && now !== before) {
						observer.disconnect();
						done({ search: ranked - started, shown: performance.now() - started });
					}
				});
				observer.observe(results, { childList: true, subtree: true });
				setTimeout(() => fail(new Error(`no results for ${q}`)), 15_000);
				input.value = q;
				input.dispatchEvent(new Event('input', { bubbles: true }));
			}),
		query,
	);
}

interface Transfer {
	url: string;
	bytes: number;
}

async function main(): Promise<void> {
	const build = buildSite({ outDir });
	if (build.status !== 0) throw new Error(`build failed:\n${build.output}`);
	const server = await serve(outDir, '/', { gzip: true });
	const browser = await launchChromium();
	const first: { bytes: number; pagefindBytes: number; ms: Timing; transfers: Transfer[] }[] = [];
	const repeats: { query: string; ms: Timing }[] = [];
	let editionSuggestions: SuggestionRun[] = [];
	let archiveSuggestions: SuggestionRun[] = [];
	let archiveNames: [string, string] = ['', ''];
	try {
		for (let run = 0; run < runs; run++) {
			const context = await browser.newContext();
			const page = await context.newPage();
			const transfers: Promise<Transfer>[] = [];
			// Context events include the requests of a Web Worker, should Pagefind use one.
			context.on('requestfinished', (request) => {
				if (!request.url().startsWith('http')) return;
				transfers.push(request.sizes().then((sizes) => ({ url: request.url(), bytes: sizes.responseBodySize + sizes.responseHeadersSize })));
			});
			await page.goto(`${server.url}search/`, { waitUntil: 'networkidle' });
			const ms = await timedSearch(page, firstQuery);
			await page.waitForLoadState('networkidle');
			const shown = await Promise.all(transfers);
			const bytes = shown.reduce((sum, t) => sum + t.bytes, 0);
			const pagefindBytes = shown.filter((t) => t.url.includes('/pagefind/')).reduce((sum, t) => sum + t.bytes, 0);
			first.push({ bytes, pagefindBytes, ms, transfers: shown });
			for (const query of repeatQueries) repeats.push({ query, ms: await timedSearch(page, query) });
			await context.close();
		}
		editionSuggestions = await measureSuggestions(browser, outDir, suggestionQueries, suggestionRuns);
		const archive = buildArchive(archiveReports, archiveSeed);
		archiveNames = archive.names;
		archiveSuggestions = await measureSuggestions(browser, archive.outDir, archive.queries, suggestionRuns);
		const built = builtShards(archive.outDir);
		const computed = archiveShards(archiveReports, archiveSeed).shards;
		if (JSON.stringify([...built].sort()) !== JSON.stringify([...computed].sort())) throw new Error('The vocabulary computed from the domain differs from the built archive’s');
	} finally {
		await browser.close();
		await server.close();
	}
	const codeBytes = median(editionSuggestions.map((r) => r.codeBytes));
	const { shards: atScale, named: atScaleNamed } = archiveShards(archiveAtScale, archiveSeed);
	const atScaleGzip = [...atScale.values()].map(gzipBytes);
	const suggestionRow = (label: string, runs: SuggestionRun[]) => {
		const bytes = median(runs.map((r) => r.shardBytes + r.codeBytes));
		const largest = Math.max(...runs.map((r) => r.shardBytes + r.codeBytes));
		const after = median(runs.map((r) => r.afterResults));
		const slowest = Math.max(...runs.map((r) => r.afterResults));
		return { bytes, largest, after, slowest, text: `| ${label} | ${kb(bytes)} KB (largest ${kb(largest)} KB) | ${after.toFixed(1)} ms / ${slowest.toFixed(1)} ms | ${median(runs.map((r) => r.shardsMs)).toFixed(0)} ms / ${median(runs.map((r) => r.resultsMs)).toFixed(0)} ms |` };
	};
	const edition = suggestionRow('first edition', editionSuggestions);
	const archiveRow = suggestionRow(`synthetic archive, ${archiveReports} reports (built)`, archiveSuggestions);
	// The largest shards a query can need (it fetches at most `shardsPerQuery`), with the code: the most a suggestion fetches at 10,000 reports.
	const atScaleWorst = codeBytes + [...atScaleGzip].sort((a, b) => b - a).slice(0, shardsPerQuery).reduce((a, b) => a + b, 0);
	const byQueryRows = [...editionSuggestions, ...archiveSuggestions]
		.filter((r, i, all) => all.findIndex((o) => o.query === r.query) === i)
		.map((r) => `| “${r.query}” | ${r.suggested} | ${r.shards} | ${kb(r.shardBytes)} |`);

	const firstBytes = median(first.map((f) => f.bytes));
	const firstMs = median(first.map((f) => f.ms.shown));
	const repeatMedian = median(repeats.map((r) => r.ms.shown));
	const repeatMax = Math.max(...repeats.map((r) => r.ms.shown));
	const repeatSearch = median(repeats.map((r) => r.ms.search));
	const byQuery = repeatQueries.map((query) => {
		const times = repeats.filter((r) => r.query === query).map((r) => r.ms);
		const shown = times.map((t) => t.shown);
		return `| “${query}” | ${median(times.map((t) => t.search)).toFixed(1)} | ${median(shown).toFixed(1)} | ${Math.max(...shown).toFixed(1)} |`;
	});
	const sample = first[0]!.transfers.sort((a, b) => b.bytes - a.bytes);
	const version = (pkg: string) => (JSON.parse(readFileSync(resolve(projectRoot, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
	const chromium = execFileSync(process.env.CHROME_PATH ?? '/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).trim();
	const cpu = cpus();
	const verdict = (ok: boolean) => (ok ? 'met' : 'missed');

	const report = `# Search benchmark

Measured ${new Date().toISOString()} with \`npm run bench:search\` (\`npx node bench/search.ts\`).

- Machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB RAM, ${osType()} ${release()}
- Versions: Node ${process.version}, ${chromium} (headless, via playwright-core ${version('playwright-core')}), Pagefind ${version('pagefind')}, Astro ${version('astro')}
- Method: the real site is built into \`.tmp/bench-site\` and served on 127.0.0.1 with gzip (as a static host would; Pagefind's own index files are already compressed). ${runs} runs, each in a fresh browser context with the cache disabled. Bytes are what Chromium reports for each response, body as transferred plus headers, the Web Worker's requests included.
- First search: open \`/search/\`, type “${firstQuery}”. Bytes: everything transferred from opening the page until the results are shown. Time: from Pagefind starting the search (after the field’s 300 ms typing debounce) to the first result in the page; Pagefind and its WebAssembly load as soon as the field has the focus (on opening the page), so this time includes fetching the index and the results' data, not Pagefind itself.
- Repeat searches: ${repeatQueries.length} further queries on the same page (${repeatQueries.map((q) => `“${q}”`).join(', ')}), same measure of time, ${repeats.length} in all.

| measure | result | goal | |
| --- | --- | --- | --- |
| first search, transferred (median) | ${kb(firstBytes)} KB (Pagefind's files: ${kb(median(first.map((f) => f.pagefindBytes)))} KB) | < ${goals.firstKB} KB | ${verdict(firstBytes / 1024 < goals.firstKB)} |
| first search, time (median) | ${firstMs.toFixed(0)} ms | | |
| repeat search, time to the first result shown (median / slowest) | ${repeatMedian.toFixed(1)} ms / ${repeatMax.toFixed(1)} ms | < ${goals.repeatMs} ms | median ${verdict(repeatMedian < goals.repeatMs)}, slowest ${verdict(repeatMax < goals.repeatMs)} |
| repeat search, Pagefind's search alone (median) | ${repeatSearch.toFixed(1)} ms | | |

## Name suggestions

A first search for a misspelled name (“Did you mean …?”), in a fresh context: the extra bytes are the vocabulary's shards transferred for it (gzip, headers included) plus the suggestion's code (${kb(codeBytes)} KB as transferred: the chunk Vite makes of \`src/scripts/name-lookup.ts\` and its libraries, loaded with the search page's script). Time: from Pagefind's results event to the suggestion in the page. The shards are fetched while Pagefind searches and the results wait for both (a named subject's page is moved first), so the last column gives, from the search starting, when the last shard arrived and when the results came: where the shard arrives last, that is what the vocabulary costs the results. The repeat searches above include the same wait, the first time a query needs a shard. ${suggestionRuns} runs of each query: ${suggestionQueries.map((q) => `“${q}”`).join(', ')} on the first edition; on a synthetic archive (\`tests/support/archive.ts\`, seed ${archiveSeed}) the names ${archiveNames.map((n) => `“${n}”`).join(' and ')} misspelled.

| site | extra bytes (median) | suggestion after the results (median / slowest) | shards arrived / results (median) |
| --- | --- | --- | --- |
${edition.text}
${archiveRow.text}

At ${archiveAtScale.toLocaleString('en')} reports the vocabulary is computed from the domain (a build would take minutes and gigabytes on this machine): it depends only on the subjects (${atScaleNamed.toLocaleString('en')} people, organizations and places at that size: the synthetic archive grows its cast with the reports), and the bench checks that the ${archiveReports}-report build wrote the same shards as the domain computes. ${atScale.size} shards, ${kb(atScaleGzip.reduce((a, b) => a + b, 0))} KB gzip in all, the largest ${kb(Math.max(...atScaleGzip))} KB: a query fetches the shards of at most ${shardsPerQuery} of its words (its longest), so the most it adds is the ${shardsPerQuery} largest with the code, ${kb(atScaleWorst)} KB.

| goal | measured | |
| --- | --- | --- |
| first edition: a first search with a suggestion adds ≤ ${goals.suggestionKB} KB gzip | ${kb(edition.largest)} KB (largest run) | ${verdict(edition.largest / 1024 <= goals.suggestionKB)} |
| ${archiveAtScale.toLocaleString('en')} reports: adds ≤ ${goals.suggestionArchiveKB} KB | at most ${kb(atScaleWorst)} KB | ${verdict(atScaleWorst / 1024 <= goals.suggestionArchiveKB)} |
| suggestion within ${goals.suggestionMs} ms of the results | ${Math.max(edition.slowest, archiveRow.slowest).toFixed(1)} ms (slowest run) | ${verdict(Math.max(edition.slowest, archiveRow.slowest) <= goals.suggestionMs)} |

| query | first suggestion | shards | KB |
| --- | --- | --- | --- |
${byQueryRows.join('\n')}

## Repeat searches

Repeat searches by query (ms, over ${runs} runs): Pagefind's search alone, then the time to the first result shown:

| query | search (median) | shown (median) | shown (slowest) |
| --- | --- | --- | --- |
${byQuery.join('\n')}

Transfers of the first search (run 1), largest first:

| file | KB |
| --- | --- |
${sample.map((t) => `| ${new URL(t.url).pathname} | ${kb(t.bytes)} |`).join('\n')}
`;
	writeFileSync(resolve(projectRoot, 'bench/search-results.md'), report);
	console.log(report);
}

await main();
