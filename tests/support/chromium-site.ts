/** A Chromium and a server for the root build, shared by the tests of one file. */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser.ts';
import { serve, type StaticServer } from './server.ts';
import { sites } from './sites.ts';

export interface ChromiumSite {
	/** Opens a page of the site in a fresh context (close it with `page.context().close()`). */
	open(path: string, options?: BrowserContextOptions): Promise<Page>;
	readonly server: StaticServer;
	readonly browser: Browser;
}

export function useChromiumSite(site: { outDir: string; base: string } = sites.root): ChromiumSite {
	let browser: Browser;
	let server: StaticServer;
	beforeAll(async () => {
		browser = await launchChromium();
		server = await serve(site.outDir, site.base);
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});
	return {
		get server() {
			return server;
		},
		get browser() {
			return browser;
		},
		async open(path, options = {}) {
			const context = await browser.newContext(options);
			const page = await context.newPage();
			await page.goto(server.url + path);
			return page;
		},
	};
}
