import { describe, expect, it } from 'vitest';
import { contentInput, makeArchive, prng } from '../../support/archive.ts';
import { phaseSlopes, renderResults, roundRatios, type Results } from '../../../bench/report.ts';
import { buildEnvironment, indexTime, pageRenderTimes, phasesOf, timed } from '../../../bench/measure.ts';
import { addedPerSource, atMost, fitLine, growthRatio, median, min } from '../../../bench/stats.ts';
import { kindNames } from '../../../src/domain/model/schema.ts';
import { buildSourcebook } from '../../../src/domain/model/sourcebook.ts';

describe('prng', () => {
	it('is deterministic from its seed, and seeds differ', () => {
		const a = prng(42);
		const b = prng(42);
		const c = prng(43);
		const first = Array.from({ length: 5 }, a);
		expect(Array.from({ length: 5 }, b)).toEqual(first);
		expect(Array.from({ length: 5 }, c)).not.toEqual(first);
	});

	it('stays in [0, 1) and spreads over it', () => {
		const next = prng(1);
		const values = Array.from({ length: 10_000 }, next);
		expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
		const mean = values.reduce((s, v) => s + v, 0) / values.length;
		expect(mean).toBeGreaterThan(0.48);
		expect(mean).toBeLessThan(0.52);
	});
});

