/**
 * The comparison, figures and timeline pages of the built site, checked against the content
 * itself (read through the domain's loader, not the comparison module the pages use).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { subjectsOf } from '../../src/domain/views/queries.ts';
import { kinds } from '../../src/domain/model/schema.ts';
import { book } from '../support/content.ts';
import { attribute, readPage, select, selectAll } from '../support/html.ts';
import { sites } from '../support/sites.ts';

const { outDir } = sites.root;
const compare = readPage(outDir, 'compare/');
const text = (element: Element | undefined) => toString(element!).replace(/\s+/g, ' ').trim();
const squash = (value: string) => value.replace(/\s+/g, ' ').trim();

/** The articles reporting each subject, from the mentions themselves. */
const reporters = new Map(book.subjects.map((s) => [s.id, [...new Set(book.mentionsOf(s.id).map((m) => m.article))]]));
const shared = book.subjects.filter((s) => reporters.get(s.id)!.length >= 2);
const onlyOne = book.subjects.filter((s) => reporters.get(s.id)!.length === 1);

/** Resolves a link of a built page to the page it lands on, and checks the fragment is an id there. */
function landsOnAnnotation(fromPath: string, link: string): boolean {
	const url = new URL(link, `http://site${sites.root.base}${fromPath}`);
	const page = url.pathname.slice(sites.root.base.length);
	if (!existsSync(join(outDir, page, 'index.html'))) return false;
	const id = decodeURIComponent(url.hash.slice(1));
	const target = select(`[id="${id}"]`, readPage(outDir, page));
	return target !== undefined && attribute(target, 'dataAnnotation') !== undefined;
}

const links = (element: Element | Root) => selectAll('a[href]', element).map((a) => attribute(a, 'href')!);

