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
	await page.locator('main').locator('input[type="search"], input.pagefind-ui__search-input, [role="searchbox"]').first().fill(query);
	await page.locator('main a[href*="/articles/"]').first().waitFor({ timeout: 15_000 });
}
