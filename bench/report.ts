/** The benchmark's results as data, and as the committed Markdown report with its budgets. Pure. */
import type { PageWeight, Phases, ReaderSearch, Run, SearchRun } from './measure.ts';
import type { LargestPage } from './routes.ts';
import { atMost, fitLine, growthRatio, median, min, type Budget } from './stats.ts';

/** What is measured of one built site: its size, an article page, and searches. */
export interface SiteMeasures {
	pages: number;
	outputBytes: number;
	indexBytes: number;
	page: PageWeight;
	/** Pagefind's browser API alone: what any search UI costs at the least. */
	search: SearchRun;
	/** The site's own quick search, as a reader uses it. */
	readerSearch: ReaderSearch;
	/** The largest HTML page of each route (absent in reports made before they were weighed). */
	largestPages?: LargestPage[];
}

export interface SizeResult extends SiteMeasures {
	sources: number;
	annotations: number;
	/** Repeated, interleaved builds of the same archive. */
	sourcebook: Run[];
	plain: Run[];
}

/** The first edition (`content/`), measured the same way. */
export type EditionResult = SiteMeasures;

export interface Results {
	date: string;
	command: string;
	/** What `npm run build` sets in the environment of both builds (absent in reports made before it did). */
	buildEnvironment?: Record<string, string>;
	seed: number;
	repetitions: number;
	/** `rounds`: every size built once each way per round, round after round (absent in reports made size by size). */
	order?: 'rounds';
	machine: { cpus: number; cpuModel: string; memoryGB: number; os: string };
	versions: Record<string, string>;
	sizes: SizeResult[];
	edition: EditionResult | null;
	notes: string[];
}

const kb = (bytes: number) => bytes / 1024;
const s = (ms: number) => (ms / 1000).toFixed(1);
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);

export interface Slopes {
	/**
	 * Milliseconds per source, and fixed start-up, from the fastest build of each size: on a shared
	 * machine other work only ever adds time, so the minimum is the least disturbed measurement.
	 */
	sourcebook: ReturnType<typeof fitLine>;
	plain: ReturnType<typeof fitLine>;
	ratio: number;
	growth: number | null;
	/** The same lines in processor time, which other work on a shared machine inflates far less. */
	processor: { sourcebook: ReturnType<typeof fitLine>; plain: ReturnType<typeof fitLine>; ratio: number };
}

export function slopes(results: Results): Slopes | null {
	if (results.sizes.length < 2) return null;
	const line = (pick: (r: SizeResult) => Run[], time: (run: Run) => number = (run) => run.ms) =>
		fitLine(results.sizes.map((r) => [r.sources, min(pick(r).map(time))] as const));
	const sourcebook = line((r) => r.sourcebook);
	const plain = line((r) => r.plain);
	const processor = { sourcebook: line((r) => r.sourcebook, (run) => run.cpuMs), plain: line((r) => r.plain, (run) => run.cpuMs) };
	return {
		processor: { ...processor, ratio: processor.sourcebook.slope / processor.plain.slope },
		sourcebook,
		plain,
		ratio: sourcebook.slope / plain.slope,
		growth: growthRatio(results.sizes.map((r) => [r.sources, min(r.sourcebook.map((run) => run.ms))] as const)),
	};
}

/**
 * The cost ratio round by round, for results built in rounds: the line through one round's builds,
 * Sourcebook's slope over plain's. A round's builds lie minutes apart, so the spread of these
 * ratios shows how far this machine's changing speed moves the ratio. Null for results built size
 * by size, whose n-th builds of two sizes lie far apart.
 */
export function roundRatios(results: Results): number[] | null {
	if (results.order !== 'rounds' || results.sizes.length < 2) return null;
	const rounds = Math.min(...results.sizes.flatMap((r) => [r.sourcebook.length, r.plain.length]));
	return Array.from({ length: rounds }, (_, round) => {
		const slope = (pick: (r: SizeResult) => Run[]) => fitLine(results.sizes.map((r) => [r.sources, pick(r)[round]!.ms] as const)).slope;
		return slope((r) => r.sourcebook) / slope((r) => r.plain);
	});
}

/** A build's wall time in four parts that add up to it: the three phases, indexing taken out of the last. */
const parts: { name: string; ms: (run: Run & { phases: Phases }) => number }[] = [
	{ name: 'before rendering: Astro, the content, bundling', ms: (run) => run.phases.beforeRenderingMs },
	{ name: 'rendering and writing the pages', ms: (run) => run.phases.renderingMs },
	{ name: 'after the pages: indexing', ms: (run) => run.indexMs },
	{ name: 'after the pages: data files, sitemap, exit', ms: (run) => run.phases.afterRenderingMs - run.indexMs },
];

