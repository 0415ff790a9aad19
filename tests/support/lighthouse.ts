/**
 * Lighthouse (the npm package) with Debian's Chromium, in its default mobile configuration:
 * the four category scores of a page, with the audits that cost points.
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
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

const metricIds = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];

export async function audit(urls: string[]): Promise<Audit[]> {
	const chrome = await launch({ chromePath: chromiumPath, chromeFlags: ['--headless=new', ...chromiumArgs] });
	try {
		const audits: Audit[] = [];
		for (const url of urls) {
			const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
			if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
			const { lhr } = result;
			if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.message}`);
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
