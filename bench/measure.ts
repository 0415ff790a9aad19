/** What the benchmark measures on a real machine: builds (time, peak memory), sizes, and pages in Chromium. */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import type { Browser, Page, Response } from 'playwright-core';
import { astroEnv } from '../tests/support/build.ts';
import { requiredMarkup } from './required-markup.ts';

export interface Run {
	/** Wall time. */
	ms: number;
	/** Processor time (user and system) of the build's processes, which other work on a shared machine inflates far less than wall time. */
	cpuMs: number;
	/** Peak resident memory of the whole process tree, in MB. */
	peakMB: number;
	/** Each program's own peak in the tree (`node`, Pagefind's binary…), in MB: which one the peak is made of (absent in reports made before). */
	peakByCommandMB?: Record<string, number>;
	/** Pagefind's share of the build, as the search-index integration logs it. */
	indexMs: number;
	/** The build's wall time by phase (absent in reports made before they were timed). */
	phases?: Phases;
}

/** A build's wall time in three phases, which add up to the whole. */
export interface Phases {
	/** Starting Astro, loading the content (the domain, for Sourcebook) and bundling, up to the first page. */
	beforeRenderingMs: number;
	/** Rendering and writing every page. */
	renderingMs: number;
	/** What the build does after the pages: the data files, the search index, the sitemap. */
	afterRenderingMs: number;
}

/** A line of a build's output, with when it arrived (milliseconds since the build started). */
export interface TimedLine {
	ms: number;
	text: string;
}

/**
 * Splits a build's wall time at Astro's own messages: `generating static routes` opens the
 * rendering, the next `✓ Completed in` closes it.
 */
export function phasesOf(lines: readonly TimedLine[], totalMs: number): Phases {
	const start = lines.findIndex((line) => line.text.includes('generating static routes'));
	const end = start === -1 ? -1 : lines.findIndex((line, i) => i > start && line.text.includes('Completed in'));
	if (end === -1) throw new Error(`the build did not log the start and end of its rendering:\n${lines.map((line) => line.text).join('\n').slice(-2000)}`);
	return { beforeRenderingMs: lines[start]!.ms, renderingMs: lines[end]!.ms - lines[start]!.ms, afterRenderingMs: totalMs - lines[end]!.ms };
}

/** The indexing time the search-index integration logs: `indexed 960 pages into … in 3.21 s`. */
export function indexTime(output: string): number {
	const match = /indexed \d+ pages into .* in ([\d.]+) s/.exec(output);
	if (!match) throw new Error(`the build did not log its indexing time:\n${output.slice(-2000)}`);
	return Number(match[1]) * 1000;
}

/** Each page's render time as Astro logs it, `├─ /people/x/index.html (+12ms)`, by its output path. */
export function pageRenderTimes(output: string): Map<string, number> {
	const times = new Map<string, number>();
	// Astro colours its log when it may: the codes are dropped first.
	for (const match of output.replace(/\x1b\[[\d;]*m/g, '').matchAll(/[├└]─ (\S+) \(\+([\d.]+)(ms|s)\)/g)) {
		times.set(match[1]!, Number(match[2]) * (match[3] === 's' ? 1000 : 1));
	}
	return times;
}

/**
 * The environment that the `build` script of package.json sets before `astro build`
 * (`NAME=value … astro build`), so that the benchmark builds as `npm run build` does.
 */
export function buildEnvironment(script: string): Record<string, string> {
	const match = /^((?:[A-Z_][A-Z0-9_]*=\S+\s+)*)astro build$/.exec(script.trim());
	if (!match) throw new Error(`the build script is not \`[NAME=value …] astro build\`: ${script}`);
	return Object.fromEntries(match[1]!.trim().split(/\s+/).filter(Boolean).map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]));
}

/** The variables Sourcebook's own `build` script sets. */
export function buildScriptVariables(): Record<string, string> {
	const packageJson = JSON.parse(readFileSync(resolve(import.meta.dirname, '../package.json'), 'utf8')) as { scripts: { build: string } };
	return buildEnvironment(packageJson.scripts.build);
}

