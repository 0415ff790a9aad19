/**
 * `npm run bench:shards`: the shard trial of docs/scaling.md. The synthetic archive is built whole
 * and as two shards (its reports' first and second half, in publication order), each shard under
 * its own base path and linked to the other by the shard index, made from their content first;
 * every build timed, with its peak memory, then the archive's root written. Then, served under one origin: a
 * first search of the whole archive's index, against a first search of the first shard's index
 * with the second shard's merged (Pagefind's `mergeIndex`), and every link of both shards
 * resolved. Writes bench/SHARDS.md and bench/SHARDS.json.
 *
 *   npm run bench:shards                         2,000 reports, shards of 1,000
 *   npm run bench:shards -- --sources 200 --out /tmp/s.md   a quick run
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../tests/support/browser.ts';
import { serve } from '../tests/support/server.ts';
import { checkLinks } from '../tests/support/links.ts';
import { makeArchive, writeFiles, type Archive } from '../tests/support/archive.ts';
import { shardIndex } from '../src/domain/views/shards.ts';
import { shardOfContent } from '../src/loading/load.ts';
import { pageIds } from '../src/integrations/name-vocabulary.ts';
import type { PagedAnnotationCollection } from '../src/domain/publishing/web-annotation.ts';
import { benchmarkBuildEnv, folderSize, indexTime, measureSearch, timed, type Run, type SearchRun } from './measure.ts';

const root = resolve(import.meta.dirname, '..');
const astro = join(root, 'node_modules/astro/bin/astro.mjs');
const { values } = parseArgs({
	options: {
		sources: { type: 'string', default: '2000' },
		seed: { type: 'string', default: '7' },
		out: { type: 'string', default: join(root, 'bench/SHARDS.md') },
	},
});
const sources = Number(values.sources);
const seed = Number(values.seed);
const out = resolve(values.out);
const half = Math.ceil(sources / 2);

const started = performance.now();
const progress = (message: string) => process.stderr.write(`[shards ${((performance.now() - started) / 1000).toFixed(0).padStart(4)}s] ${message}\n`);

const work = mkdtempSync(join(tmpdir(), 'sourcebook-shards-'));
/** Every site under one origin: `<served>/whole/`, `<served>/shard-1/`, `<served>/shard-2/`. */
const served = join(work, 'served');

interface Build {
	name: string;
	reports: number;
	run: Run;
	pages: number;
	outputBytes: number;
	indexBytes: number;
	firstSlug: string;
	queries: [string, string];
	subjectPages: Set<string>;
}

interface Content {
	name: string;
	dir: string;
	archive: Archive;
}

function content(name: string, only?: (report: number) => boolean): Content {
	const archive = makeArchive(sources, seed, { only });
	const dir = join(work, name, 'content');
	writeFiles(dir, archive.files);
	return { name, dir, archive };
}

async function build({ name, dir, archive }: Content, shardIndexFile?: string): Promise<Build> {
	const outDir = join(served, name);
	const env = benchmarkBuildEnv({
		CONTENT_DIR: dir,
		OUT_DIR: outDir,
		BASE_PATH: `/${name}/`,
		CACHE_DIR: join(work, name, 'cache'),
		// One index per build: the trial compares shards merged in the browser with one whole index.
		SEARCH_RECENT_SOURCES: String(sources),
		SHARD_INDEX: shardIndexFile,
	});
	const { ms, cpuMs, peakMB, peakByCommandMB, output } = await timed(process.execPath, [astro, 'build'], { cwd: root, env });
	const run: Run = { ms, cpuMs, peakMB, peakByCommandMB, indexMs: indexTime(output) };
	const html = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.html') && !path.startsWith('pagefind'));
	const subjectPages = new Set(html.filter((path) => /^(people|organizations|places|statements|figures|events)\/[^/]+\/index\.html$/.test(path)));
	progress(`${name}: ${archive.slugs.length} reports, ${(ms / 1000).toFixed(1)} s, peak ${peakMB.toFixed(0)} MB, ${html.length} pages`);
	return {
		name,
		reports: archive.slugs.length,
		run,
		pages: html.length,
		outputBytes: folderSize(outDir, (entry) => entry === 'pagefind').bytes,
		indexBytes: folderSize(join(outDir, 'pagefind')).bytes,
		firstSlug: archive.slugs[0]!,
		queries: archive.queries,
		subjectPages,
	};
}

const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const s = (ms: number) => (ms / 1000).toFixed(1);

