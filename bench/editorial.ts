/**
 * `npm run bench:editorial`: what editorial MDX costs the build, written to bench/editorial.md.
 *
 * 1. The first edition as it is, against the same with one more dossier of 50 citations
 *    (budget: under 200 ms more).
 * 2. Synthetic archives of two sizes, without and with the editorial pages and a 50-citation
 *    dossier: the difference should not grow with the number of sources (budget: nothing per source).
 *
 * Builds alternate (without, with) so that a slower moment of the machine falls on both; each
 * figure is the median of the repetitions' wall times of `astro build`.
 *
 *   npm run bench:editorial                       3 repetitions, archives of 25 and 150 sources
 *   npm run bench:editorial -- --reps 1 --sizes 10,20 --out /tmp/e.md
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSite } from '../tests/support/build.ts';
import { makeArchive } from '../tests/support/archive.ts';
import { loadSourcebook } from '../src/loading/load.ts';
import { median } from './stats.ts';

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

function buildMs(contentDir: string): number {
	const outDir = join(scratch, 'out');
	rmSync(outDir, { recursive: true, force: true });
	const start = performance.now();
	const result = buildSite({ outDir, contentDir, cacheDir: join(scratch, 'cache') });
	const ms = performance.now() - start;
	if (result.status !== 0) throw new Error(`build of ${contentDir} failed:\n${result.output}`);
	return ms;
}

/** Median build times of two content folders, built in turn. */
function compare(without: string, withEditorial: string): { without: number; with: number } {
	const a: number[] = [];
	const b: number[] = [];
	for (let i = 0; i < reps; i++) {
		a.push(buildMs(without));
		b.push(buildMs(withEditorial));
	}
	return { without: median(a), with: median(b) };
}

const rows: string[] = [];
const ms = (n: number) => `${Math.round(n)} ms`;

// 1. The first edition, and the same with a 50-citation dossier.
const edition = join(scratch, 'edition');
cpSync(join(root, 'content'), edition, { recursive: true });
const editionPlus = join(scratch, 'edition-plus');
cpSync(edition, editionPlus, { recursive: true });
writeFileSync(join(editionPlus, 'dossiers/benchmark-dossier.mdx'), dossierOf(edition, 50));
const first = compare(edition, editionPlus);
rows.push(`| first edition (2 sources) | + one dossier of 50 citations | ${ms(first.without)} | ${ms(first.with)} | **${ms(first.with - first.without)}** |`);

// 2. Archives: the editorial pages and a 50-citation dossier, at two sizes.
const perSize: { size: number; delta: number }[] = [];
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
	const result = compare(bare, dressed);
	perSize.push({ size, delta: result.with - result.without });
	rows.push(`| archive of ${size} sources | + About, How to read, a dossier of 50 citations | ${ms(result.without)} | ${ms(result.with)} | **${ms(result.with - result.without)}** |`);
}
rmSync(scratch, { recursive: true, force: true });

const [small, large] = [perSize[0]!, perSize.at(-1)!];
const load = `${loadBefore.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after`;
// On a machine busier than its cores, builds vary by seconds: no verdict is drawn from such a run.
const quiet = Math.max(loadBefore, loadavg()[0]!) <= cpus().length;
const verdict = (ok: boolean) => (quiet ? (ok ? 'met' : 'not met') : 'not judged: the machine was busy, rerun on a quiet one');
const perSource = large.size === small.size ? 0 : (large.delta - small.delta) / (large.size - small.size);
const report = `# Editorial MDX: what it costs the build

Written by \`npm run bench:editorial\` (bench/editorial.ts) on ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores
(${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}. Wall time of \`astro build\` (search index included),
median of ${reps} alternating builds each; load average ${load}.

| content | added | without | with | difference |
| --- | --- | --- | --- | --- |
${rows.join('\n')}

- Budget: a dossier of 50 citations adds under 200 ms to the first edition's build: **${verdict(first.with - first.without < 200)}** (${ms(first.with - first.without)}).
- Budget: compiling the editorial MDX adds nothing per source: **${verdict(Math.abs(perSource) < 5)}**. Between ${small.size} and ${large.size} sources the
  difference changes by ${ms(large.delta - small.delta)}, ${perSource.toFixed(2)} ms per source.
`;
writeFileSync(resolve(values.out), report);
console.log(report);