/** The environment of a benchmark's `astro build`: as `npm run build` sets it, then `settings`. */
export function benchmarkBuildEnv(settings: Record<string, string | undefined>): NodeJS.ProcessEnv {
	return astroEnv({ ...buildScriptVariables(), ...settings });
}

/** Resident memory of a process and all its descendants, in bytes, read from /proc: in all, and by command name. */
function treeRss(root: number): { total: number; byCommand: Map<string, number> } {
	const children = new Map<number, number[]>();
	const commands = new Map<number, string>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			// The command name may hold spaces and parentheses: fields start after the last ')'.
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
			commands.set(Number(name), stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')));
		} catch {
			// The process ended while we read.
		}
	}
	let total = 0;
	const byCommand = new Map<string, number>();
	const queue = [root];
	while (queue.length > 0) {
		const pid = queue.pop()!;
		try {
			const rss = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * 4096;
			total += rss;
			const command = commands.get(pid) ?? '?';
			byCommand.set(command, (byCommand.get(command) ?? 0) + rss);
		} catch {
			// Ended.
		}
		queue.push(...(children.get(pid) ?? []));
	}
	return { total, byCommand };
}

/**
 * Runs a command to completion, timing it (wall and processor time, through GNU time), polling the
 * memory of its process tree, and noting when each line of its output arrived.
 */
