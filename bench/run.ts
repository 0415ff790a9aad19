/**
 * `npm run bench`: builds synthetic archives of N sources with Sourcebook's real pipeline and, as
 * a baseline, the same texts as plain Markdown pages in the same layout; indexes them with
 * Pagefind; weighs an article page and searches in Chromium; writes bench/RESULTS.md.
 *
 *   npm run bench                                   N = 1,000, 3,000, 10,000; 3 repetitions
 *   npm run bench -- --sizes 3 --reps 1 --out /tmp/r.md   a quick run (the test suite does this)
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem, type } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../tests/support/browser.ts';
import { serve } from '../tests/support/server.ts';
import { makeArchive, writeFiles } from '../tests/support/archive.ts';
import { benchmarkBuildEnv, buildScriptVariables, folderSize, indexTime, measureQuickSearch, measureSearch, phasesOf, timed, weighPage, type Run } from './measure.ts';
import { renderResults, type EditionResult, type Results, type SizeResult } from './report.ts';
import { largestByRoute } from './routes.ts';

const root = resolve(import.meta.dirname, '..');
const astro = join(root, 'node_modules/astro/bin/astro.mjs');

const { values } = parseArgs({
	options: {
		sizes: { type: 'string', default: '1000,3000,10000' },
		reps: { type: 'string', default: '3' },
		seed: { type: 'string', default: '7' },
		out: { type: 'string', default: join(root, 'bench/RESULTS.md') },
		// --no-edition skips measuring the first edition (content/).
		edition: { type: 'boolean', default: true },
		// --from RESULTS.json writes the report again from earlier results (after editing bench/analysis.md).
		from: { type: 'string' },
	},
	allowNegative: true,
});
const sizes = values.sizes.split(',').map(Number);
const reps = Number(values.reps);
const seed = Number(values.seed);
const out = resolve(values.out);

const started = performance.now();
const progress = (message: string) => process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)}s] ${message}\n`);

const work = mkdtempSync(join(tmpdir(), 'sourcebook-bench-'));
let builds = 0;
// Both builds run as `npm run build` runs Sourcebook's: in the environment its script sets.
/** A fresh cache folder for every build: each one is timed cold, and none reads another archive's content. */
const env = (extra: Record<string, string>) => benchmarkBuildEnv({ BASE_PATH: '/', CACHE_DIR: join(work, 'cache', String(++builds)), ...extra });

async function build(outDir: string, args: string[], content: Record<string, string>): Promise<Run> {
	rmSync(outDir, { recursive: true, force: true });
	const { ms, cpuMs, peakMB, peakByCommandMB, output, lines } = await timed(process.execPath, [astro, 'build', ...args], { cwd: root, env: env({ ...content, OUT_DIR: outDir }) });
	return { ms, cpuMs, peakMB, peakByCommandMB, indexMs: indexTime(output), phases: phasesOf(lines, ms) };
}

const buildSourcebook = (contentDir: string, outDir: string) => build(outDir, [], { CONTENT_DIR: contentDir });
const buildPlain = (plainDir: string, outDir: string) => build(outDir, ['--root', 'bench/plain'], { PLAIN_DIR: plainDir });

async function inChromium(site: string, articlePath: string, queries: [string, string]) {
	const server = await serve(site, '/');
	const browser = await launchChromium();
	try {
		const page = await weighPage(browser, server.url, articlePath);
		const search = await measureSearch(browser, server.url, articlePath, queries);
		const readerSearch = await measureQuickSearch(browser, server.url, articlePath, queries[0]);
		return { page, search, readerSearch };
	} finally {
		await browser.close();
		await server.close();
	}
}

/** Pages (HTML files) and the largest of each route, output without the index, and the index. */
function sizesOf(site: string) {
	const html = readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.html') && !path.startsWith('pagefind'));
	const pagefind = join(site, 'pagefind');
	return {
		pages: html.length,
		largestPages: largestByRoute(html.map((path) => ({ path, bytes: statSync(join(site, path)).size }))),
		outputBytes: folderSize(site, (name) => name === 'pagefind').bytes,
		indexBytes: existsSync(pagefind) ? folderSize(pagefind).bytes : 0,
	};
}

/** An archive being benchmarked: the builds gathered so far, and where its files are. */
interface Archive extends Pick<SizeResult, 'sources' | 'annotations' | 'sourcebook' | 'plain'> {
	dir: string;
	slug: string;
	queries: [string, string];
}

function writeArchive(sources: number): Archive {
	const dir = join(work, `n${sources}`);
	const archive = makeArchive(sources, seed);
	writeFiles(join(dir, 'content'), archive.files);
	writeFiles(join(dir, 'plain'), archive.plain);
	const annotations = [...archive.files].filter(([p]) => p.endsWith('.mdx')).reduce((n, [, text]) => n + (text.match(/<[A-Z][a-z]+ id=/g)?.length ?? 0), 0);
	progress(`N=${sources}: archive written (${annotations} annotations) in ${dir}`);
	return { sources, annotations, dir, slug: archive.slugs[0]!, queries: archive.queries, sourcebook: [], plain: [] };
}