describe('makeArchive', () => {
	const archive = makeArchive(20, 7);
	const input = contentInput(archive);

	it('is the same archive for the same seed, another for another seed', () => {
		expect(makeArchive(20, 7).files).toEqual(archive.files);
		expect(makeArchive(20, 8).files.get('articles/report-00001.mdx')).not.toEqual(archive.files.get('articles/report-00001.mdx'));
	});

	it('is valid content: the domain builds it without a fault', () => {
		const book = buildSourcebook(input);
		expect(book.articles).toHaveLength(20);
		expect(book.subjects.length).toBeGreaterThan(300);
	});

	it('writes reports of 3 to 4 KB with about 100 annotations of all six kinds', () => {
		const book = buildSourcebook(input);
		const sizes = book.articles.map((a) => Buffer.byteLength(a.sourceText));
		const annotations = book.articles.map((a) => a.mentions.length);
		const average = (values: number[]) => values.reduce((s, v) => s + v, 0) / values.length;
		expect(average(sizes)).toBeGreaterThan(3000);
		expect(average(sizes)).toBeLessThan(4000);
		expect(average(annotations)).toBeGreaterThan(80);
		expect(average(annotations)).toBeLessThan(115);
		expect(new Set(book.articles.flatMap((a) => a.mentions.map((m) => m.kind)))).toEqual(new Set(kindNames));
		// Entities nest inside events, as in real reports.
		expect(book.articles.some((a) => a.mentions.some((m) => m.parentAnchor !== null))).toBe(true);
	});

	it('gives the baseline the same text as plain Markdown', () => {
		for (const slug of archive.slugs) {
			const plain = archive.plain.get(`${slug}.md`)!;
			const body = plain.slice(plain.indexOf('\n---\n') + 5);
			expect(body.replace(/\s+/g, ' ').trim()).toBe(archive.files.get(`sources/${slug}.txt`)!.replace(/\s+/g, ' ').trim());
			expect(body).not.toMatch(/[<>{}*_#[\]`]/);
		}
	});
});

describe('indexTime', () => {
	it('reads the indexing time the search integration logs, and refuses a build that logged none', () => {
		expect(indexTime('12:00:01 [sourcebook-search-index] indexed 960 pages into /tmp/x/pagefind in 3.21 s\n')).toBeCloseTo(3210, 6);
		expect(() => indexTime('12:00:01 [build] Complete!')).toThrow(/indexing time/);
	});
});

describe('phasesOf', () => {
	const line = (ms: number, text: string) => ({ ms, text });
	const build = [
		line(900, '12:00:01 [build] Collecting build info...'),
		line(5200, '12:00:05 [build] ✓ Completed in 5.20s.'),
		line(6100, ' generating static routes '),
		line(6300, '12:00:06   ├─ /articles/a/index.html (+12ms)'),
		line(26_000, '12:00:26 ✓ Completed in 19.90s.'),
		line(26_100, '12:00:26 [build] ✓ Completed in 20.90s.'),
		line(40_000, '12:00:40 [sourcebook-search-index] indexed 960 pages into /tmp/x/pagefind in 12.08 s'),
	];

	it('splits the wall time at the first page and at the end of rendering, the parts adding up to the whole', () => {
		const phases = phasesOf(build, 41_000);
		expect(phases).toEqual({ beforeRenderingMs: 6100, renderingMs: 19_900, afterRenderingMs: 15_000 });
		expect(phases.beforeRenderingMs + phases.renderingMs + phases.afterRenderingMs).toBe(41_000);
	});

	it('refuses a build that did not log its rendering', () => {
		expect(() => phasesOf(build.filter((l) => !l.text.includes('generating')), 41_000)).toThrow(/rendering/);
		expect(() => phasesOf(build.slice(0, 4), 41_000)).toThrow(/rendering/);
	});

	it('times each line of a real command when its end arrives, a line or a character cut across writes included', async () => {
		// The last line's ✓ (three bytes in UTF-8) is cut between two writes.
		const script = "printf 'generating static'; sleep 0.5; printf ' routes\\nfirst page\\n'; sleep 1; printf '\\342\\234'; sleep 0.2; printf '\\223 Completed in 1s.\\n'";
		const { lines, ms } = await timed('sh', ['-c', script], { cwd: process.cwd(), env: process.env });
		expect(lines.map((l) => l.text)).toEqual(['generating static routes', 'first page', '✓ Completed in 1s.']);
		// Lower bounds with room: the parent may read a chunk a little after it was written.
		const phases = phasesOf(lines, ms);
		expect(phases.beforeRenderingMs).toBeGreaterThan(250);
		expect(phases.renderingMs).toBeGreaterThan(500);
	});
});

describe('pageRenderTimes', () => {
	it("reads each page's time from Astro's log, coloured or not, in milliseconds or seconds", () => {
		const log = [
			'\x1b[2m12:00:06\x1b[22m   ├─ /dossiers/harbour/index.html (+12ms)',
			'12:00:06   └─ /dossiers/index.html \x1b[2m(+3ms)\x1b[22m',
			'12:00:07   ├─ /people/a-long-page/index.html (+1.25s)',
			'12:00:07 ✓ Completed in 1.40s.',
		].join('\n');
		expect([...pageRenderTimes(log)]).toEqual([
			['/dossiers/harbour/index.html', 12],
			['/dossiers/index.html', 3],
			['/people/a-long-page/index.html', 1250],
		]);
	});

	it('finds no page in a log without them', () => {
		expect(pageRenderTimes('12:00:01 [build] Complete!').size).toBe(0);
	});
});

describe('buildEnvironment', () => {
	it('reads what the build script sets before `astro build`', () => {
		expect(buildEnvironment('astro build')).toEqual({});
		expect(buildEnvironment('MIMALLOC_PURGE_DELAY=0 MALLOC_ARENA_MAX=2 astro build')).toEqual({ MIMALLOC_PURGE_DELAY: '0', MALLOC_ARENA_MAX: '2' });
		expect(buildEnvironment('OPTIONS=a=b astro build')).toEqual({ OPTIONS: 'a=b' });
	});

	it('refuses a script it cannot reproduce', () => {
		expect(() => buildEnvironment('astro build && node post.ts')).toThrow(/build script/);
		expect(() => buildEnvironment('npx astro build')).toThrow(/build script/);
	});
});

describe('stats', () => {
	it('takes the min and the median', () => {
		expect(min([3, 1, 2])).toBe(1);
		expect(median([5, 1, 3])).toBe(3);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(() => median([])).toThrow();
	});

	it('fits a line: slope per unit, intercept, r²', () => {
		const line = fitLine([
			[100, 3500],
			[500, 5500],
			[2000, 13_000],
		]);
		expect(line.slope).toBeCloseTo(5, 10);
		expect(line.intercept).toBeCloseTo(3000, 8);
		expect(line.r2).toBeCloseTo(1, 10);
		const noisy = fitLine([
			[0, 0],
			[1, 2],
			[2, 1],
		]);
		expect(noisy.slope).toBeCloseTo(0.5, 10);
		expect(noisy.r2).toBeLessThan(1);
		expect(() => fitLine([[1, 1]])).toThrow();
	});

	it('measures how far growth is from linear', () => {
		const linear = (x: number) => 1000 + 5 * x;
		expect(growthRatio([100, 500, 2000].map((x) => [x, linear(x)] as const))).toBeCloseTo(1, 10);
		const quadratic = (x: number) => x * x;
		expect(growthRatio([100, 500, 2000].map((x) => [x, quadratic(x)] as const))).toBeCloseTo(2500 / 600, 10);
		expect(growthRatio([[1, 1], [2, 2]])).toBeNull();
		// Nothing grew between the smallest sizes: no ratio to draw.
		expect(growthRatio([[1, 5], [2, 5], [3, 6]])).toBeNull();
	});

	it('says whether a budget is met, and by how much it is missed', () => {
		expect(atMost('page', 7.5, 8, ' KB')).toMatchObject({ met: true, measured: '7.5 KB' });
		expect(atMost('page', 10, 8, ' KB')).toMatchObject({ met: false, note: 'missed by 2.0 KB (25% over)' });
		expect(atMost('page', null, 8, ' KB')).toMatchObject({ met: null, measured: null });
	});

	it('does not take one slow build for a cost per source', () => {
		const small = { size: 25, without: [14_800, 14_900], with: [15_200, 15_300] };
		// The median of the larger size's two builds with the addition is 5,600 ms over its without.
		const large = { size: 150, without: [43_000, 43_100], with: [43_200, 54_200] };
		const cost = addedPerSource(small, large);
		expect(cost.differences).toEqual([400, 200]);
		expect(cost.perSource).toBeCloseTo(-1.6, 10);
		expect(cost.spread).toBe(11_000);
		expect(cost.resolved).toBe(false);
	});

	it('finds a cost per source that every repetition shows', () => {
		const small = { size: 25, without: [14_800, 14_900], with: [15_200, 15_300] };
		const large = { size: 150, without: [43_000, 43_100], with: [48_300, 48_400] };
		const cost = addedPerSource(small, large);
		expect(cost.differences).toEqual([400, 5300]);
		expect(cost.perSource).toBeCloseTo(39.2, 10);
		expect(cost.resolved).toBe(true);
		expect(() => addedPerSource(small, small)).toThrow();
	});
});

describe('renderResults', () => {
	const run = (ms: number) => ({ ms, cpuMs: ms * 2, peakMB: 600, indexMs: 500 });
	const step = { query: 'q', bytes: 100 * 1024, ms: 300, results: 4 };
	const size = (sources: number, ms: number, plainMs: number) => ({
		sources,
		annotations: sources * 60,
		sourcebook: [run(ms), run(ms + 100)],
		plain: [run(plainMs), run(plainMs + 100)],
		pages: sources + 400,
		outputBytes: sources * 30_000,
		indexBytes: sources * 5000,
		page: { path: 'articles/a/', gzipBytes: 7 * 1024, scriptGzipBytes: 1024, requests: 1, parts: { html: 7 * 1024, notes: 3 * 1024 } },
		search: { first: step, repeat: { ...step, bytes: 0, ms: 4 }, repeats: [3, 4, 9], second: step },
		readerSearch: { query: 'q', bytes: 140 * 1024, ms: 420 },
	});
	const results: Results = {
		date: '2026-01-01T00:00:00.000Z',
		command: 'npm run bench',
		seed: 7,
		repetitions: 2,
		machine: { cpus: 2, cpuModel: 'cpu', memoryGB: 24, os: 'Linux' },
		versions: { node: '24' },
		sizes: [size(100, 4000, 3000), size(500, 6000, 4000), size(2000, 13_500, 7750)],
		edition: null,
		notes: ['a note'],
	};

	it('writes every size, the line fit and the budgets', () => {
		const markdown = renderResults(results);
		// Slopes through the fastest builds: Sourcebook 5 ms/source, plain 2.5 ms/source.
		expect(markdown).toContain('Sourcebook 5.00 ms/source');
		expect(markdown).toContain('plain Markdown 2.50 ms/source');
		// The sizes' fastest builds grow by 2 s per 400 sources, then by 7.5 s per 1,500: linear.
		expect(markdown).toMatch(/\| Linear growth of build time[^|]*\| ≤ 1\.30x \| 1\.00x \| yes \|/);
		expect(markdown).toMatch(/\| Build at 10,000 reports[^|]*\| ≤ 30\.0 min \| — \| not measured/);
		expect(markdown).toMatch(/\| Reader's first search at 10,000 reports[^|]*\|[^\n]*not measured/);
		expect(markdown).toContain('| 100 sources (`articles/a/`) | 7.0 KB | 1.0 KB | — | 1 | 140.0 KB, 420 ms |');
		for (const n of [100, 500, 2000]) expect(markdown).toMatch(new RegExp(`\\n\\| ${n} \\| ${n * 60} \\|`));
		expect(markdown).toContain('Marginal cost, largest sizes over smallest: 1.00x');
		expect(markdown).toContain('In processor time: Sourcebook 10.00 ms/source, plain 5.00 ms/source: ratio 2.00x.');
		expect(markdown).toContain('| 100 sources | 7.0 KB | 3.0 KB |');
		expect(markdown).toContain('- a note');
		expect(markdown).not.toContain('environment');
	});

	it('judges the absolute budgets at 10,000 reports', () => {
		const atScale = { ...size(10_000, 1_500_000, 300_000), readerSearch: { query: 'q', bytes: 160 * 1024, ms: 500 } };
		const markdown = renderResults({ ...results, sizes: [...results.sizes, atScale] });
		expect(markdown).toMatch(/\| Build at 10,000 reports[^|]*\| ≤ 30\.0 min \| 25\.0 min \| yes \|/);
		expect(markdown).toMatch(/\| Peak memory at 10,000 reports[^|]*\| ≤ 4\.00 GB \| 0\.59 GB \| yes \|/);
		// 300 MB of pages and 50 MB of index.
		expect(markdown).toMatch(/\| Output at 10,000 reports[^|]*\| ≤ 4\.00 GB \| 0\.33 GB \| yes \|/);
		expect(markdown).toMatch(/\| Reader's first search at 10,000 reports[^|]*\| ≤ 150\.0 KB \| 160\.0 KB \| \*\*no\*\*/);
		expect(markdown).toMatch(/\| New query at 10,000 reports[^|]*\| ≤ 100 ms \| 300 ms \| \*\*no\*\*/);
		// From 2,000 to 10,000 sources the build grows 185.8 s per 1,000, 37 times the 5 s of the smallest sizes.
		expect(markdown).toMatch(/\| Linear growth of build time[^|]*\|[^|]*\| 37\.16x \| \*\*no\*\*/);
		// Memory that does not grow between the smallest sizes gives no ratio.
		expect(markdown).toMatch(/\| Linear growth of peak memory[^|]*\|[^|]*\| — \| not measured/);
	});

	it('names the largest page of each route at each size, and judges the largest of all', () => {
		const weighed = (r: (typeof results.sizes)[number], people: number) => ({
			...r,
			largestPages: [
				{ route: 'people/*/', path: 'people/bo-lind/index.html', bytes: people * 1024 },
				...(r.sources >= 500 ? [{ route: 'timeline/*/', path: 'timeline/2031-04/index.html', bytes: 20 * 1024 }] : []),
			],
		});
		const markdown = renderResults({ ...results, sizes: [weighed(results.sizes[0]!, 40), weighed(results.sizes[1]!, 90), weighed(results.sizes[2]!, 160)] });
		expect(markdown).toContain('| route | at 100 (KB) | at 500 (KB) | at 2000 (KB) | the page at 2000 |');
		expect(markdown).toContain('| `people/*/` | 40.0 | 90.0 | 160.0 | `people/bo-lind/index.html` |');
		expect(markdown).toContain('| `timeline/*/` | — | 20.0 | 20.0 | `timeline/2031-04/index.html` |');
		expect(markdown).toMatch(/\| Largest HTML page at any size[^|]*\| ≤ 150\.0 KB \| 160\.0 KB \| \*\*no\*\*/);
		expect(renderResults(results)).not.toContain('Largest page of each kind');
	});

	it('shows the stylesheets’ share of the page when it was measured', () => {
		const withStyles = (r: (typeof results.sizes)[number]) => ({ ...r, page: { ...r.page, styleGzipBytes: 2 * 1024 } });
		const markdown = renderResults({ ...results, sizes: results.sizes.map(withStyles) });
		expect(markdown).toContain('| 100 sources (`articles/a/`) | 7.0 KB | 1.0 KB | 2.0 KB | 1 | 140.0 KB, 420 ms |');
	});

	it('splits the cost per source into parts of the build that add up to the whole, when the builds were timed by phase', () => {
		expect(phaseSlopes(results)).toBeNull();
		expect(renderResults(results)).not.toContain('Where the cost per source goes');
		// The fastest build of each size is split 20% before rendering, 50% rendering and 30% after, of which the index is 500 ms.
		const split = (r: ReturnType<typeof run>) => ({ ...r, phases: { beforeRenderingMs: r.ms * 0.2, renderingMs: r.ms * 0.5, afterRenderingMs: r.ms * 0.3 } });
		const timedResults = { ...results, sizes: results.sizes.map((r) => ({ ...r, sourcebook: r.sourcebook.map(split), plain: r.plain.map(split) })) };
		const byPhase = phaseSlopes(timedResults)!;
		expect(byPhase.map((p) => p.sourcebook.toFixed(2))).toEqual(['1.00', '2.50', '0.00', '1.50']);
		expect(byPhase.map((p) => p.plain.toFixed(2))).toEqual(['0.50', '1.25', '0.00', '0.75']);
		expect(byPhase.reduce((sum, p) => sum + p.sourcebook, 0)).toBeCloseTo(5, 9);
		expect(byPhase[1]!.bySize[0]).toEqual({ sources: 100, sourcebook: 2000, plain: 1500 });
		const markdown = renderResults(timedResults);
		expect(markdown).toContain('| rendering and writing the pages | 2.50 | 1.25 | 2.0x | 50% | 2.0 / 1.5 | 3.0 / 2.0 | 6.8 / 3.9 |');
		expect(markdown).toContain('| after the pages: indexing | 0.00 | 0.00 | — | 0% | 0.5 / 0.5 |');
		// A part that costs a hair less than the baseline's is nothing, not "-0%".
		const nearlyEqual = {
			...timedResults,
			sizes: timedResults.sizes.map((r) => ({
				...r,
				plain: r.plain.map((run) => ({ ...run, phases: { ...run.phases, beforeRenderingMs: r.sourcebook[0]!.phases.beforeRenderingMs + r.sources * 0.001 } })),
			})),
		};
		expect(phaseSlopes(nearlyEqual)![0]!.plain).toBeGreaterThan(phaseSlopes(nearlyEqual)![0]!.sourcebook);
		expect(renderResults(nearlyEqual)).not.toContain('-0%');
	});

	it('gives the cost ratio of each round, when the builds were made round by round', () => {
		expect(roundRatios(results)).toBeNull();
		expect(renderResults(results)).not.toContain('Round by round');
		// Round 1 (the second build of each size) on lines of 9 and 3 ms per source: a ratio of 3.
		const second = new Map([
			[100, [1900, 2300]],
			[500, [5500, 3500]],
			[2000, [19_000, 8000]],
		]);
		const inRounds: Results = {
			...results,
			order: 'rounds',
			sizes: results.sizes.map((r) => {
				const [sourcebook, plain] = second.get(r.sources)!;
				return { ...r, sourcebook: [r.sourcebook[0]!, run(sourcebook!)], plain: [r.plain[0]!, run(plain!)] };
			}),
		};
		expect(roundRatios(inRounds)!.map((ratio) => ratio.toFixed(2))).toEqual(['2.00', '3.00']);
		expect(renderResults(inRounds)).toContain("the same ratio from each round's builds alone: 2.00x, 3.00x; median 2.50x.");
	});

	it('names what each article page fetched, when the responses were listed', () => {
		expect(renderResults(results)).not.toContain('What each of those loads fetched');
		const responses = [
			{ path: '/articles/a/', bytes: 5 * 1024 },
			{ path: '/favicon.svg', bytes: 205 },
		];
		const markdown = renderResults({ ...results, sizes: results.sizes.map((r) => ({ ...r, page: { ...r.page, responses } })) });
		expect(markdown).toContain('- 2000 sources: `/articles/a/` 5.0 KB, `/favicon.svg` 0.2 KB');
	});

	it('says in what environment both builds ran', () => {
		const markdown = renderResults({ ...results, buildEnvironment: { MIMALLOC_PURGE_DELAY: '0', MALLOC_ARENA_MAX: '2' } });
		expect(markdown).toContain('Both builds run in the environment that `npm run build` sets: `MIMALLOC_PURGE_DELAY=0 MALLOC_ARENA_MAX=2`.');
	});
});
