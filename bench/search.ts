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

const outDir = resolve(projectRoot, '.tmp/bench-site');
const runs = 5;
const firstQuery = 'deeply concerned';
const repeatQueries = ['Kerry', 'UN chief', '509', 'ceasefire', 'Psaki', 'Fox News', 'November of 2012', 'Qatar'];
const goals = { firstKB: 150, repeatMs: 50 };

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
	} finally {
		await browser.close();
		await server.close();
	}

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
