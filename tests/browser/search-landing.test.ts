/**
 * Every kind of subject can be searched for, by name, alias, words of a quote or number, and a
 * link among the top five results lands on an annotation of that kind in a source, with the
 * searched words marked. The same holds under a base sub-path.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSourcebook } from '../../src/loading/load.ts';
import { launchChromium } from '../support/browser.ts';
import { landing, topResults } from '../support/search.ts';
import { serve, type StaticServer } from '../support/server.ts';
import { sites } from '../support/sites.ts';

const queries: [query: string, kind: string][] = [
	['UN chief', 'person'],
	['Elad Benari', 'person'],
	['Psaki', 'person'],
	['Fox News', 'organization'],
	['Agence France-Presse', 'organization'],
	['Qatar', 'place'],
	['Kuwait City', 'place'],
	['deeply concerned', 'statement'],
	['crazy to be sitting around', 'statement'],
	['immediate ceasefire', 'statement'],
	['509', 'figure'],
	['13 Israeli soldiers', 'figure'],
	['series of interviews', 'event'],
	['November of 2012', 'event'],
];

// Statements and figures that both sources report, each searched by the opening words of its first wording.
const book = loadSourcebook('content');
const shared = book.subjects
	.filter((s) => (s.kind === 'statement' || s.kind === 'figure') && new Set(book.mentionsOf(s.id).map((m) => m.article)).size > 1)
	.map((s) => ({ subject: s.id, query: book.mentionsOf(s.id)[0]!.words.split(/\s+/).slice(0, 4).join(' '), anchors: book.mentionsOf(s.id).map((m) => `${m.article}/#${m.anchor}`) }));

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(async () => {
	await browser.close();
});

for (const site of Object.values(sites)) {
	describe(`search lands on the exact annotation (base ${site.base})`, () => {
		let server: StaticServer;
		beforeAll(async () => {
			server = await serve(site.outDir, site.base);
		});
		afterAll(async () => {
			await server.close();
		});

		it.each(queries)('"%s" offers, in the top five, a link to a %s annotation', async (query, kind) => {
			const page = await browser.newPage({ viewport: { width: 1280, height: 4000 } });
			try {
				await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
				const links = (await topResults(page)).flat().filter((link) => new URL(link.href).hash !== '');
				expect(links.length, `no link to an annotation among the top five results for "${query}"`).toBeGreaterThan(0);
				const landings = [];
				for (const link of links) {
					const landed = await landing(page, link.href);
					landings.push(landed);
					if (landed.kind === kind) break;
				}
				const hit = landings.find((l) => l.kind === kind);
				expect(hit, `landed on ${JSON.stringify(landings.map((l) => [l.hash, l.kind]))}`).toBeDefined();
				expect(hit!.path).toMatch(new RegExp(`^${site.base}articles/[a-z0-9-]+/$`));
				expect(hit!.annotation).toBe(true);
				// The searched words are marked in the annotation where it uses them (a name it does not use is not).
				const used = query.toLowerCase().split(/\s+/).filter((word) => new RegExp(`\\b${word}\\b`).test(hit!.text.toLowerCase()));
				if (kind === 'statement' || kind === 'figure') expect(used.length, 'the quote or number searched is in the annotation').toBeGreaterThan(0);
				expect(hit!.highlighted.map((w) => w.toLowerCase())).toEqual(expect.arrayContaining(used));
			} finally {
				await page.close();
			}
		});

		it('reaches a statement or figure that both sources report in each of them', async () => {
			expect(shared.length).toBeGreaterThan(0);
			const page = await browser.newPage({ viewport: { width: 1280, height: 4000 } });
			try {
				for (const { subject, query, anchors } of shared) {
					await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
					const reached = new Set(
						(await topResults(page))
							.flat()
							.map((link) => new URL(link.href))
							.filter((url) => anchors.includes(`${url.pathname.slice(`${site.base}articles/`.length)}${url.hash}`))
							.map((url) => url.pathname),
					);
					const reporting = new Set(book.mentionsOf(subject).map((m) => `${site.base}articles/${m.article}/`));
					expect([...reached].sort(), `${subject} ("${query}")`).toEqual([...reporting].sort());
				}
			} finally {
				await page.close();
			}
		});
	});
}
