/**
 * Lighthouse, mobile configuration, on the home page and every article of the built site: 100 in
 * performance, accessibility, best practices and SEO (npm run lighthouse records the scores).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { book } from '../support/content.ts';
import { audit, categories } from '../support/lighthouse.ts';
import { serve, type StaticServer } from '../support/server.ts';
import { sites } from '../support/sites.ts';

let server: StaticServer;
beforeAll(async () => {
	server = await serve(sites.root.outDir, sites.root.base, { gzip: true });
});
afterAll(async () => {
	await server?.close();
});

it('scores 100 in every category on the home page and every article', { timeout: 450_000 }, async () => {
	const audits = await audit([server.url, ...book.articles.map((a) => `${server.url}articles/${a.slug}/`)]);
	for (const { url, scores, shortfalls } of audits) {
		expect({ url, scores, shortfalls: shortfalls.filter((s) => categories.some((c) => s.startsWith(c) && scores[c] < 100)) }).toEqual({
			url,
			scores: Object.fromEntries(categories.map((c) => [c, 100])),
			shortfalls: [],
		});
	}
});