const timedByPhase = (run: Run): run is Run & { phases: Phases } => run.phases !== undefined;

/** The fastest of the builds, the one the cost line is drawn through. */
const fastest = (runs: Run[]): Run => runs.reduce((best, run) => (run.ms < best.ms ? run : best));

export interface PhaseSlope {
	name: string;
	/** Milliseconds per source, from the fastest build of each size: the parts' slopes add up to the whole's. */
	sourcebook: number;
	plain: number;
	/** Per size: the fastest build's time in this part, Sourcebook and plain. */
	bySize: { sources: number; sourcebook: number; plain: number }[];
}

/** Where the cost per source goes: the cost line of each part of the build. Null for a report without phases. */
export function phaseSlopes(results: Results): PhaseSlope[] | null {
	if (results.sizes.length < 2) return null;
	const runs = results.sizes.flatMap((r) => {
		const sourcebook = fastest(r.sourcebook);
		const plain = fastest(r.plain);
		return timedByPhase(sourcebook) && timedByPhase(plain) ? [{ sources: r.sources, sourcebook, plain }] : [];
	});
	if (runs.length < results.sizes.length) return null;
	return parts.map(({ name, ms }) => {
		const bySize = runs.map((r) => ({ sources: r.sources, sourcebook: ms(r.sourcebook), plain: ms(r.plain) }));
		const slope = (pick: (size: (typeof bySize)[number]) => number) => fitLine(bySize.map((size) => [size.sources, pick(size)] as const)).slope;
		return { name, sourcebook: slope((size) => size.sourcebook), plain: slope((size) => size.plain), bySize };
	});
}

/** The archive size the absolute budgets are set for. */
export const archiveAtScale = 10_000;

/**
 * The archive's budgets: at 10,000 reports a build of at most 30 minutes, 4 GB of memory and 4 GB
 * written; time and memory growing at most linearly (the marginal cost between the two largest
 * sizes at most 1.3 times that between the two smallest); no page over 150 KB at any size; and a
 * reader's first search of at most 150 KB, a new query under 100 ms.
 */
export function budgets(results: Results): Budget[] {
	const atScale = results.sizes.find((r) => r.sources >= archiveAtScale) ?? null;
	const scale = archiveAtScale.toLocaleString('en');
	const growth = (measure: (r: SizeResult) => number) => growthRatio(results.sizes.map((r) => [r.sources, measure(r)] as const));
	const peakMB = (r: SizeResult) => Math.max(...r.sourcebook.map((run) => run.peakMB));
	const weighed = weighedSizes(results);
	const largestPage = weighed.length > 0 ? Math.max(...weighed.flatMap((r) => r.largestPages.map((p) => p.bytes))) : null;
	const format = (digits: number) => (v: number) => v.toFixed(digits);
	return [
		atMost(`Build at ${scale} reports (wall time, fastest)`, atScale ? min(atScale.sourcebook.map((r) => r.ms)) / 60_000 : null, 30, ' min'),
		atMost(`Peak memory at ${scale} reports (every process of the build)`, atScale ? peakMB(atScale) / 1024 : null, 4, ' GB', format(2)),
		atMost(`Output at ${scale} reports (pages, data files and search index)`, atScale ? (atScale.outputBytes + atScale.indexBytes) / 2 ** 30 : null, 4, ' GB', format(2)),
		atMost('Linear growth of build time (marginal cost between the largest sizes over the smallest)', growth((r) => min(r.sourcebook.map((run) => run.ms))), 1.3, 'x', format(2)),
		atMost('Linear growth of peak memory (the same)', growth(peakMB), 1.3, 'x', format(2)),
		atMost('Largest HTML page at any size (uncompressed)', largestPage === null ? null : kb(largestPage), 150, ' KB'),
		atMost(`Reader's first search at ${scale} reports (the quick search)`, atScale ? kb(atScale.readerSearch.bytes) : null, 150, ' KB'),
		atMost(`New query at ${scale} reports (Pagefind, a second search after the reader's pause)`, atScale ? atScale.search.second.ms : null, 100, ' ms', format(0)),
	];
}

/** The sizes whose pages were weighed (reports made before that have none). */
function weighedSizes(results: Results): (SizeResult & { largestPages: LargestPage[] })[] {
	return results.sizes.filter((r): r is SizeResult & { largestPages: LargestPage[] } => r.largestPages !== undefined && r.largestPages.length > 0);
}