describe('the comparison page', () => {
	it('has subjects both sources report, and subjects only one reports', () => {
		expect(shared.length).toBeGreaterThan(0);
		expect(onlyOne.length).toBeGreaterThan(0);
	});

	it('aligns every subject reported by several sources, linking each source’s annotation', () => {
		for (const subject of shared) {
			const row = select(`[data-shared] [data-compare-subject="${subject.id}"]`, compare);
			expect(row, subject.id).toBeDefined();
			const hrefs = links(row!);
			for (const slug of reporters.get(subject.id)!) {
				const first = book.mentionsOf(subject.id).find((m) => m.article === slug)!;
				expect(hrefs, `${subject.id} in ${slug}`).toContain(`/articles/${slug}/#${first.anchor}`);
				const side = select(`[data-side="${slug}"]`, row!);
				expect(text(side)).toContain(squash(first.words));
			}
			for (const href of hrefs.filter((h) => h.includes('/articles/') && h.includes('#'))) expect(landsOnAnnotation('compare/', href), href).toBe(true);
		}
	});

	it('lists every subject only one source reports under that source, and not as shared', () => {
		for (const subject of onlyOne) {
			const [slug] = reporters.get(subject.id)!;
			const row = select(`[data-only-in="${slug}"] [data-compare-subject="${subject.id}"]`, compare);
			expect(row, subject.id).toBeDefined();
			const first = book.mentionsOf(subject.id)[0]!;
			expect(links(row!)).toContain(`/articles/${slug}/#${first.anchor}`);
			expect(select(`[data-shared] [data-compare-subject="${subject.id}"]`, compare)).toBeUndefined();
		}
		expect(selectAll('[data-compare-subject]', compare)).toHaveLength(shared.length + onlyOne.length);
	});

	it('gives counts that match the content, kind by kind and in all', () => {
		const count = (kind: string, which: string, slug?: string) => {
			const cell = select(`tr[data-kind="${kind}"] [data-count="${which}"]${slug ? `[data-article="${slug}"]` : ''}`, compare);
			return Number(text(cell));
		};
		for (const kind of Object.keys(kinds)) {
			expect(count(kind, 'shared'), kind).toBe(shared.filter((s) => s.kind === kind).length);
			for (const article of book.articles) {
				expect(count(kind, 'only', article.slug), `${kind} only in ${article.slug}`).toBe(
					onlyOne.filter((s) => s.kind === kind && reporters.get(s.id)![0] === article.slug).length,
				);
			}
		}
		expect(count('all', 'shared')).toBe(shared.length);
		for (const article of book.articles) {
			expect(count('all', 'only', article.slug)).toBe(onlyOne.filter((s) => reporters.get(s.id)![0] === article.slug).length);
		}
	});

	it('shows each recorded difference with the subject, and on the subject’s page', () => {
		const withDifferences = book.subjects.filter((s) => s.data.differences.length > 0);
		expect(withDifferences.length).toBeGreaterThan(0);
		const summary = text(select('.differences-summary', compare));
		for (const subject of withDifferences) {
			const row = select(`[data-compare-subject="${subject.id}"]`, compare)!;
			const page = readPage(outDir, subject.path);
			for (const difference of subject.data.differences) {
				expect(summary).toContain(squash(difference.summary));
				for (const where of [row, select('.differences', page)!]) {
					const shown = selectAll(`[data-difference="${difference.aspect}"]`, where).map(text);
					const entry = shown.find((t) => t.includes(squash(difference.summary)));
					expect(entry, `${subject.id}: ${difference.summary}`).toBeDefined();
					for (const reading of Object.values(difference.readings)) expect(entry).toContain(squash(reading));
				}
				// Each reading links to the passage of its source that holds it.
				for (const item of selectAll(`[data-difference="${difference.aspect}"] [data-reading]`, row)) {
					const href = attribute(select('a', item)!, 'href')!;
					expect(href).toContain(`/articles/${attribute(item, 'dataReading')}/#`);
					expect(landsOnAnnotation('compare/', href), href).toBe(true);
				}
			}
		}
	});

	it('shows on each person’s, organization’s and place’s page the terms each source uses for it', () => {
		for (const subject of book.subjects.filter((s) => ['person', 'organization', 'place'].includes(s.kind))) {
			const terms = select('[data-source-terms]', readPage(outDir, subject.path));
			for (const slug of reporters.get(subject.id)!) {
				const side = select(`[data-side="${slug}"]`, terms!);
				for (const mention of book.mentionsOf(subject.id).filter((m) => m.article === slug)) {
					expect(text(side), `${subject.id} in ${slug}`).toContain(`“${squash(mention.words)}”`);
				}
			}
			expect(selectAll('[data-side]', terms!)).toHaveLength(reporters.get(subject.id)!.length);
		}
	});

	it('shows the terms each source uses for a subject the sources name differently', () => {
		const gaza = select('[data-terms="gaza-strip"]', compare);
		expect(gaza).toBeDefined();
		for (const article of book.articles) {
			const words = new Set(book.mentionsOf('gaza-strip').filter((m) => m.article === article.slug).map((m) => squash(m.words)));
			const cell = text(select(`[data-side="${article.slug}"]`, gaza!));
			for (const word of words) expect(cell).toContain(`“${word}”`);
			expect(cell.match(/“/g)).toHaveLength(words.size);
		}
	});
});

