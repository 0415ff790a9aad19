import { describe, expect, it } from 'vitest';
import { flatten, top, windowAround, pageNumber, pageParam, pagePath, pagerNumbers, paginate, regroup } from '../../../../src/domain/views/pagination.ts';

const items = (n: number) => Array.from({ length: n }, (_, i) => `item-${i}`);

describe('paginate', () => {
	it('cuts a listing into pages of the given size, with no item lost or repeated', () => {
		for (const n of [0, 1, 9, 10, 11, 99, 100, 101, 1234]) {
			const pages = paginate(items(n), 10, 'statements/');
			expect(pages.flatMap((p) => p.items)).toEqual(items(n));
			expect(pages).toHaveLength(Math.max(1, Math.ceil(n / 10)));
			expect(pages.every((p) => p.items.length <= 10)).toBe(true);
			// Only the last page may be short, and no page but a lone one is empty.
			expect(pages.slice(0, -1).every((p) => p.items.length === 10)).toBe(true);
			if (n > 0) expect(pages.at(-1)!.items.length).toBeGreaterThan(0);
			expect(pages.map((p) => p.start)).toEqual(pages.map((_, i) => i * 10));
		}
	});

	it('gives page 1 the listing’s own path and page n `page/n/`', () => {
		const pages = paginate(items(25), 10, 'statements/');
		expect(pages.map((p) => p.path)).toEqual(['statements/', 'statements/page/2/', 'statements/page/3/']);
		expect(paginate(items(5), 10, '').map((p) => p.path)).toEqual(['/']);
		expect(pagePath('', 2)).toBe('/page/2/');
		expect(pagePath('timeline/2014-07', 3)).toBe('timeline/2014-07/page/3/');
	});

	it('links each page to the one before and after, the ends to nothing', () => {
		const pages = paginate(items(25), 10, 'places/');
		expect(pages.map((p) => [p.previous, p.next])).toEqual([
			[null, 'places/page/2/'],
			['places/', 'places/page/3/'],
			['places/page/2/', null],
		]);
		expect(paginate(items(3), 10, 'places/')[0]).toMatchObject({ previous: null, next: null, total: 3 });
	});

	it('keeps the URLs of existing pages as the listing grows', () => {
		const before = paginate(items(35), 10, 'events/').map((p) => p.path);
		const after = paginate(items(70), 10, 'events/').map((p) => p.path);
		expect(after.slice(0, before.length)).toEqual(before);
	});

	it('refuses a size that is not a positive integer', () => {
		expect(() => paginate(items(3), 0, 'x/')).toThrow(/positive integer/);
		expect(() => paginate(items(3), 2.5, 'x/')).toThrow(/positive integer/);
		expect(() => pagePath('x/', 0)).toThrow(/no page/);
	});
});

describe('page parameters', () => {
	it('read back what they wrote, and page 1 has none', () => {
		for (const n of [1, 2, 9, 10, 11, 250]) expect(pageNumber(pageParam(n))).toBe(n);
		expect(pageParam(1)).toBeUndefined();
	});

	it('refuse what is not a page beyond the first', () => {
		for (const bad of ['page/1', 'page/0', 'page/02', 'page/x', '2', 'page/2/extra']) expect(() => pageNumber(bad)).toThrow(/not a page/);
	});
});

describe('pagerNumbers', () => {
	it('shows the ends and the pages around the current one, a gap for the rest', () => {
		expect(pagerNumbers(1, 1)).toEqual([1]);
		expect(pagerNumbers(3, 5)).toEqual([1, 2, 3, 4, 5]);
		expect(pagerNumbers(10, 40)).toEqual([1, null, 8, 9, 10, 11, 12, null, 40]);
		expect(pagerNumbers(1, 40)).toEqual([1, 2, 3, null, 40]);
		// However many pages, the pager shows at most 2·around + 5 entries.
		expect(pagerNumbers(500, 1000).length).toBeLessThanOrEqual(9);
	});
});

describe('grouped listings', () => {
	const groups = [
		{ heading: 'A', items: items(5) },
		{ heading: 'B', items: ['b-0'] },
		{ heading: 'C', items: items(7).map((i) => `c-${i}`) },
	];

	it('page as one list and come back as groups, a group cut by a page break continued on the next page', () => {
		const pages = paginate(flatten(groups), 4, 'people/').map((page) => regroup(page.items));
		expect(pages.map((page) => page.map((g) => `${g.heading}${g.items.length}`))).toEqual([['A4'], ['A1', 'B1', 'C2'], ['C4'], ['C1']]);
		// Put together again, the pages are the groups, nothing lost or repeated.
		expect(regroup(pages.flat().flatMap((g) => g.items.map((item) => ({ heading: g.heading, item }))))).toEqual(groups);
	});
});

describe('windowAround', () => {
	const list = items(50);

	it('shows at most `size` items with the given one, counting those left out', () => {
		for (const index of [0, 1, 10, 24, 25, 48, 49]) {
			const window = windowAround(list, index, 11);
			expect(window.items).toHaveLength(11);
			expect(window.items).toContain(list[index]);
			expect(window.before + window.items.length + window.after).toBe(50);
			expect(window.items).toEqual(list.slice(window.start, window.start + 11));
		}
		expect(windowAround(list, 25, 11).items[5]).toBe('item-25');
		expect(windowAround(items(4), 2, 11)).toEqual({ items: items(4), start: 0, before: 0, after: 0 });
	});

	it('reaches every item from the first, through the items at each window’s edge', () => {
		const reached = new Set<string>();
		let index = 0;
		for (;;) {
			const window = windowAround(list, index, 11);
			window.items.forEach((item) => reached.add(item));
			if (window.after === 0) break;
			index = window.start + window.items.length;
		}
		expect(reached.size).toBe(50);
	});

	it('refuses an index outside the list', () => {
		expect(() => windowAround(list, 50, 5)).toThrow(/no item/);
	});
});

describe('top', () => {
	it('keeps the items of highest score, highest first, equal scores in their order', () => {
		const words = ['a', 'bbb', 'cc', 'dd', 'eee', 'f'];
		expect(top(words, (w) => w.length, 4)).toEqual(['bbb', 'eee', 'cc', 'dd']);
		expect(top(words, (w) => w.length, 10)).toHaveLength(6);
		expect(top([], () => 0, 3)).toEqual([]);
	});
});