/** The largest page of each route, per size: the routes of the largest size first, by their page's weight there. */
function largestPageLines(results: Results): string[] {
	const weighed = weighedSizes(results);
	if (weighed.length === 0) return [];
	const routes = [...new Set(weighed.toReversed().flatMap((r) => r.largestPages.map((p) => p.route)))];
	const at = (r: SizeResult, route: string) => r.largestPages?.find((p) => p.route === route);
	const last = weighed.at(-1)!;
	return [
		'## Largest page of each kind',
		'',
		'Every HTML page of each build, grouped by the route it was built from (`*` a name, `N` a page number); uncompressed bytes. Budget: none over 150 KB.',
		'',
		table(
			['route', ...weighed.map((r) => `at ${r.sources} (KB)`), `the page at ${last.sources}`],
			routes.map((route) => [`\`${route}\``, ...weighed.map((r) => (at(r, route) ? kb(at(r, route)!.bytes).toFixed(1) : '—')), at(last, route) ? `\`${at(last, route)!.path}\`` : '—']),
		),
		'',
	];
}

const table = (head: string[], rows: (string | number)[][]) =>
	[`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

const searchCells = (run: SearchRun) =>
	[run.first, run.repeat, run.second].map((step) => `${kb(step.bytes).toFixed(1)} KB, ${step.ms.toFixed(0)} ms (${step.results})`);

function buildEnvironmentNote(env: Record<string, string> | undefined): string {
	const pairs = Object.entries(env ?? {});
	if (pairs.length === 0) return '';
	return ` Both builds run in the environment that \`npm run build\` sets: \`${pairs.map(([name, value]) => `${name}=${value}`).join(' ')}\`.`;
}

