/** The search page, where the build has one: typing a query and waiting for its results. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

export const searchPath = 'search/';

export function hasSearchPage(outDir: string): boolean {
	return existsSync(join(outDir, searchPath, 'index.html'));
}

/** Types a query into the page's search box and waits until results link to the sources. */
export async function showResults(page: Page, query: string): Promise<void> {
	const input = page.locator('main').locator('input[type="search"], [role="searchbox"]').first();
	const results = page.locator('main a[href*="/articles/"]');
	// The search script may still be starting when the box appears: type again until it answers.
	for (let attempt = 0; attempt < 30; attempt++) {
		await input.fill(query);
		// Results load as they scroll into view (below the filters on a narrow screen): bring them there.
		await page.locator('main [aria-label="Search results"]').first().scrollIntoViewIfNeeded({ timeout: 500 }).catch(() => undefined);
		if (await results.first().waitFor({ timeout: 500 }).then(() => true, () => false)) return;
		await input.fill('');
	}
	throw new Error(`No result for “${query}” on ${page.url()}`);
}
