/**
 * `npm run bench:editorial`: what editorial MDX costs the build, written to bench/editorial.md.
 *
 * 1. The first edition as it is, against the same with one more dossier of 50 citations
 *    (budget: under 200 ms more).
 * 2. Synthetic archives of two sizes, without and with the editorial pages and a 50-citation
 *    dossier: the difference should not grow with the number of sources (budget: nothing per source).
 *
 * A whole build varies by about a second between repetitions on this machine, five times the
 * first budget, so the budgets are judged on the phases the dossier adds, each measured where it
 * happens: its MDX's Vite transforms (bench/timed.config.mjs), its page's and the other pages'
 * render times (Astro's log), and in this process, repeated, the domain's reading of it, the open
 * data and Pagefind's indexing of the two outputs. The whole builds are reported beside them.
 *
 *   npm run bench:editorial                       5 repetitions, archives of 25 and 150 sources
 *   npm run bench:editorial -- --reps 1 --sizes 10,20 --out /tmp/e.md
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { astroBin } from '../tests/support/build.ts';
import { makeArchive, writeFiles } from '../tests/support/archive.ts';
import { editorialFiles, loadSourcebook } from '../src/loading/load.ts';
import { readEditorial } from '../src/domain/model/editorial.ts';
import { openDataFiles } from '../src/domain/publishing/open-data.ts';
import { permalinkUnder } from '../src/lib/permalink.ts';
import { searchIndexOptions } from '../src/integrations/search-index.ts';
import { benchmarkBuildEnv, pageRenderTimes, timed } from './measure.ts';
import { addedPerSource, median, min } from './stats.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
	options: {
		reps: { type: 'string', default: '5' },
		sizes: { type: 'string', default: '25,150' },
		out: { type: 'string', default: join(root, 'bench/editorial.md') },
	},
});
const reps = Number(values.reps);
const sizes = values.sizes.split(',').map(Number);
const loadBefore = loadavg()[0]!;
const scratch = mkdtempSync(join(tmpdir(), 'sourcebook-editorial-bench-'));

/** A dossier citing the first annotation of `count` subjects, spread over the sources that have them. */
function dossierOf(contentDir: string, count: number): string {
	const book = loadSourcebook(contentDir, contentDir);
	const cited = book.articles.flatMap((a) => a.mentions.filter((m) => m.occurrence === 1)).slice(0, count);
	if (cited.length < count) throw new Error(`only ${cited.length} annotations to cite`);
	const paragraphs = cited.map((m, i) => `${i % 10 === 0 ? `## Part ${i / 10 + 1}\n\n` : ''}Claim ${i + 1} rests on <Cite ref="${m.subjectId}" source="${m.article}">these words</Cite>.`);
	return `---\ntitle: A benchmark dossier\nsummary: ${count} citations, for the benchmark.\ndate: 2014-07-22\nauthors: [Benchmark]\nsubjects: [${cited[0]!.subjectId}]\n---\n\n${paragraphs.join('\n\n')}\n`;
}


/** The dossier every run adds: its file, its modules in Vite, its page in the output. */
const dossierId = 'benchmark-dossier';
const isDossierModule = (id: string) => id.includes(`/dossiers/${dossierId}.mdx`);
const dossierPage = `/dossiers/${dossierId}/index.html`;

interface Transform {
	id: string;
	ms: number;
	output: string;
}

interface BuildRun {
	wall: number;
	cpu: number;
	/** Each page's render time, as Astro logs it. */
	pages: Map<string, number>;
	/** Each MDX module's time in Vite's transforms and a hash of their output, named from the content folder. */
	transforms: Transform[];
}

const sum = (values: Iterable<number>) => [...values].reduce((a, b) => a + b, 0);
const outDirOf = (contentDir: string) => `${contentDir}-out`;

/** One build of a content folder into its own output folder, kept for the search index's measure. */
async function build(contentDir: string): Promise<BuildRun> {
	const outDir = outDirOf(contentDir);
	const transformTimes = join(scratch, 'transforms.jsonl');
	rmSync(outDir, { recursive: true, force: true });
	rmSync(transformTimes, { force: true });
	// --force: the content folders must not reuse each other's content layer cache.
	const env = benchmarkBuildEnv({ OUT_DIR: outDir, CONTENT_DIR: contentDir, BASE_PATH: '/', CACHE_DIR: join(scratch, 'cache'), TRANSFORM_TIMES: transformTimes });
	const run = await timed(process.execPath, [astroBin, 'build', '--force', '--config', 'bench/timed.config.mjs'], { cwd: root, env });
	// A folder without editorial content has no MDX module, and no line is written.
	const transforms = (existsSync(transformTimes) ? readFileSync(transformTimes, 'utf8') : '').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as Transform);
	return { wall: run.ms, cpu: run.cpuMs, pages: pageRenderTimes(run.output), transforms };
}

