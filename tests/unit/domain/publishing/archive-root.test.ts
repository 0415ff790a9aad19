import { describe, expect, it } from 'vitest';
import { rejoinedPage, rootCollection } from '../../../../src/domain/publishing/archive-root.ts';
import type { AnnotationPage, PagedAnnotationCollection, WebAnnotation } from '../../../../src/domain/publishing/web-annotation.ts';

const context = 'http://www.w3.org/ns/anno.jsonld';
const collection = (base: string, total: number, pages: number): PagedAnnotationCollection => ({
	'@context': context,
	id: `https://archive.test${base}annotations.jsonld`,
	type: 'AnnotationCollection',
	label: 'every note',
	total,
	first: `https://archive.test${base}annotations-1.jsonld`,
	last: `https://archive.test${base}annotations-${pages}.jsonld`,
});
const early = collection('/early/', 5, 2);
const late = collection('/late/', 4, 1);
const item = { id: 'https://archive.test/early/articles/a/#n1' } as WebAnnotation;

describe('rootCollection', () => {
	it('spans the shards from the first shard’s first page to the last shard’s last', () => {
		expect(rootCollection('https://archive.test/annotations.jsonld', [early, late])).toEqual({
			'@context': context,
			id: 'https://archive.test/annotations.jsonld',
			type: 'AnnotationCollection',
			label: 'every note',
			total: 9,
			first: early.first,
			last: late.last,
		});
	});

	it('needs a shard', () => {
		expect(() => rootCollection('/annotations.jsonld', [])).toThrow(/at least one shard/);
	});
});

describe('rejoinedPage', () => {
	const root = rootCollection('https://archive.test/annotations.jsonld', [early, late]);
	const lastOfEarly: AnnotationPage = { '@context': context, id: early.last, type: 'AnnotationPage', partOf: { id: early.id, label: 'every note', total: 5 }, startIndex: 3, prev: early.first, items: [item, item] };

	it('makes a page part of the archive, counted from its first annotation, linked across the boundary', () => {
		const page = rejoinedPage(lastOfEarly, root, { startIndex: 3, prev: early.first, next: late.first });
		expect(page).toEqual({ ...lastOfEarly, partOf: { id: root.id, label: 'every note', total: 9 }, startIndex: 3, next: late.first });
		expect(Object.keys(page).at(-1)).toBe('items');
		// Rejoined again, the same page.
		expect(rejoinedPage(page, root, { startIndex: 3, prev: early.first, next: late.first })).toEqual(page);
	});

	it('drops a link that no longer holds: the archive’s last page has no next', () => {
		const stale: AnnotationPage = { '@context': context, id: late.last, type: 'AnnotationPage', partOf: { id: root.id, label: 'every note', total: 9 }, startIndex: 5, prev: early.first, next: 'https://archive.test/gone/annotations-1.jsonld', items: [item] };
		const page = rejoinedPage(stale, root, { startIndex: 5, prev: early.last, next: undefined });
		expect(page.prev).toBe(early.last);
		expect('next' in page).toBe(false);
	});
});
