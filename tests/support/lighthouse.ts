/**
 * Lighthouse (the npm package) with Debian's Chromium, in its default mobile configuration:
 * the four category scores of a page, with the audits that cost points, from the median of
 * several runs.
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { chromiumArgs, chromiumPath } from './browser.ts';

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof categories)[number];

export interface Audit {
	url: string;
	/** Scores from 0 to 100. */
	scores: Record<Category, number>;
	/** The audits that did not pass in full, with their score, to explain a score below 100. */
	shortfalls: string[];
	/** Lab metrics of the run, in milliseconds (CLS unitless). */
	metrics: Record<string, number>;
}

type Report = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

const metricIds = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];

/**
 * Each page is audited `runs` times and judged by the median run, as Lighthouse picks it (the run
 * nearest the median first paint and time to interactive): a single run's total blocking time
 * swung from 0 to 49 ms on an unchanged page here, and to 90 ms with other tests running beside it.
 */
export async function audit(urls: string[], runs = 3): Promise<Audit[]> {
	const chrome = await launch({ chromePath: chromiumPath, chromeFlags: ['--headless=new', ...chromiumArgs] });
	try {
		const audits: Audit[] = [];
		for (const url of urls) {
			const lhrs: Report[] = [];
			for (let run = 0; run < runs; run++) {
				const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
				if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
				if (result.lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${result.lhr.runtimeError.message}`);
				lhrs.push(result.lhr);
			}
			// Its declaration names Lighthouse's global LH types, which this project does not load.
			const lhr = computeMedianRun(lhrs) as Report;
			const scores = Object.fromEntries(categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Record<Category, number>;
			const shortfalls = categories.flatMap((c) =>
				(lhr.categories[c]?.auditRefs ?? [])
					.filter((ref) => ref.weight > 0)
					.map((ref) => lhr.audits[ref.id]!)
					.filter((a) => a.score !== null && a.score < 1)
					.map((a) => `${c}: ${a.id} (${Math.round((a.score ?? 0) * 100)}) ${a.displayValue ?? ''}`.trim()),
			);
			const metrics = Object.fromEntries(metricIds.map((id) => [id, lhr.audits[id]?.numericValue ?? Number.NaN]));
			audits.push({ url, scores, shortfalls, metrics });
		}
		return audits;
	} finally {
		chrome.kill();
	}
}