/** Two content folders, built in turn, so that a slower moment of the machine falls on both. */
async function compare(without: string, withEditorial: string): Promise<{ without: BuildRun[]; with: BuildRun[] }> {
	const runs = { without: [] as BuildRun[], with: [] as BuildRun[] };
	for (let i = 0; i < reps; i++) {
		runs.without.push(await build(without));
		runs.with.push(await build(withEditorial));
	}
	return runs;
}

/**
 * The fastest of repeated runs of each piece of work in this process, taken in turn so that
 * none alone runs while the code is still cold: other work on the machine only adds.
 */
function fastestOfEach<Work extends readonly (() => unknown)[]>(work: Work, times: number): { [K in keyof Work]: number } {
	const runs = work.map(() => [] as number[]);
	for (let i = 0; i < times; i++) {
		work.forEach((piece, k) => {
			const start = performance.now();
			piece();
			runs[k]!.push(performance.now() - start);
		});
	}
	return runs.map(min) as { [K in keyof Work]: number };
}

/** Pagefind indexing and writing a built site, as the search-index integration does; the fastest of `times`. */
async function indexingTime(outDir: string, times: number): Promise<number> {
	const runs: number[] = [];
	for (let i = 0; i < times; i++) {
		const start = performance.now();
		const { index, errors } = await pagefind.createIndex(searchIndexOptions);
		if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
		await index.addDirectory({ path: outDir });
		await index.writeFiles({ outputPath: join(scratch, 'pagefind') });
		await pagefind.close();
		runs.push(performance.now() - start);
	}
	return min(runs);
}

/** A folder's content as the domain reads it, with its editorial content checked against it. */
function readFolder(folder: string) {
	const book = loadSourcebook(folder, folder);
	const files = editorialFiles(folder, folder);
	return { book, files, editorial: readEditorial(book, files) };
}

type Folder = ReturnType<typeof readFolder>;

/** The domain's reading of two folders' editorial content, each at its fastest. */
function readingTimes([a, b]: readonly [Folder, Folder]): readonly [number, number] {
	return fastestOfEach([() => readEditorial(a.book, a.files), () => readEditorial(b.book, b.files)] as const, 30);
}

/** The open data of two folders, dossiers included, each at its fastest. */
function openDataTimes(folders: readonly [Folder, Folder]): readonly [number, number] {
	const link = permalinkUnder('/', undefined);
	const [a, b] = folders.map(({ book, editorial }) => () => {
		for (const file of openDataFiles(book, link, editorial.dossiers)) for (const piece of file.body()) void piece;
	}) as [() => void, () => void];
	return fastestOfEach([a, b] as const, 10);
}

/** The pages of the second output that differ from the first's, by the path Astro logs. */
function changedPages(without: string, withDossier: string, pages: Iterable<string>): Set<string> {
	const read = (dir: string, page: string) => (existsSync(join(dir, page)) ? readFileSync(join(dir, page)) : null);
	return new Set([...pages].filter((page) => !read(withDossier, page)?.equals(read(without, page) ?? Buffer.alloc(0))));
}

interface Phase {
	phase: string;
	ms: number;
	how: string;
}

/**
 * What the dossier adds, phase by phase: `without` and `with` are the two folders and their builds.
 * Rendering counts the pages whose output changed: an unchanged page did the same work in both.
 */
