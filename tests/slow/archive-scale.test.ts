/**
 * An archive of more sources than the first edition, built for real: what would grow with the
 * square of the archive is bounded. A note names one other source and counts the rest, a
 * paragraph links to at most three related sources, and past six sources /compare/ summarizes
 * instead of setting every subject side by side in every source, /compare/figures/ lists each
 * figure once instead of every source's report, a subject page lists each term once, and a
 * figure page's measure table names one source of a figure and counts the rest.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toString } from 'hast-util-to-string';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentInput, makeArchive, writeFiles } from '../support/archive.ts';
import { counterpartSources } from '../../src/domain/views/counterparts.ts';
import { sideBySideLimit } from '../../src/domain/views/comparison.ts';
import { buildSourcebook } from '../../src/domain/model/sourcebook.ts';
import { kindNames } from '../../src/domain/model/schema.ts';
import { compareMeasures } from '../../src/domain/views/measures.ts';
import { figuresPerMeasure, sharedPerKind } from '../../src/domain/views/pagination.ts';
import { buildSite } from '../support/build.ts';
import { attribute, readPage, select, selectAll } from '../support/html.ts';

// Enough sources that some subject, and some figure, is in more than `sideBySideLimit` of them.
const sources = 20;
const archive = makeArchive(sources, 11);
const book = buildSourcebook(contentInput(archive));
const dir = mkdtempSync(join(tmpdir(), 'sourcebook-scale-'));
const outDir = join(dir, 'site');

beforeAll(() => {
	writeFiles(join(dir, 'content'), archive.files);
	const build = buildSite({ outDir, contentDir: join(dir, 'content'), cacheDir: join(dir, 'cache') });
	expect(build.status, build.output.slice(-3000)).toBe(0);
}, 240_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const article = book.articles[0]!;
const page = () => readPage(outDir, `articles/${article.slug}/`);

describe(`an archive of ${sources} sources`, () => {
	it('names, in each note, the first other source that mentions the subject and counts the rest', () => {
		const notes = page();
		let counted = 0;
		for (const note of article.notes) {
			const item = select(`[id="${note.id}"]`, notes)!;
			const others = book.mentionsByArticle(note.subjectId).filter((g) => g.article !== article);
			// The note ends with where else the subject is: "Also in …." and "And in N more sources."
			const said = toString(item).replace(/\s+/g, ' ').trim();
			const also = [...said.matchAll(/(?:Also|And) in .*?\.(?= And in |$)/g)].map((match) => match[0]);
			if (others.length === 0) expect(also).toEqual([]);
			else expect(also[0]).toBe(`Also in ${others[0]!.article.meta.title}${others[0]!.mentions.length > 1 ? ` (${others[0]!.mentions.length} mentions)` : ''}.`);
			if (others.length > 1) {
				counted++;
				expect(also[1]).toBe(`And in ${others.length - 1} more ${others.length - 1 === 1 ? 'source' : 'sources'}.`);
			}
		}
		expect(counted, 'some subject is in three sources or more').toBeGreaterThan(0);
	});

	it(`links each paragraph to at most ${counterpartSources} other sources`, () => {
		const paragraphs = selectAll('[data-source-body] p', page());
		expect(paragraphs.length).toBeGreaterThan(0);
		const linked = new Set<string>();
		for (const paragraph of paragraphs) {
			// A counterpart's href is `../<slug>/#<anchor>`.
			const targets = selectAll('a.counterpart', paragraph).map((a) => attribute(a, 'href')!.split('/')[1]!);
			expect(new Set(targets).size).toBe(targets.length);
			for (const target of targets) linked.add(target);
		}
		expect(linked.size).toBeGreaterThan(0);
		expect(linked.size).toBeLessThanOrEqual(counterpartSources);
	});

	it('summarizes /compare/: the subjects the most sources report, with their number and a link to their page', () => {
		const compare = readPage(outDir, 'compare/');
		expect(selectAll('.side-by-side', compare)).toEqual([]);
		const listed = selectAll('ul.compare-summary li', compare);
		// Of each kind, the subjects the most sources report, at most `sharedPerKind`; the rest counted.
		let cut = 0;
		for (const kind of kindNames) {
			const shared = book.subjects.filter((s) => s.kind === kind && book.mentionsByArticle(s.id).length >= 2);
			const items = selectAll(`ul.compare-summary[data-shared="${kind}"] li`, compare);
			expect(items).toHaveLength(Math.min(shared.length, sharedPerKind));
			const counts = items.map((li) => book.mentionsByArticle(book.subjects.find((s) => `/${s.path}` === attribute(select('a', li)!, 'href'))!.id).length);
			expect(counts).toEqual([...counts].sort((a, b) => b - a));
			const fewest = counts.at(-1) ?? 0;
			expect(shared.filter((s) => book.mentionsByArticle(s.id).length > fewest).length).toBeLessThanOrEqual(items.length);
			const more = select(`section:has(ul.compare-summary[data-shared="${kind}"]) [data-more-shared]`, compare);
			if (shared.length > sharedPerKind) {
				cut++;
				expect(attribute(more!, 'dataMoreShared')).toBe(String(shared.length - sharedPerKind));
			} else expect(more).toBeUndefined();
		}
		expect(cut, 'some kind has more shared subjects than the summary names').toBeGreaterThan(0);
		for (const li of listed) {
			const subject = book.subjects.find((s) => `/${s.path}` === attribute(select('a', li)!, 'href'))!;
			expect(toString(li)).toContain(`in ${book.mentionsByArticle(subject.id).length} sources`);
		}
	});

	it('compares figures figure by figure on /compare/figures/: the latest of each measure, once, with the number of sources that give it', () => {
		const page = readPage(outDir, 'compare/figures/');
		expect(selectAll('table.measure-overview thead th', page).map((th) => toString(th))).toEqual(['Measure', 'Figures given', 'Sources']);
		// Each measure's latest figures, at most `figuresPerMeasure`.
		const figures = compareMeasures(book).flatMap((m) => m.figures.slice(-figuresPerMeasure));
		expect(figures.length).toBeLessThan(book.subjects.filter((s) => s.kind === 'figure').length);
		const rows = selectAll('tr[data-figure]', page);
		expect(rows.map((row) => attribute(row, 'dataFigure')).sort()).toEqual(figures.map((f) => f.id).sort());
		for (const row of rows) {
			const given = book.mentionsByArticle(attribute(row, 'dataFigure')!);
			expect(attribute(row, 'dataSources')).toBe(String(given.length));
			if (given.length > 0) expect(attribute(select('a[data-annotation-link]', row)!, 'href')).toBe(`/articles/${given[0]!.article.slug}/#${given[0]!.mentions[0]!.anchor}`);
		}
		expect(selectAll('svg.measure-chart g[data-figure]', page)).toHaveLength(figures.length);
		expect(selectAll('svg.measure-chart g[data-article]', page)).toEqual([]);
	});

	it(`names, in a figure page's measure table, every source of a figure up to ${sideBySideLimit}, past that the first and a count`, () => {
		for (const figure of book.subjects.filter((s) => s.kind === 'figure')) {
			const page = readPage(outDir, figure.path);
			const rows = selectAll('section[aria-labelledby="measure-heading"] tr[data-figure]', page);
			expect(rows.length).toBeGreaterThan(0);
			for (const row of rows) {
				const id = attribute(row, 'dataFigure')!;
				const groups = book.mentionsByArticle(id);
				const cell = selectAll('td', row).at(-1)!;
				const named = groups.length <= sideBySideLimit ? groups : groups.slice(0, 1);
				expect(selectAll('div:not([data-more-sources]) > a', cell).map((a) => attribute(a, 'href'))).toEqual(
					named.map((g) => `/articles/${g.article.slug}/#${g.mentions[0]!.anchor}`),
				);
				const more = select('[data-more-sources]', cell);
				if (groups.length <= sideBySideLimit) {
					expect(more).toBeUndefined();
					continue;
				}
				expect(toString(more!).replace(/\s+/g, ' ').trim()).toBe(`And in ${groups.length - 1} more sources.`);
				const own = id === figure.id;
				expect(attribute(select('a', more!)!, 'href')).toBe(own ? '#mentions-heading' : `/${book.subject(id)!.path}#mentions-heading`);
			}
			expect(select('#mentions-heading', page)).toBeDefined();
		}
		// In a growing cast few figures are reported again, here by no more than the limit: the cut
		// itself is unit-tested (namedSources); this checks that each row names what it says.
	});

	it(`lists, on a subject page past ${sideBySideLimit} sources, each term once with the number of sources that use it`, () => {
		// People, organizations and places have a list of terms; statements and figures their own tables.
		const withTerms = new Set(['person', 'organization', 'place']);
		const wide = book.subjects.filter((s) => withTerms.has(s.kind) && book.mentionsByArticle(s.id).length > sideBySideLimit);
		expect(wide.length, `some subject is in more than ${sideBySideLimit} sources`).toBeGreaterThan(0);
		for (const subject of wide) {
			const groups = book.mentionsByArticle(subject.id);
			const terms = select('[data-source-terms]', readPage(outDir, subject.path))!;
			expect(selectAll('.side', terms)).toEqual([]);
			const items = selectAll('[data-terms-across] li', terms);
			const words = (text: string) => text.replace(/\s+/g, ' ').trim();
			const used = new Map<string, Set<string>>();
			for (const { article, mentions } of groups) for (const m of mentions) used.set(words(m.words), (used.get(words(m.words)) ?? new Set()).add(article.slug));
			expect(items.map((li) => toString(select('a', li)!))).toEqual(expect.arrayContaining([...used.keys()].map((w) => `“${w}”`)));
			expect(items).toHaveLength(used.size);
			for (const li of items) {
				const term = toString(select('a', li)!).slice(1, -1);
				expect(toString(li)).toContain(`in ${used.get(term)!.size} of ${groups.length} sources`);
			}
		}
	});
});