try {
	const whole = await build(content('whole'));
	const shardContents = [content('shard-1', (report) => report <= half), content('shard-2', (report) => report > half)];
	// The shard index, from the shards' content alone, before either is built.
	const indexStarted = performance.now();
	const index = shardIndex(shardContents.map(({ name, dir }, at) => shardOfContent(`/${name}/`, `Reports ${at === 0 ? `1–${half}` : `${half + 1}–${sources}`}`, dir)));
	const shardIndexFile = join(work, 'shards.json');
	writeFileSync(shardIndexFile, JSON.stringify(index));
	const indexMs = performance.now() - indexStarted;
	progress(`shard index: ${(indexMs / 1000).toFixed(1)} s`);
	const first = await build(shardContents[0]!, shardIndexFile);
	const second = await build(shardContents[1]!, shardIndexFile);
	const rootStep = await timed(process.execPath, ['scripts/shard-root.ts', '--index', shardIndexFile, '--served', served], { cwd: root, env: process.env });
	progress(`root: ${(rootStep.ms / 1000).toFixed(1)} s`);
	const links = checkLinks(served);
	progress(`links: ${links.links} checked, ${links.broken.length} broken, ${links.crossing} into another site`);

	const server = await serve(served, '/');
	const browser = await launchChromium();
	let searches: { whole: SearchRun; merged: SearchRun; firstShard: SearchRun };
	try {
		const queries = whole.queries;
		searches = {
			whole: await measureSearch(browser, `${server.url}whole/`, `articles/${whole.firstSlug}/`, queries),
			firstShard: await measureSearch(browser, `${server.url}shard-1/`, `articles/${first.firstSlug}/`, queries),
			merged: await measureSearch(browser, `${server.url}shard-1/`, `articles/${first.firstSlug}/`, queries, [{ bundle: `${server.url}shard-2/pagefind/`, baseUrl: '/shard-2/' }]),
		};
	} finally {
		await browser.close();
		await server.close();
	}
	const mergedUrls = searches.merged.first.urls ?? [];
	const inBoth = [...first.subjectPages].filter((page) => second.subjectPages.has(page)).length;
	// Pages both shards' search indexes hold: the subjects a merged search would list twice.
	const firstIndexed = new Set(pageIds(join(served, 'shard-1', 'pagefind')).keys());
	const indexedInBoth = [...pageIds(join(served, 'shard-2', 'pagefind')).keys()].filter((url) => firstIndexed.has(url)).length;
	const rootCollection = JSON.parse(readFileSync(join(served, 'annotations.jsonld'), 'utf8')) as PagedAnnotationCollection;

	const row = (b: Build) =>
		`| ${b.name} | ${b.reports} | ${s(b.run.ms)} | ${s(b.run.cpuMs)} | ${b.run.peakMB.toFixed(0)} | ${s(b.run.indexMs)} | ${b.pages} | ${mb(b.outputBytes)} MB | ${mb(b.indexBytes)} MB |`;
	const searchRow = (label: string, run: SearchRun) =>
		`| ${label} | ${kb(run.first.bytes)} KB, ${run.first.ms.toFixed(0)} ms (${run.first.results}) | ${run.repeat.ms.toFixed(0)} ms | ${kb(run.second.bytes)} KB, ${run.second.ms.toFixed(0)} ms (${run.second.results}) |`;
	const report = `# Shard trial

Measured ${new Date().toISOString()} with \`npm run bench:shards -- --sources ${sources}\` (seed ${seed}), on this machine: ${sources} synthetic reports (\`tests/support/archive.ts\`) built whole, and as two shards, reports 1–${half} and ${half + 1}–${sources} in publication order, each with only the subjects its reports mention. Each site has its own base path under one origin (\`/whole/\`, \`/shard-1/\`, \`/shard-2/\`) and one search index (\`SEARCH_RECENT_SOURCES=${sources}\`). How shards are meant to be used: docs/scaling.md.

## Builds

| build | reports | wall (s) | processor (s) | peak memory (MB) | indexing (s) | pages | output | index |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
${row(whole)}
${row(first)}
${row(second)}

One shard against the whole: ${((first.run.ms / whole.run.ms) * 100).toFixed(0)}% and ${((second.run.ms / whole.run.ms) * 100).toFixed(0)}% of its wall time, ${((first.run.peakMB / whole.run.peakMB) * 100).toFixed(0)}% and ${((second.run.peakMB / whole.run.peakMB) * 100).toFixed(0)}% of its peak memory. Both shards together: ${((first.run.ms + second.run.ms) / whole.run.ms).toFixed(2)} times the whole's wall time, run one after the other on one machine (on two machines, the longer of the two). ${inBoth} subjects have a page in both shards (each listing its shard's mentions): ${first.subjectPages.size + second.subjectPages.size} subject pages across the shards against ${whole.subjectPages.size} in the whole.

Around the builds: the shard index (\`shardOfContent\` over both shards' content, as \`npm run shard-index\` does) took ${s(indexMs)} s before the shards were built; the archive's root (\`npm run shard-root\`: the annotation collection across both shards, ${rootCollection.total} annotations, its pages rejoined in place) took ${s(rootStep.ms)} s after.

## A first search across both shards

Pagefind's browser API in Chromium, from an article page, with an empty cache, bytes as a gzip-compressing server would send them (as in bench/RESULTS.md): a first search for “${whole.queries[0]}” (the five first results' data loaded), the same again (median of seven), then “${whole.queries[1]}”. Bytes transferred, milliseconds, number of results.

| index searched | first search | repeat | another query |
| --- | --- | --- | --- |
${searchRow('the whole archive', searches.whole)}
${searchRow('shard 1 alone', searches.firstShard)}
${searchRow('shard 1, shard 2 merged', searches.merged)}

The merged search's first five results: ${mergedUrls.map((url) => `\`${url}\``).join(', ')}. Pages in both shards' search indexes: ${indexedInBoth} (a subject's page in the second shard, when the first has one too, names the first's canonical and is not indexed).

## Links

${links.links} root-relative links in the three sites' pages: ${links.broken.length} broken${links.broken.length ? ` (${links.broken.slice(0, 5).join('; ')})` : ''}, ${links.crossing} from one shard into the other: each page of a subject in both shards links to its page in the other.
`;
	writeFileSync(out, report);
	writeFileSync(out.replace(/\.md$/, '.json'), JSON.stringify({ sources, seed, builds: [whole, first, second].map(({ subjectPages, ...b }) => ({ ...b, subjectPages: subjectPages.size })), shardIndexMs: indexMs, rootMs: rootStep.ms, annotations: rootCollection.total, indexedInBoth, searches, links: { ...links, broken: links.broken.slice(0, 20) } }, null, 1));
	progress(`wrote ${out}`);
} finally {
	rmSync(work, { recursive: true, force: true });
}