async function dossierPhases(without: string, withDossier: string, runs: { without: BuildRun[]; with: BuildRun[] }): Promise<Phase[]> {
	// Each folder is read once, for both timings.
	const folders = [readFolder(without), readFolder(withDossier)] as const;
	const reading = readingTimes(folders);
	const openData = openDataTimes(folders);
	const changed = changedPages(outDirOf(without), outDirOf(withDossier), runs.with[0]!.pages.keys());
	changed.delete(dossierPage);
	const changedRender = (run: BuildRun) => sum([...changed].map((page) => run.pages.get(page) ?? 0));
	const indexing = [await indexingTime(outDirOf(without), 5), await indexingTime(outDirOf(withDossier), 5)] as const;
	return [
		{ phase: 'reading and checking it (the domain)', ms: reading[1] - reading[0], how: 'in this process, fastest of 30, with less without' },
		{ phase: 'compiling its MDX (@astrojs/mdx, Vite)', ms: min(runs.with.map((run) => sum(run.transforms.filter((t) => isDossierModule(t.id)).map((t) => t.ms)))), how: "its modules' transforms in the build, fastest build" },
		{ phase: 'rendering its page', ms: min(runs.with.map((run) => run.pages.get(dossierPage) ?? 0)), how: "Astro's log, fastest build" },
		{ phase: `rendering the ${changed.size} other pages it changes (home, dossier list, "Discussed in")`, ms: min(runs.with.map(changedRender)) - min(runs.without.map(changedRender)), how: "Astro's log, fastest build with less without" },
		{ phase: 'open data (its citations as annotations)', ms: openData[1] - openData[0], how: 'in this process, fastest of 10, with less without' },
		{ phase: 'search index (Pagefind)', ms: indexing[1] - indexing[0], how: 'the two outputs indexed in this process, fastest of 5, with less without' },
	];
}

interface EditorialWork {
	reading: number;
	compile: number;
	render: number;
	/** Each editorial module's compiled output (a hash), by its name in the content folder. */
	modules: Map<string, string>;
}

/** What editorial MDX costs where it could grow with the sources: the domain's reading, the MDX's transforms, the dossier's page. */
function editorialWork(dressed: string, runs: BuildRun[]): EditorialWork {
	const { book, files } = readFolder(dressed);
	return {
		reading: fastestOfEach([() => readEditorial(book, files)] as const, 30)[0],
		compile: min(runs.map((run) => sum(run.transforms.map((t) => t.ms)))),
		render: min(runs.map((run) => run.pages.get(dossierPage) ?? 0)),
		modules: new Map(runs[0]!.transforms.map((t) => [t.id, t.output])),
	};
}

const rows: string[] = [];
const ms = (n: number) => `${Math.round(n)} ms`;
/** A row: wall time (median) and processor time (least), without, with, and the difference. */
function row(content: string, added: string, result: { without: BuildRun[]; with: BuildRun[] }): string {
	const wall = [median(result.without.map((r) => r.wall)), median(result.with.map((r) => r.wall))] as const;
	const cpu = [min(result.without.map((r) => r.cpu)), min(result.with.map((r) => r.cpu))] as const;
	return `| ${content} | ${added} | ${ms(wall[0])} | ${ms(wall[1])} | ${ms(wall[1] - wall[0])} | ${ms(cpu[0])} | ${ms(cpu[1])} | ${ms(cpu[1] - cpu[0])} |`;
}

// 1. The first edition, and the same with a 50-citation dossier.
const edition = join(scratch, 'edition');
cpSync(join(root, 'content'), edition, { recursive: true });
const editionPlus = join(scratch, 'edition-plus');
cpSync(edition, editionPlus, { recursive: true });
writeFileSync(join(editionPlus, `dossiers/${dossierId}.mdx`), dossierOf(edition, 50));
const first = await compare(edition, editionPlus);
rows.push(row('first edition (2 sources)', '+ one dossier of 50 citations', first));
const phases = await dossierPhases(edition, editionPlus, first);
const dossierCost = sum(phases.map((p) => p.ms));