describe('the figures page', () => {
	const page = readPage(outDir, 'compare/figures/');
	const figures = subjectsOf(book, 'figure');

	it('is linked from the comparison and the figures index', () => {
		expect(links(compare)).toContain('/compare/figures/');
		expect(links(readPage(outDir, 'figures/'))).toContain('/compare/figures/');
	});

	it('charts every figure each source gives at its value, as an accessible SVG', () => {
		for (const figure of figures) {
			for (const slug of reporters.get(figure.id)!) {
				const bar = select(`svg[data-chart="${figure.data.measure}"] g[data-figure="${figure.id}"][data-article="${slug}"]`, page);
				expect(bar, `${figure.id} in ${slug}`).toBeDefined();
				expect(Number(attribute(select('rect', bar!)!, 'dataValue'))).toBe(figure.data.value);
				expect(text(select('text.value', bar!))).toContain(figure.data.value.toLocaleString('en'));
			}
		}
		for (const svg of selectAll('svg[data-chart]', page)) {
			expect(attribute(svg, 'role')).toBe('img');
			expect(text(select('title', svg))).not.toBe('');
			expect(text(select('desc', svg))).not.toBe('');
			// Bar lengths are proportional to the values.
			const bars = selectAll('rect[data-value]', svg).map((r) => ({ value: Number(attribute(r, 'dataValue')), width: Number(attribute(r, 'width')) }));
			const largest = bars.reduce((a, b) => (b.value > a.value ? b : a));
			for (const bar of bars) expect(bar.width / largest.width).toBeCloseTo(bar.value / largest.value, 2);
		}
		expect(selectAll('svg[data-chart] g[data-figure]', page)).toHaveLength(figures.reduce((n, f) => n + reporters.get(f.id)!.length, 0));
		// The charts need no script: the only one on the page is the site-wide quick search, in the header.
		expect(selectAll('main script, svg script', page)).toHaveLength(0);
		const scripts = selectAll('script', page).filter((s) => !attribute(s, 'type')?.includes('json'));
		expect(scripts.length).toBe(selectAll('script', readPage(sites.root.outDir, '')).filter((s) => !attribute(s, 'type')?.includes('json')).length);
	});

	it('compares every measure source by source in one table, saying where a source gives none', () => {
		const measures = [...new Set(figures.map((f) => f.data.measure))];
		expect(selectAll('.measure-overview tbody tr', page)).toHaveLength(measures.length);
		for (const measure of measures) {
			for (const article of book.articles) {
				const cell = select(`.measure-overview tr[data-measure="${measure}"] td[data-article="${article.slug}"]`, page)!;
				const given = figures.filter((f) => f.data.measure === measure && reporters.get(f.id)!.includes(article.slug));
				const values = selectAll('a[data-value]', cell);
				expect(values.map((a) => Number(attribute(a, 'dataValue'))).sort()).toEqual(given.map((f) => f.data.value).sort());
				for (const a of values) expect(landsOnAnnotation('compare/figures/', attribute(a, 'href')!)).toBe(true);
				if (given.length === 0) expect(text(cell)).toBe('not given');
			}
		}
	});

	it('shows the differences recorded on each measure’s figures with the measure', () => {
		for (const figure of figures) {
			const section = select(`section[data-measure="${figure.data.measure}"]`, page)!;
			const shown = selectAll('[data-difference]', section).map(text);
			for (const difference of figure.data.differences) expect(shown.some((t) => t.includes(squash(difference.summary)))).toBe(true);
		}
	});

	it('gives a period for a source only when its sentence states it', () => {
		for (const figure of figures) {
			for (const mention of book.mentionsOf(figure.id)) {
				const period = text(selectAll('td', select(`section tr[data-figure="${figure.id}"][data-article="${mention.article}"]`, page)!)[2]);
				expect([figure.data.period, 'not stated']).toContain(period);
				const sentence = squash(`${mention.context.before}${mention.words}${mention.context.after}`);
				if (figure.data.period && sentence.includes(figure.data.period)) expect(period).toBe(figure.data.period);
			}
		}
	});

	it('tabulates each value, linked to its annotation', () => {
		for (const figure of figures) {
			for (const slug of reporters.get(figure.id)!) {
				const row = select(`tr[data-figure="${figure.id}"][data-article="${slug}"]`, page)!;
				const cell = select('[data-value]', row)!;
				expect(Number(attribute(cell, 'dataValue'))).toBe(figure.data.value);
				const href = attribute(select('a', cell)!, 'href')!;
				expect(href).toMatch(new RegExp(`^/articles/${slug}/#`));
				expect(landsOnAnnotation('compare/figures/', href)).toBe(true);
			}
		}
	});
});

