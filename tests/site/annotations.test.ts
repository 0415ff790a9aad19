/** The built article pages follow the site's markup rules, and every subject page links to every mention. */
import { describe, expect, it } from 'vitest';
import { kinds, kindNames, type Kind } from '../../src/domain/model/schema.ts';
import { book } from '../support/content.ts';
import { attribute, readPage, select, selectAll } from '../support/html.ts';
import { sites } from '../support/sites.ts';

const { outDir } = sites.root;

function annotationsOf(slug: string) {
	return selectAll('[data-source-body] [data-annotation]', readPage(outDir, `articles/${slug}/`)).map((element) => ({
		id: attribute(element, 'id'),
		kind: attribute(element, 'dataKind') as Kind,
		ref: attribute(element, 'dataRef')!,
	}));
}

describe.each(book.articles.map((a) => a.slug))('article %s', (slug) => {
	const annotations = annotationsOf(slug);

	it('marks every annotation of the content', () => {
		expect(annotations.length).toBe(book.article(slug)!.mentions.length);
		expect(annotations.length).toBeGreaterThan(0);
	});

	it('gives each annotation the anchor the markup rules prescribe', () => {
		const seen = new Map<string, number>();
		for (const { id, ref } of annotations) {
			const n = (seen.get(ref) ?? 0) + 1;
			seen.set(ref, n);
			expect(id).toBe(n === 1 ? ref : `${ref}-${n}`);
		}
		expect(new Set(annotations.map((a) => a.id)).size).toBe(annotations.length);
	});

	it('gives each annotation the kind of its subject', () => {
		for (const { kind, ref } of annotations) {
			expect(kindNames).toContain(kind);
			expect(book.subject(ref)?.kind, ref).toBe(kind);
		}
	});

	it('has one note per subject, with the id the markup rules give it, linked from every marker', () => {
		const page = readPage(outDir, `articles/${slug}/`);
		const refs = [...new Set(annotations.map((a) => a.ref))];
		for (const ref of refs) expect(select(`#note-${ref}`, page), ref).toBeDefined();
		// Each annotation is followed by its marker (an inner one closes, and so is marked, first).
		expect(selectAll('[data-source-body] [data-annotation] + sup.marker[data-ui] > a', page)).toHaveLength(annotations.length);
		const markers = selectAll('[data-source-body] .marker a', page).map((a) => attribute(a, 'href'));
		expect(markers.sort()).toEqual(annotations.map((a) => `#note-${a.ref}`).sort());
	});

	it('numbers the notes in order of first appearance', () => {
		const page = readPage(outDir, `articles/${slug}/`);
		const order = selectAll('.notes li[id^="note-"]', page).map((li) => attribute(li, 'id'));
		expect(order).toEqual([...new Set(annotations.map((a) => `note-${a.ref}`))]);
	});
});

describe('subject pages', () => {
	it('link to every one of their annotations in every source', () => {
		let checked = 0;
		for (const { slug } of book.articles) {
			for (const { id, kind, ref } of annotationsOf(slug)) {
				const page = readPage(outDir, `${kinds[kind].collection}/${ref}/`);
				const links = selectAll('a[href]', page).map((a) => attribute(a, 'href'));
				expect(links, `${ref} → ${slug}#${id}`).toContain(`/articles/${slug}/#${id}`);
				checked++;
			}
		}
		expect(checked).toBe(book.articles.reduce((sum, a) => sum + a.mentions.length, 0));
	});

	it('exist for every subject, and each collection index lists them all', () => {
		for (const kind of kindNames) {
			const index = readPage(outDir, `${kinds[kind].collection}/`);
			const listed = new Set(selectAll('main a[href]', index).map((a) => attribute(a, 'href')));
			for (const subject of book.subjects.filter((s) => s.kind === kind)) {
				expect(select('h1', readPage(outDir, subject.path)), subject.id).toBeDefined();
				expect(listed.has(`/${subject.path}`), subject.id).toBe(true);
			}
		}
	});
});