/** One round: every size built once each way, Sourcebook and plain interleaved, the first alternating. */
async function buildRound(archives: Archive[], round: number): Promise<void> {
	for (const [i, archive] of archives.entries()) {
		const order = (round + i) % 2 === 0 ? ['sourcebook', 'plain'] : ['plain', 'sourcebook'];
		for (const which of order) {
			const run = which === 'sourcebook' ? await buildSourcebook(join(archive.dir, 'content'), join(archive.dir, 'site')) : await buildPlain(join(archive.dir, 'plain'), join(archive.dir, 'plain-site'));
			(which === 'sourcebook' ? archive.sourcebook : archive.plain).push(run);
			progress(`N=${archive.sources}: ${which} build ${round + 1}/${reps}: ${(run.ms / 1000).toFixed(1)} s (processor ${(run.cpuMs / 1000).toFixed(1)} s, indexing ${(run.indexMs / 1000).toFixed(1)} s), peak ${run.peakMB.toFixed(0)} MB (${Object.entries(run.peakByCommandMB ?? {}).map(([command, mb]) => `${command} ${mb}`).join(', ')})`);
		}
	}
}

/** The last round's Sourcebook site of an archive, weighed and searched in Chromium. */
async function measureArchive({ dir, slug, queries, ...archive }: Archive): Promise<SizeResult> {
	const site = join(dir, 'site');
	const measured = await inChromium(site, `articles/${slug}/`, queries);
	progress(`N=${archive.sources}: article page ${(measured.page.gzipBytes / 1024).toFixed(1)} KB gzip, first search ${(measured.readerSearch.bytes / 1024).toFixed(1)} KB (Pagefind alone ${(measured.search.first.bytes / 1024).toFixed(1)} KB)`);
	const result = { ...archive, ...sizesOf(site), ...measured };
	rmSync(dir, { recursive: true, force: true });
	return result;
}

async function measureEdition(): Promise<EditionResult> {
	const site = join(work, 'edition');
	await buildSourcebook(join(root, 'content'), site);
	const slug = readdirSync(join(root, 'content/articles')).sort()[0]!.replace(/\.mdx$/, '');
	const measured = await inChromium(site, `articles/${slug}/`, ['Kerry', 'ceasefire']);
	progress(`first edition: article page ${(measured.page.gzipBytes / 1024).toFixed(1)} KB gzip, first search ${(measured.readerSearch.bytes / 1024).toFixed(1)} KB (Pagefind alone ${(measured.search.first.bytes / 1024).toFixed(1)} KB)`);
	return { ...sizesOf(site), ...measured };
}

const version = (pkg: string) => (JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;

/** The committed analysis of the results (why a budget is missed, what was changed), shown in the report. */
const analysis = () => readFileSync(join(root, 'bench/analysis.md'), 'utf8');

function write(report: Results): void {
	mkdirSync(dirname(out), { recursive: true });
	writeFileSync(out, renderResults(report, analysis()));
	writeFileSync(out.replace(/\.md$/, '') + '.json', JSON.stringify(report, null, '\t') + '\n');
	progress(`wrote ${out}`);
}

if (values.from) {
	write(JSON.parse(readFileSync(values.from, 'utf8')) as Results);
	rmSync(work, { recursive: true, force: true });
	process.exit(0);
}

const loadAtStart = loadavg()[0]!;
try {
	progress(`sizes ${sizes.join(', ')}, ${reps} repetitions, seed ${seed}; working in ${work}`);
	const edition = values.edition ? await measureEdition() : null;
	// Round by round rather than size by size: the builds of one round lie minutes apart, so a slope
	// drawn through them is not skewed by the machine slowing down or speeding up between sizes.
	const archives = sizes.map(writeArchive);
	for (let round = 0; round < reps; round++) await buildRound(archives, round);
	const results: SizeResult[] = [];
	for (const archive of archives) results.push(await measureArchive(archive));
	const browser = await launchChromium();
	const chromium = browser.version();
	await browser.close();
	const report: Results = {
		date: new Date().toISOString(),
		command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
		buildEnvironment: buildScriptVariables(),
		seed,
		repetitions: reps,
		order: 'rounds',
		machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model.trim() ?? 'unknown', memoryGB: totalmem() / 2 ** 30, os: `${type()} ${release()}` },
		versions: { node: process.versions.node, astro: version('astro'), satteri: version('satteri'), pagefind: version('pagefind'), chromium },
		sizes: results,
		edition,
		notes: [
			`Load average (1 min) ${loadAtStart.toFixed(1)} at the start and ${loadavg()[0]!.toFixed(1)} at the end, on ${cpus().length} cores: other work on the machine inflates wall time far more than processor time.`,
		],
	};
	write(report);
} finally {
	rmSync(work, { recursive: true, force: true });
}