// 2. Archives: the editorial pages and a 50-citation dossier, at two sizes. The archives grow by
// adding sources after the first ones, so the dossier written for the smallest cites the same
// annotations in all, and compiles to the same module if nothing per source reaches it.
const perSize: { size: number; work: EditorialWork; without: number[]; with: number[] }[] = [];
let dossier: string | undefined;
for (const size of sizes) {
	const archive = makeArchive(size, 7);
	const bare = join(scratch, `archive-${size}`);
	writeFiles(bare, archive.files);
	const dressed = join(scratch, `archive-${size}-editorial`);
	cpSync(bare, dressed, { recursive: true });
	mkdirSync(join(dressed, 'pages'), { recursive: true });
	mkdirSync(join(dressed, 'dossiers'), { recursive: true });
	for (const page of ['about.mdx', 'how-to-read.mdx']) cpSync(join(root, 'content/pages', page), join(dressed, 'pages', page));
	dossier ??= dossierOf(bare, 50);
	writeFileSync(join(dressed, `dossiers/${dossierId}.mdx`), dossier);
	const result = await compare(bare, dressed);
	perSize.push({ size, work: editorialWork(dressed, result.with), without: result.without.map((r) => r.cpu), with: result.with.map((r) => r.cpu) });
	rows.push(row(`archive of ${size} sources`, '+ About, How to read, a dossier of 50 citations', result));
}
rmSync(scratch, { recursive: true, force: true });

const [small, large] = [perSize[0]!, perSize.at(-1)!];
const load = `${loadBefore.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after`;
// On a machine busier than its cores, even the phases vary: no verdict is drawn from such a run.
const quiet = Math.max(loadBefore, loadavg()[0]!) <= cpus().length;
const verdict = (ok: boolean) => (quiet ? (ok ? 'met' : 'not met') : 'not judged: the machine was busy, rerun on a quiet one');
let perSourceLine = 'not measured: give two sizes';
let buildLine = '';
if (large.size !== small.size) {
	const sameModules = small.work.modules.size > 0 && [...small.work.modules].every(([id, output]) => large.work.modules.get(id) === output);
	const timed = (w: EditorialWork) => w.reading + w.render;
	const perSource = (timed(large.work) - timed(small.work)) / (large.size - small.size);
	// Under 0.1 ms per source, reading and rendering would add under a second at 10,000 sources.
	perSourceLine = `**${verdict(sameModules && perSource < 0.1)}**. Every editorial module compiles to ${sameModules ? 'the same output' : '**a different output**'} at ${small.size} and ${large.size} sources (compared by a hash of each module's transformed code), so what is compiled does not grow with the sources. Reading the editorial content and rendering the dossier's page take ${ms(timed(small.work))} at ${small.size} sources and ${ms(timed(large.work))} at ${large.size}, ${perSource.toFixed(3)} ms per source`;
	const cost = addedPerSource(small, large);
	buildLine = `\nWhole builds, for context: their processor time's difference changes by ${ms(cost.differences[1] - cost.differences[0])} between ${small.size} and ${large.size} sources; the repetitions of one build spread over ${ms(cost.spread)}.`;
}
const report = `# Editorial MDX: what it costs the build

Written by \`npm run bench:editorial\` (bench/editorial.ts) on ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores
(${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}, ${reps} alternating builds each; load average ${load}.

A whole build varies by about a second between repetitions here, more than the budgets, so they
are judged on the phases the dossier adds, each measured where it happens.

## A dossier of 50 citations on the first edition

| phase | added | measured as |
| --- | --- | --- |
${phases.map((p) => `| ${p.phase} | ${ms(p.ms)} | ${p.how} |`).join('\n')}
| **all phases** | **${ms(dossierCost)}** | |

- Budget: a dossier of 50 citations adds under 200 ms to the first edition's build: **${verdict(dossierCost < 200)}** (${ms(dossierCost)}).

## Per source

| sources | reading (domain) | compiling every editorial MDX module | rendering the dossier's page |
| --- | --- | --- | --- |
${perSize.map(({ size, work }) => `| ${size} | ${ms(work.reading)} | ${ms(work.compile)} | ${ms(work.render)} |`).join('\n')}

- Budget: compiling the editorial MDX adds nothing per source: ${perSourceLine}.

## Whole builds

\`astro build\` (search index included): wall time, the median of the builds; processor time of its processes, the least of them.

| content | added | wall without | wall with | wall difference | processor without | processor with | processor difference |
| --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}
${buildLine}
`;
writeFileSync(resolve(values.out), report);
console.log(report);
