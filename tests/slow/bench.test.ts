/**
 * The benchmark never rots: a small run (3 sources, one repetition) completes and writes
 * well-formed results. Nothing here is about time: the numbers are committed in bench/RESULTS.md.
 */
import { spawnSync } from 'node:child_process';
import { contentInput, makeArchive } from '../support/archive.ts';
import { buildSourcebook } from '../../src/domain/model/sourcebook.ts';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { repeats } from '../../bench/measure.ts';
import type { Results } from '../../bench/report.ts';
import { projectRoot } from '../support/build.ts';

const dir = mkdtempSync(join(tmpdir(), 'sourcebook-bench-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('runs in small mode and writes its results', { timeout: 300_000 }, () => {
	const out = join(dir, 'RESULTS.md');
	const run = spawnSync(process.execPath, ['bench/run.ts', '--sizes', '3', '--reps', '1', '--out', out], { cwd: projectRoot, encoding: 'utf8' });
	expect(run.status, run.stderr).toBe(0);
	// Progress is shown while it runs.
	expect(run.stderr).toMatch(/N=3: sourcebook build 1\/1/);

	const results = JSON.parse(readFileSync(join(dir, 'RESULTS.json'), 'utf8')) as Results;
	expect(results.sizes.map((s) => s.sources)).toEqual([3]);
	const [size] = results.sizes;
	expect(size!.annotations).toBeGreaterThan(100);
	expect(size!.sourcebook).toHaveLength(1);
	expect(size!.plain).toHaveLength(1);
	// The synthetic articles, the subject pages and the indexes were built, and indexed.
	// A page for every source and every subject of the growing cast, and the listings besides.
	const book = buildSourcebook(contentInput(makeArchive(3, results.seed)));
	expect(size!.pages).toBeGreaterThan(book.articles.length + book.subjects.length);
	expect(size!.indexBytes).toBeGreaterThan(0);
	expect(size!.page.gzipBytes).toBeGreaterThan(size!.page.scriptGzipBytes + size!.page.styleGzipBytes!);
	expect(size!.page.styleGzipBytes).toBeGreaterThan(0);
	// The least the page could weigh was measured on the real page: every cut found its markup.
	for (const page of [size!.page, results.edition!.page]) expect(page.parts['required markup only']).toBeLessThan(page.parts.html!);
	expect(size!.search.first.results).toBeGreaterThan(0);
	expect(size!.search.first.bytes).toBeGreaterThan(0);
	expect(size!.search.repeats).toHaveLength(repeats);
	// The reader's quick search found the synthetic surname, and both builds logged their indexing.
	expect(size!.readerSearch.bytes).toBeGreaterThan(0);
	expect(size!.sourcebook[0]!.indexMs).toBeGreaterThan(0);
	expect(size!.plain[0]!.indexMs).toBeGreaterThan(0);
	expect(results.edition?.search.first.results).toBeGreaterThan(0);
	// Both builds were split at Astro's messages into phases that add up to their wall time, the index after the pages.
	for (const run of [size!.sourcebook[0]!, size!.plain[0]!]) {
		const { beforeRenderingMs, renderingMs, afterRenderingMs } = run.phases!;
		for (const ms of [beforeRenderingMs, renderingMs, afterRenderingMs]) expect(ms).toBeGreaterThan(0);
		expect(beforeRenderingMs + renderingMs + afterRenderingMs).toBeCloseTo(run.ms, 6);
		expect(afterRenderingMs).toBeGreaterThan(run.indexMs);
	}
	// The page load names what it fetched, the page itself first.
	expect(size!.page.responses?.[0]?.path).toBe(`/${size!.page.path}`);
	expect(size!.page.responses).toHaveLength(size!.page.requests);

	const markdown = readFileSync(out, 'utf8');
	expect(markdown).toContain(results.command);
	expect(markdown).toMatch(/\n\| 3 \| \d+ \|/);
	expect(markdown).toMatch(/\| Largest HTML page at any size[^|]*\| ≤ 150\.0 KB \| \d+\.\d KB \|/);
	// Every page was weighed: the article pages and the home page among the routes.
	expect(size!.largestPages!.map((p) => p.route)).toEqual(expect.arrayContaining(['/', 'articles/*/', 'people/*/']));
	expect(markdown).toContain('## Largest page of each kind');
	expect(markdown).toMatch(/first edition \(`articles\/[a-z-]+\/`\)/);
	expect(markdown).toMatch(/- 3 sources: `\/articles\/[a-z0-9-]+\/` \d+\.\d KB, /);
});
