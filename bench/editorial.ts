/**
 * `npm run bench:editorial`: what editorial MDX costs the build, written to bench/editorial.md.
 *
 * 1. The first edition as it is, against the same with one more dossier of 50 citations
 *    (budget: under 200 ms more).
 * 2. Synthetic archives of two sizes, without and with the editorial pages and a 50-citation
 *    dossier: the difference should not grow with the number of sources (budget: nothing per source).
 *
 * Builds alternate (without, with) so that a slower moment of the machine falls on both. Wall
 * time is the median of the repetitions; processor time (of the build's processes) the least of
 * them, since other work on the machine only adds to it. The per-source budget is judged on
 * processor time, and only where the change between sizes is wider than the repetitions' spread.
 *
 *   npm run bench:editorial                       3 repetitions, archives of 25 and 150 sources
 *   npm run bench:editorial -- --reps 1 --sizes 10,20 --out /tmp/e.md
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { astroBin, astroEnv } from '../tests/support/build.ts';
import { makeArchive } from '../tests/support/archive.ts';
import { loadSourcebook } from '../src/loading/load.ts';
import { buildEnvironment, timed } from './measure.ts';
import { addedPerSource, median, min } from './stats.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
	options: {
		reps: { type: 'string', default: '3' },
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

// Built as `npm run build` builds: in the environment its script sets.
const buildScriptEnv = buildEnvironment((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: { build: string } }).scripts.build);

interface Times {
	wall: number[];
	cpu: number[];
}

/** One build's wall and processor time, added to `times`; timed fails if the build does. */
async function build(contentDir: string, times: Times): Promise<void> {
	const outDir = join(scratch, 'out');
	rmSync(outDir, { recursive: true, force: true });
	// --force: the two content folders must not reuse each other's content layer cache.
	const env = astroEnv({ ...buildScriptEnv, OUT_DIR: outDir, CONTENT_DIR: contentDir, BASE_PATH: '/', CACHE_DIR: join(scratch, 'cache') });
	const run = await timed(process.execPath, [astroBin, 'build', '--force'], { cwd: root, env });
	times.wall.push(run.ms);
	times.cpu.push(run.cpuMs);
}

/** Two content folders, built in turn. */
async function compare(without: string, withEditorial: string): Promise<{ without: Times; with: Times }> {
	const a: Times = { wall: [], cpu: [] };
	const b: Times = { wall: [], cpu: [] };
	for (let i = 0; i < reps; i++) {
		await build(without, a);
		await build(withEditorial, b);
	}
	return { without: a, with: b };
}

const rows: string[] = [];
const ms = (n: number) => `${Math.round(n)} ms`;
/** A row: wall time (median) and processor time (least), without, with, and the difference. */
function row(content: string, added: string, result: { without: Times; with: Times }): string {
	const wall = [median(result.without.wall), median(result.with.wall)] as const;
	const cpu = [min(result.without.cpu), min(result.with.cpu)] as const;
	return `| ${content} | ${added} | ${ms(wall[0])} | ${ms(wall[1])} | ${ms(wall[1] - wall[0])} | ${ms(cpu[0])} | ${ms(cpu[1])} | **${ms(cpu[1] - cpu[0])}** |`;
}

// 1. The first edition, and the same with a 50-citation dossier.
const edition = join(scratch, 'edition');
cpSync(join(root, 'content'), edition, { recursive: true });
const editionPlus = join(scratch, 'edition-plus');
cpSync(edition, editionPlus, { recursive: true });
writeFileSync(join(editionPlus, 'dossiers/benchmark-dossier.mdx'), dossierOf(edition, 50));
const first = await compare(edition, editionPlus);
rows.push(row('first edition (2 sources)', '+ one dossier of 50 citations', first));

// 2. Archives: the editorial pages and a 50-citation dossier, at two sizes.
const perSize: { size: number; without: number[]; with: number[] }[] = [];
for (const size of sizes) {
	const archive = makeArchive(size, 7);
	const bare = join(scratch, `archive-${size}`);
	for (const [path, text] of archive.files) {
		mkdirSync(dirname(join(bare, path)), { recursive: true });
		writeFileSync(join(bare, path), text);
	}
	const dressed = join(scratch, `archive-${size}-editorial`);
	cpSync(bare, dressed, { recursive: true });
	mkdirSync(join(dressed, 'pages'), { recursive: true });
	mkdirSync(join(dressed, 'dossiers'), { recursive: true });
	for (const page of ['about.mdx', 'how-to-read.mdx']) cpSync(join(root, 'content/pages', page), join(dressed, 'pages', page));
	writeFileSync(join(dressed, 'dossiers/benchmark-dossier.mdx'), dossierOf(bare, 50));
	const result = await compare(bare, dressed);
	perSize.push({ size, without: result.without.cpu, with: result.with.cpu });
	rows.push(row(`archive of ${size} sources`, '+ About, How to read, a dossier of 50 citations', result));
}
rmSync(scratch, { recursive: true, force: true });

const [small, large] = [perSize[0]!, perSize.at(-1)!];
const load = `${loadBefore.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after`;
// On a machine busier than its cores, builds vary by seconds: no verdict is drawn from such a run.
const quiet = Math.max(loadBefore, loadavg()[0]!) <= cpus().length;
const verdict = (ok: boolean) => (quiet ? (ok ? 'met' : 'not met') : 'not judged: the machine was busy, rerun on a quiet one');
const dossierCost = min(first.with.cpu) - min(first.without.cpu);
let perSourceLine = 'not measured: give two sizes';
if (large.size !== small.size) {
	const cost = addedPerSource(small, large);
	const change = cost.differences[1] - cost.differences[0];
	// A change within the repetitions' spread says nothing either way: more repetitions may tell.
	const judged = !quiet || Math.abs(cost.perSource) < 5 || cost.resolved ? verdict(Math.abs(cost.perSource) < 5) : `not resolved: the change is within the ${ms(cost.spread)} the repetitions of one build spread over, rerun with more`;
	perSourceLine = `**${judged}**. Between ${small.size} and ${large.size} sources the difference in processor time changes by ${ms(change)}, ${cost.perSource.toFixed(2)} ms per source`;
}
const report = `# Editorial MDX: what it costs the build

Written by \`npm run bench:editorial\` (bench/editorial.ts) on ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores
(${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}, ${reps} alternating builds each; load average ${load}.
\`astro build\` (search index included): wall time, the median of the builds; processor time of its processes, the least of them
(other work on the machine only adds to it). The budgets are judged on processor time.

| content | added | wall without | wall with | wall difference | processor without | processor with | processor difference |
| --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

- Budget: a dossier of 50 citations adds under 200 ms to the first edition's build: **${verdict(dossierCost < 200)}** (${ms(dossierCost)}).
- Budget: compiling the editorial MDX adds nothing per source: ${perSourceLine}.
`;
writeFileSync(resolve(values.out), report);
console.log(report);
