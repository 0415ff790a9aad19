/**
 * Dossiers and editorial pages in the built site: every citation is a working link to an existing
 * annotation whose words are the ones the dossier shows, and dossiers are listed where readers
 * and machines look (home page, subject pages, sitemap, feed, open data).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import type { CitationCollection } from '../../src/domain/publishing/dossier-annotations.ts';
import type { AnnotationPage, PagedAnnotationCollection } from '../../src/domain/publishing/web-annotation.ts';
import { book, editorial } from '../support/content.ts';
import { attribute, readPage, select, selectAll } from '../support/html.ts';
import { sites } from '../support/sites.ts';

/** An element's words as a reader sees them: site furniture (`data-ui`) left out, whitespace collapsed. */
function wordsOf(element: Element): string {
	const strip = (node: Element): Element => ({
		...node,
		children: node.children
			.filter((child) => child.type !== 'element' || attribute(child, 'dataUi') === undefined)
			.map((child): ElementContent => (child.type === 'element' ? strip(child) : child)),
	});
	return toString(strip(element)).split(/\s+/).join(' ').trim();
}

const collapse = (text: string) => text.split(/\s+/).join(' ').trim();

describe('the first edition has a dossier and its editorial pages', () => {
	it('has at least one dossier with citations, and the About and How to read pages', () => {
		expect(editorial.dossiers.length).toBeGreaterThan(0);
		expect(editorial.dossiers[0]!.uses.filter((u) => u.mention).length).toBeGreaterThanOrEqual(10);
		expect(editorial.entry('pages', 'about')).toBeDefined();
		expect(editorial.entry('pages', 'how-to-read')).toBeDefined();
		expect(editorial.entry('pages', 'home')).toBeDefined();
	});
});

describe.each(Object.values(sites))('dossiers (base $base)', ({ outDir, base }) => {
	const articles = new Map<string, Root>();
	const articlePage = (slug: string) => {
		let page = articles.get(slug);
		if (!page) articles.set(slug, (page = readPage(outDir, `articles/${slug}/`)));
		return page;
	};

	describe.each(editorial.dossiers.map((d) => d.id))('dossier %s', (id) => {
		const page = readPage(outDir, `dossiers/${id}/`);
		const dossier = editorial.entry('dossiers', id)!;
		const citations = selectAll('[data-editorial-body] [data-citation][data-source]', page);

		it('links every citation, as a plain link, to an existing annotation of the cited subject whose words match', () => {
			expect(citations).toHaveLength(dossier.uses.filter((u) => u.mention).length);
			for (const citation of citations) {
				const slug = attribute(citation, 'dataSource')!;
				const anchor = attribute(citation, 'dataAnchor')!;
				expect(citation.tagName).toBe('a');
				expect(attribute(citation, 'href')).toBe(`${base}articles/${slug}/#${anchor}`);
				const annotation = select(`[data-source-body] [id="${anchor}"]`, articlePage(slug));
				expect(annotation, `${slug}#${anchor}`).toBeDefined();
				expect(attribute(annotation!, 'dataRef')).toBe(attribute(citation, 'dataRef'));
				const words = wordsOf(annotation!);
				expect(words).toBe(collapse(book.article(slug)!.mentions.find((m) => m.anchor === anchor)!.words));
				// A <Quote> shows the annotation's words; a <Cite> shows the editor's, and its note the annotation's.
				if (attribute(citation, 'className')?.includes('source-words')) expect(wordsOf(citation)).toBe(words);
				const sup = nextMarker(page, citation);
				expect(sup, `the note marker after ${slug}#${anchor}`).toBeDefined();
				const marker = select('a', sup!)!;
				const note = select(`[id="${attribute(marker, 'href')!.slice(1)}"]`, page);
				expect(note, attribute(marker, 'href')).toBeDefined();
				const quoted = select('a.source-words', note!)!;
				expect(wordsOf(quoted)).toBe(words);
				expect(attribute(quoted, 'href')).toBe(`${base}articles/${slug}/#${anchor}`);
			}
		});

		it('has a backlink from every note to each of its citations', () => {
			const notes = selectAll('.notes li', page);
			expect(notes).toHaveLength(dossier.notes.length);
			for (const note of notes) {
				for (const backlink of selectAll('.backlinks a', note)) {
					expect(select(`[id="${attribute(backlink, 'href')!.slice(1)}"][data-citation]`, page)).toBeDefined();
				}
			}
		});

		it('is marked as Sourcebook’s own words', () => {
			expect(toString(select('article header', page)!)).toContain('Sourcebook’s own words');
		});

		// The sitemaps, which need the site's origin, are checked in tests/slow/site-url.test.ts: every page is in them.
		it('is listed on the home page and in the feed', () => {
			expect(select(`main a[href="${base}dossiers/${id}/"]`, readPage(outDir, ''))).toBeDefined();
			expect(readFileSync(join(outDir, 'feed.xml'), 'utf8')).toContain(`href="${base}dossiers/${id}/"`);
		});

		it('is shown as “Discussed in” on the page of every subject it cites', () => {
			expect(dossier.subjects.length).toBeGreaterThan(0);
			for (const subjectId of dossier.subjects) {
				const subject = book.subject(subjectId)!;
				const section = select('[data-discussed-in]', readPage(outDir, subject.path));
				expect(section, subject.path).toBeDefined();
				expect(select(`a[href="${base}dossiers/${id}/"]`, section!)).toBeDefined();
			}
		});

		it('publishes its citations as Web Annotations whose targets are annotations in the open data', () => {
			const read = <T>(path: string) => JSON.parse(readFileSync(join(outDir, path), 'utf8')) as T;
			const citationData = read<CitationCollection>(`dossiers/${id}/citations.jsonld`);
			// Every page of the site-wide collection, from its first.
			const annotationIds = new Set<string>();
			for (let next: string | undefined = read<PagedAnnotationCollection>('annotations.jsonld').first; next; ) {
				const annotationPage: AnnotationPage = read<AnnotationPage>(next.slice(base.length));
				for (const annotation of annotationPage.items) annotationIds.add(annotation.id);
				next = annotationPage.next;
			}
			expect(citationData.total).toBe(citations.length);
			for (const item of citationData.first.items) {
				expect(annotationIds.has(item.target), item.target).toBe(true);
				expect(select(`[id="${item.id.split('#')[1]}"][data-citation]`, page)).toBeDefined();
			}
		});
	});

	it('renders the home page’s introduction from its MDX, and links the editorial pages', () => {
		const home = readPage(outDir, '');
		expect(toString(select('.editorial-intro', home)!)).toContain('published verbatim and annotated');
		for (const path of ['about/', 'how-to-read/']) {
			expect(select(`main a[href="${base}${path}"]`, home), path).toBeDefined();
			expect(toString(select('article header', readPage(outDir, path))!)).toContain('Sourcebook’s own words');
		}
	});
});

/** The note marker right after a citation. */
function nextMarker(page: Root, citation: Element): Element | undefined {
	const parent = selectAll('*', page).find((element) => element.children.includes(citation));
	const siblings = parent?.children.filter((child): child is Element => child.type === 'element') ?? [];
	const next = siblings[siblings.indexOf(citation) + 1];
	return next && attribute(next, 'className')?.includes('marker') ? next : undefined;
}