export function timed(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<Omit<Run, 'indexMs'> & { output: string; lines: TimedLine[] }> {
	return new Promise((resolve, reject) => {
		const times = join(mkdtempSync(join(tmpdir(), 'sourcebook-time-')), 'times');
		const start = performance.now();
		const child = spawn('/usr/bin/time', ['-f', '%U %S', '-o', times, command, ...args], { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		const lines: TimedLine[] = [];
		// A line is timed when its end arrives; each stream keeps its unfinished line. Decoded as
		// UTF-8 by the stream, so that a character cut across two chunks (Astro's ✓) stays whole.
		const reader = () => {
			let unfinished = '';
			return (chunk: string) => {
				const ms = performance.now() - start;
				output += chunk;
				const parts = (unfinished + chunk).split('\n');
				unfinished = parts.pop()!;
				for (const text of parts) lines.push({ ms, text });
			};
		};
		child.stdout.setEncoding('utf8').on('data', reader());
		child.stderr.setEncoding('utf8').on('data', reader());
		let peak = 0;
		const peaks = new Map<string, number>();
		const poll = setInterval(() => {
			const { total, byCommand } = treeRss(child.pid!);
			peak = Math.max(peak, total);
			for (const [command, rss] of byCommand) peaks.set(command, Math.max(peaks.get(command) ?? 0, rss));
		}, 100);
		child.on('error', reject);
		child.on('close', (code) => {
			const ms = performance.now() - start;
			clearInterval(poll);
			if (code !== 0) return reject(new Error(`${command} ${args.join(' ')} failed (${code}):\n${output.slice(-4000)}`));
			const [user, system] = readFileSync(times, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
			rmSync(dirname(times), { recursive: true });
			const peakByCommandMB = Object.fromEntries([...peaks].map(([command, rss]) => [command, Math.round(rss / 2 ** 20)]));
			resolve({ ms, cpuMs: (user! + system!) * 1000, peakMB: peak / 2 ** 20, peakByCommandMB, output, lines });
		});
	});
}

/** Total size of the files under a folder, and how many there are. */
export function folderSize(dir: string, skip: (name: string) => boolean = () => false): { bytes: number; files: number } {
	let bytes = 0;
	let files = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		if (skip(entry.name)) continue;
		const path = join(dir, entry.name);
		if (entry.isDirectory()) {
			const inner = folderSize(path);
			bytes += inner.bytes;
			files += inner.files;
		} else {
			bytes += statSync(path).size;
			files += 1;
		}
	}
	return { bytes, files };
}

const textTypes = /^(text\/|application\/(javascript|json|ld\+json|xml)|image\/svg)/;

/** One response a page received: its path on the server and its bytes as sent gzipped. */
export interface Fetched {
	path: string;
	bytes: number;
}

/** A response, and whether it was script or a stylesheet. */
type Received = Fetched & { script: boolean; style: boolean };

/** Bytes on the wire as a server compressing text with gzip would send them (Pagefind's own files are already compressed). */
async function wireBytes(response: Response): Promise<Received> {
	const body = await response.body().catch(() => Buffer.alloc(0));
	const type = response.headers()['content-type'] ?? '';
	const bytes = textTypes.test(type) ? gzipSync(body).length : body.length;
	const kind = response.request().resourceType();
	return { path: new URL(response.url()).pathname, bytes, script: kind === 'script' || /javascript|wasm/.test(type), style: kind === 'stylesheet' };
}

/** Records what a page fetches: each response, and the total, script and stylesheet bytes, as sent gzipped. */
function recorder(page: Page) {
	let pending: Promise<Received>[] = [];
	page.on('response', (response) => pending.push(wireBytes(response)));
	return {
		async take(): Promise<{ bytes: number; scriptBytes: number; styleBytes: number; requests: number; responses: Fetched[] }> {
			const all = await Promise.all(pending);
			pending = [];
			return {
				bytes: all.reduce((s, r) => s + r.bytes, 0),
				scriptBytes: all.reduce((s, r) => s + (r.script ? r.bytes : 0), 0),
				styleBytes: all.reduce((s, r) => s + (r.style ? r.bytes : 0), 0),
				requests: all.length,
				responses: all.map(({ path, bytes }) => ({ path, bytes })),
			};
		},
	};
}

export interface PageWeight {
	path: string;
	/** Everything fetched until `load`, gzipped. */
	gzipBytes: number;
	/** Script among it: script files, plus inline scripts in the HTML (JSON data excluded). */
	scriptGzipBytes: number;
	/** Stylesheet files among it (absent in results measured before they were counted). */
	styleGzipBytes?: number;
	requests: number;
	/** Each response until `load`, in the order they came (absent in results measured before they were listed). */
	responses?: Fetched[];
	/** What the HTML is made of: each part gzipped on its own (so they do not add up exactly). */
	parts: Record<string, number>;
}

const parts = {
	'source body': '[data-source-body]',
	notes: 'section.notes',
	styles: 'style',
	// JSON-LD and the share data: inline, but not code (the script budget counts only code).
	'inline data': 'script:not([src])',
};

function weighParts(html: string): Record<string, number> {
	const tree = fromHtml(html);
	const weights: Record<string, number> = { html: gzipSync(html).length };
	for (const [name, selector] of Object.entries(parts)) {
		const text = selectAll(selector, tree)
			.map((node) => html.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0))
			.join('');
		weights[name] = text ? gzipSync(text).length : 0;
	}
	// The least this HTML could weigh and still carry what the site's markup rules and features require.
	weights['required markup only'] = gzipSync(requiredMarkup(html)).length;
	return weights;
}

export interface SearchStep {
	query: string;
	/** Bytes fetched for this search, as sent (gzipped). */
	bytes: number;
	ms: number;
	results: number;
	/** The first five results' URLs. */
	urls?: string[];
}

export interface SearchRun {
	first: SearchStep;
	/** The same query again, several times: the median step (one sample is at the mercy of a garbage collection). */
	repeat: SearchStep;
	/** Every repeat's milliseconds. */
	repeats: number[];
	/** A query not searched before, after the reader's pause. */
	second: SearchStep;
}

/** How many times the first query is repeated. */
export const repeats = 7;

/**
 * How long the reader pauses before a new query: typing one takes longer. Asked at once, a new
 * query also waited on what the browser does after a first search, as much at 1,000 reports as at
 * 10,000 (a median of 113 and 134 ms, against about 60 ms at both a second later: bench/analysis.md).
 */
export const readerPause = 1000;

const inlineScripts = /<script\b(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g;

/**
 * Loads a page in a fresh context (empty cache) and weighs what it fetched until `load`, or with
 * `untilIdle`, everything it fetches without a reader's action: what it loads once idle included.
 */
export async function weighPage(browser: Browser, url: string, path: string, { untilIdle = false } = {}): Promise<PageWeight> {
	const context = await browser.newContext();
	const page = await context.newPage();
	const record = recorder(page);
	const response = await page.goto(url + path, { waitUntil: 'load' });
	if (!response?.ok()) throw new Error(`${url + path}: ${response?.status()}`);
	if (untilIdle) {
		// Past the longest idle wait of the site's scripts (2 s, src/components/ShareScript.astro).
		await page.waitForLoadState('networkidle');
		await page.waitForTimeout(3000);
		await page.waitForLoadState('networkidle');
	}
	const html = await response.text();
	const fetched = await record.take();
	const inline = [...html.matchAll(inlineScripts)].reduce((s, m) => s + (m[1]!.trim() ? gzipSync(m[1]!).length : 0), 0);
	await context.close();
	return { path, gzipBytes: fetched.bytes, scriptGzipBytes: fetched.scriptBytes + inline, styleGzipBytes: fetched.styleBytes, requests: fetched.requests, responses: fetched.responses, parts: weighParts(html) };
}

export interface ReaderSearch {
	query: string;
	/** Everything fetched from opening the quick search until the first result shows: the search UI, Pagefind, its index and the results' data. */
	bytes: number;
	/** From typing the query to the first result shown, the field's typing debounce included. */
	ms: number;
}

/** A reader's first search as the site offers it: on an article page, `/` opens the quick search, the reader types a query. */
export async function measureQuickSearch(browser: Browser, url: string, path: string, query: string): Promise<ReaderSearch> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(url + path, { waitUntil: 'load' });
	const record = recorder(page);
	await record.take();
	await page.keyboard.press('/');
	const field = page.locator('dialog.quick-search input[type="search"]');
	await field.waitFor();
	const start = Date.now();
	await field.fill(query);
	await page.locator('dialog.quick-search li.search-result').first().waitFor({ timeout: 15_000 });
	const ms = Date.now() - start;
	await page.waitForLoadState('networkidle');
	const { bytes } = await record.take();
	await context.close();
	return { query, bytes, ms };
}

interface PagefindApi {
	options(options: Record<string, unknown>): Promise<void>;
	mergeIndex(bundle: string, options: Record<string, unknown>): Promise<void>;
	search(query: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
}

/** An index searched with the site's own (Pagefind's `mergeIndex`), and the site root its results' URLs start from. */
export interface MergedIndex {
	bundle: string;
	baseUrl: string;
}

/**
 * A reader's searches through Pagefind's browser API, from a page of the site: the first (which
 * loads Pagefind and its index), the same query again, and a different one. Each loads the
 * first five results, as a results list would show them.
 */
export async function measureSearch(browser: Browser, url: string, path: string, queries: [string, string], merged: readonly MergedIndex[] = []): Promise<SearchRun> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(url + path, { waitUntil: 'load' });
	const record = recorder(page);
	await record.take();
	const step = async (query: string): Promise<SearchStep> => {
		const { ms, results, urls } = await page.evaluate(
			async ({ bundle, baseUrl, query, merged }) => {
				const start = performance.now();
				const scope = window as unknown as { pagefind?: PagefindApi };
				if (!scope.pagefind) {
					scope.pagefind = (await import(bundle)) as PagefindApi;
					// As the site's quick search and search page run it: on the main thread.
					await scope.pagefind.options({ noWorker: true, baseUrl });
					for (const index of merged) await scope.pagefind.mergeIndex(index.bundle, { baseUrl: index.baseUrl });
				}
				const search = await scope.pagefind.search(query);
				const data = await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
				return { ms: performance.now() - start, results: search.results.length, urls: data.map((d) => d.url) };
			},
			{ bundle: `${url}pagefind/pagefind.js`, baseUrl: new URL(url).pathname, query, merged },
		);
		const { bytes } = await record.take();
		return { query, bytes, ms, results, urls };
	};
	const first = await step(queries[0]);
	const again: SearchStep[] = [];
	for (let i = 0; i < repeats; i++) again.push(await step(queries[0]));
	const repeat = [...again].sort((a, b) => a.ms - b.ms)[Math.floor(repeats / 2)]!;
	await page.waitForTimeout(readerPause);
	const second = await step(queries[1]);
	await context.close();
	return { first, repeat, repeats: again.map((r) => r.ms), second };
}