/** Each article page's responses until `load`, named, so that a load that fetched more says what. */
function responseLines(rows: { label: string; page: PageWeight }[]): string[] {
	const listed = rows.flatMap(({ label, page }) => (page.responses ? [{ label, responses: page.responses }] : []));
	if (listed.length === 0) return [];
	return [
		'What each of those loads fetched until `load` (gzip):',
		'',
		...listed.map(({ label, responses }) => `- ${label}: ${responses.map((r) => `\`${r.path}\` ${kb(r.bytes).toFixed(1)} KB`).join(', ')}`),
		'',
	];
}

/** The report; `analysis` (Markdown) explains the results and is kept in bench/analysis.md. */
export function renderResults(results: Results, analysis = ''): string {
	const fit = slopes(results);
	const lines: string[] = [
		'# Benchmark results',
		'',
		`Measured ${results.date} with \`${results.command}\` (seed ${results.seed}, ${results.repetitions} interleaved repetitions per build).${buildEnvironmentNote(results.buildEnvironment)}`,
		'',
		`Machine: ${results.machine.cpus} × ${results.machine.cpuModel}, ${results.machine.memoryGB.toFixed(0)} GB, ${results.machine.os}. ` +
			`Versions: ${Object.entries(results.versions).map(([k, v]) => `${k} ${v}`).join(', ')}.`,
		'',
		'## Budgets',
		'',
		table(
			['budget', 'limit', 'measured', 'met'],
			budgets(results).map((b) => [b.name, b.limit, b.measured ?? '—', b.met === null ? `not measured${b.note ? `: ${b.note}` : ''}` : b.met ? 'yes' : `**no**: ${b.note}`]),
		),
		'',
		'## Builds',
		'',
		'Wall time of `astro build` (min / median over the repetitions), its processor time (min), peak resident memory of the build’s process tree, and the search index. Both builds write their Pagefind index (the same integration); indexing is part of the build time and shown on its own (min).',
		'',
		table(
			['sources', 'annotations', 'Sourcebook build (s)', 'plain Markdown build (s)', 'processor time, Sourcebook / plain (s)', 'peak memory (MB)', 'indexing (s)', 'pages', 'output', 'index'],
			results.sizes.map((r) => [
				r.sources,
				r.annotations,
				`${s(min(r.sourcebook.map((x) => x.ms)))} / ${s(median(r.sourcebook.map((x) => x.ms)))}`,
				`${s(min(r.plain.map((x) => x.ms)))} / ${s(median(r.plain.map((x) => x.ms)))}`,
				`${s(min(r.sourcebook.map((x) => x.cpuMs)))} / ${s(min(r.plain.map((x) => x.cpuMs)))}`,
				`${Math.max(...r.sourcebook.map((x) => x.peakMB)).toFixed(0)} (plain ${Math.max(...r.plain.map((x) => x.peakMB)).toFixed(0)})`,
				`${s(min(r.sourcebook.map((x) => x.indexMs)))} (plain ${s(min(r.plain.map((x) => x.indexMs)))})`,
				r.pages,
				`${mb(r.outputBytes)} MB`,
				`${mb(r.indexBytes)} MB`,
			]),
		),
		'',
	];
	if (fit) {
		lines.push(
			`Cost per source (least-squares line through the fastest build of each size): Sourcebook ${fit.sourcebook.slope.toFixed(2)} ms/source + ${s(fit.sourcebook.intercept)} s start-up (r² ${fit.sourcebook.r2.toFixed(3)}); ` +
				`plain Markdown ${fit.plain.slope.toFixed(2)} ms/source + ${s(fit.plain.intercept)} s (r² ${fit.plain.r2.toFixed(3)}): ratio ${fit.ratio.toFixed(2)}x.` +
				(fit.growth === null ? '' : ` Marginal cost, largest sizes over smallest: ${fit.growth.toFixed(2)}x.`) +
				` In processor time: Sourcebook ${fit.processor.sourcebook.slope.toFixed(2)} ms/source, plain ${fit.processor.plain.slope.toFixed(2)} ms/source: ratio ${fit.processor.ratio.toFixed(2)}x.`,
			'',
		);
		const rounds = roundRatios(results);
		if (rounds) {
			lines.push(
				`Round by round (each round builds every size once each way, its builds minutes apart), the same ratio from each round's builds alone: ${rounds.map((ratio) => `${ratio.toFixed(2)}x`).join(', ')}; median ${median(rounds).toFixed(2)}x.`,
				'',
			);
		}
	}
	const byPhase = phaseSlopes(results);
	if (fit && byPhase) {
		const difference = fit.sourcebook.slope - fit.plain.slope;
		lines.push(
			'### Where the cost per source goes',
			'',
			'Each build’s wall time split at Astro’s own messages (the first page, the last) and at the search integration’s: the same least-squares line through the fastest build of each size, drawn for each part. The parts’ slopes add up to the whole’s; *share of the difference* is each part’s share of what Sourcebook costs per source over plain Markdown.',
			'',
			table(
				['part of the build', 'Sourcebook (ms/source)', 'plain (ms/source)', 'ratio', 'share of the difference', ...results.sizes.map((r) => `at ${r.sources}: Sourcebook / plain (s)`)],
				byPhase.map((phase) => [
					phase.name,
					phase.sourcebook.toFixed(2),
					phase.plain.toFixed(2),
					phase.plain > 0 ? `${(phase.sourcebook / phase.plain).toFixed(1)}x` : '—',
					// Rounded as a number: toFixed would write a part that costs nothing more as "-0%".
					`${Math.round(((phase.sourcebook - phase.plain) / difference) * 100)}%`,
					...phase.bySize.map((size) => `${s(size.sourcebook)} / ${s(size.plain)}`),
				]),
			),
			'',
		);
	}
	lines.push(...largestPageLines(results));
	const pageRows = [
		...(results.edition ? [{ label: 'first edition', page: results.edition.page, search: results.edition.search, reader: results.edition.readerSearch }] : []),
		...results.sizes.map((r) => ({ label: `${r.sources} sources`, page: r.page, search: r.search, reader: r.readerSearch })),
	];
	lines.push(
		'## In Chromium',
		'',
		'An article page loaded with an empty cache over loopback (bytes as a gzip-compressing server would send them). The reader’s first search: on that page, `/` opens the quick search and the query is typed; bytes from opening it to the first result shown (the search UI, Pagefind, its index and the results’ data), and milliseconds from typing to the first result (the field’s typing debounce included). Then Pagefind’s browser API alone, in a fresh page: a first search, the same query again seven times (the median shown) and, after a pause of a second, a different one, each loading five results’ data: bytes fetched and milliseconds, with the number of results.',
		'',
		table(
			['archive', 'article page (gzip)', 'of which script', 'of which styles', 'requests', 'reader’s first search', 'Pagefind: first search', 'repeat', 'new query'],
			pageRows.map(({ label, page, search, reader }) => [
				`${label} (\`${page.path}\`)`,
				`${kb(page.gzipBytes).toFixed(1)} KB`,
				`${kb(page.scriptGzipBytes).toFixed(1)} KB`,
				page.styleGzipBytes === undefined ? '—' : `${kb(page.styleGzipBytes).toFixed(1)} KB`,
				page.requests,
				`${kb(reader.bytes).toFixed(1)} KB, ${reader.ms.toFixed(0)} ms`,
				...searchCells(search),
			]),
		),
		'',
		...responseLines(pageRows),
		'What each article page’s HTML is made of (each part gzipped on its own), and the least it could weigh: the page cut down to what the site’s markup rules and features require of it (`bench/required-markup.ts`):',
		'',
		table(
			['archive', ...Object.keys(pageRows[0]?.page.parts ?? {})],
			pageRows.map(({ label, page }) => [label, ...Object.values(page.parts).map((bytes) => `${kb(bytes).toFixed(1)} KB`)]),
		),
		'',
	);
	if (results.notes.length > 0) lines.push('## Notes', '', ...results.notes.map((n) => `- ${n}`), '');
	if (analysis.trim()) lines.push(analysis.trim(), '');
	return lines.join('\n');
}