describe('the timeline', () => {
	const page = readPage(outDir, 'timeline/');
	const entries = selectAll('[data-event]', page);
	const events = subjectsOf(book, 'event');

	it('lists every event once, in date order', () => {
		expect(entries.map((e) => attribute(e, 'dataEvent')).sort()).toEqual(events.map((e) => e.id).sort());
		// The first day each entry covers, read from its <time>, padded to a day: never decreasing.
		const firstDays = entries.map((e) => {
			const [year, month = '01', day = '01'] = attribute(select('time', e)!, 'dateTime')!.split('-');
			return `${year}-${month}-${day}`;
		});
		expect(firstDays).toEqual([...firstDays].sort());
		expect(new Set(firstDays).size).toBeGreaterThan(3);
	});

	it('links every entry to annotations that exist, and each annotation of the event', () => {
		for (const entry of entries) {
			const id = attribute(entry, 'dataEvent')!;
			const hrefs = links(entry).filter((h) => h.includes('/articles/'));
			expect(hrefs.length, id).toBeGreaterThan(0);
			for (const href of hrefs) expect(landsOnAnnotation('timeline/', href), href).toBe(true);
			for (const mention of book.mentionsOf(id)) expect(hrefs).toContain(`/articles/${mention.article}/#${mention.anchor}`);
		}
	});

	it('shows how each relative date was resolved, as editorial', () => {
		for (const event of events) {
			if (!event.data.dateNote) continue;
			const note = select(`[data-event="${event.id}"] .date-note`, page);
			expect(text(note)).toContain(squash(event.data.dateNote));
			expect(select('.editorial-tag', note!)).toBeDefined();
		}
	});
});

describe('counterparts in the articles', () => {
	it('links paragraphs to the same passage in the other source, outside the source text', () => {
		for (const article of book.articles) {
			const page = readPage(outDir, `articles/${article.slug}/`);
			const counterparts = selectAll('[data-source-body] a.counterpart', page);
			expect(counterparts.length, article.slug).toBeGreaterThan(0);
			for (const link of counterparts) {
				expect(attribute(link, 'dataUi')).toBeDefined();
				expect(attribute(link, 'href')).toMatch(/^\.\.\/[^/]+\/#/);
				expect(attribute(link, 'href')!.split('/')[1]).not.toBe(article.slug);
				expect(landsOnAnnotation(`articles/${article.slug}/`, attribute(link, 'href')!)).toBe(true);
			}
		}
	});

	it('takes a paragraph to the one that reports the same statement', () => {
		// Both sources report the State Department's confirmation: each paragraph leads to the other's.
		const statement = 'state-department-confirms-kerry-trip';
		for (const mention of book.mentionsOf(statement)) {
			const page = readPage(outDir, `articles/${mention.article}/`);
			const paragraph = selectAll('[data-source-body] p', page).find((p) => select(`[id="${statement}"]`, p))!;
			const other = book.mentionsOf(statement).find((m) => m.article !== mention.article)!;
			const link = attribute(select('a.counterpart', paragraph)!, 'href')!;
			expect(link.startsWith(`../${other.article}/#`)).toBe(true);
			const anchor = link.split('#')[1]!;
			const target = book.article(other.article)!.mentions.find((m) => m.anchor === anchor)!;
			const paragraphOf = (m: { start: number }, source: string) => source.slice(0, m.start).split('\n').length;
			const source = book.article(other.article)!.sourceText;
			expect(paragraphOf(target, source)).toBe(paragraphOf(other, source));
		}
	});
});

describe('navigation', () => {
	it('links Compare and Timeline from every page, under the base path too', () => {
		for (const site of Object.values(sites)) {
			const nav = links(select('nav', readPage(site.outDir, ''))!);
			expect(nav).toContain(`${site.base}compare/`);
			expect(nav).toContain(`${site.base}timeline/`);
		}
		const base = readPage(sites.subpath.outDir, 'compare/');
		for (const href of links(select('main', base)!)) expect(href.startsWith('/sourcebook/') || href.startsWith('#')).toBe(true);
	});
});
