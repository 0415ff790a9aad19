/** Driving the built site's search page in Chromium, as a reader does. */
import type { Browser, Page } from 'playwright-core';

/**
 * Runs `run` on a new page tall enough that every result is in view (Pagefind loads a result's data
 * as it scrolls into view), and closes it.
 */
export async function withTallPage(browser: Browser, run: (page: Page) => Promise<void>): Promise<void> {
	const page = await browser.newPage({ viewport: { width: 1280, height: 6000 } });
	try {
		await run(page);
	} finally {
		await page.close();
	}
}

export interface ResultLink {
	href: string;
	text: string;
}

/** The results' count announced by Pagefind's summary, once the search has run. */
export async function resultCount(page: Page): Promise<number> {
	const summary = page.locator('[data-search-page] pagefind-summary');
	await summary.filter({ hasText: /\d+ results? for|No results/i }).waitFor();
	return Number(/(\d+) results?/i.exec((await summary.textContent()) ?? '')?.[1] ?? 0);
}

/** The links of the first `n` results shown, in page order. */
async function shownResults(page: Page, n: number): Promise<ResultLink[][]> {
	const top = (await page.locator('[data-search-page] pagefind-results li.search-result').all()).slice(0, n);
	return Promise.all(
		top.map((item) =>
			item.locator('a').evaluateAll((links) =>
				links.map((a) => ({ href: (a as HTMLAnchorElement).href, text: a.textContent?.replace(/\s+/g, ' ').trim() ?? '' })),
			),
		),
	);
}

/**
 * The first `n` results once loaded: their links, in order. Pagefind loads result data lazily and
 * the Component UI shows each result as its data arrives, so the order holds once it stops changing.
 */
export async function topResults(page: Page, n = 5): Promise<ResultLink[][]> {
	const count = await resultCount(page);
	await page.waitForFunction((need) => document.querySelectorAll('[data-search-page] pagefind-results li.search-result').length >= need, Math.min(n, count));
	let shown = await shownResults(page, n);
	for (let i = 0; i < 20; i++) {
		await page.waitForTimeout(150);
		const again = await shownResults(page, n);
		if (JSON.stringify(again) === JSON.stringify(shown)) break;
		shown = again;
	}
	return shown;
}

/** What the reader lands on: the page's path, the `:target` annotation's kind and the marked words. */
export interface Landing {
	path: string;
	hash: string;
	kind: string | null;
	annotation: boolean;
	/** The text of the `:target` element. */
	text: string;
	/** The words the highlighter marked in the `:target` element. */
	highlighted: string[];
}

export async function landing(page: Page, href: string): Promise<Landing> {
	await page.goto(href);
	await page.waitForLoadState('load');
	// The highlighter loads on demand: give it its turn when the page asks for it.
	if (new URL(href).searchParams.has('highlight')) await page.locator('[data-source-body] mark.search-highlight').first().waitFor({ timeout: 5000 }).catch(() => undefined);
	return page.evaluate(() => {
		const target = document.querySelector(':target');
		return {
			path: location.pathname,
			hash: location.hash,
			kind: target?.getAttribute('data-kind') ?? null,
			annotation: target?.hasAttribute('data-annotation') ?? false,
			text: target?.textContent ?? '',
			highlighted: [...(target?.querySelectorAll('mark.search-highlight') ?? [])].map((m) => m.textContent ?? ''),
		};
	});
}
