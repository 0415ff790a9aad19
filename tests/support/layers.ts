/** Reading layers in tests (src/domain/views/layers.ts): which are shown, without a reader's clicks. */
import type { BrowserContext, Page } from 'playwright-core';
import { markLayers } from '../../src/domain/views/layers.ts';

/** Every mark and the note numbers. */
export const allLayers = markLayers.join(' ');

/** Shows layers on a loaded page without saving them, so the page's storage stays empty. */
export async function showLayers(page: Page, layers = allLayers): Promise<void> {
	await page.evaluate((shown) => (document.documentElement.dataset.layers = shown), layers);
}

/** A choice saved on an earlier visit: the context's pages load with it until the reader changes it. */
export async function savedLayers(context: BrowserContext, layers = allLayers): Promise<void> {
	await context.addInitScript((shown) => {
		if (localStorage.getItem('sourcebook-layers') === null) localStorage.setItem('sourcebook-layers', shown);
	}, layers);
}
