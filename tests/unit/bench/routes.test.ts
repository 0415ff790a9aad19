import { describe, expect, it } from 'vitest';
import { largestByRoute, routeOf } from '../../../bench/routes.ts';

describe('routeOf', () => {
	it('keeps the collection, stars the names and numbers the pages of a listing', () => {
		expect(routeOf('index.html')).toBe('/');
		expect(routeOf('404.html')).toBe('404.html');
		expect(routeOf('people/index.html')).toBe('people/');
		expect(routeOf('people/page/3/index.html')).toBe('people/page/N/');
		expect(routeOf('people/anna-varga/index.html')).toBe('people/*/');
		expect(routeOf('people/anna-varga/page/12/index.html')).toBe('people/*/page/N/');
		expect(routeOf('timeline/2031-04/page/2/index.html')).toBe('timeline/*/page/N/');
		expect(routeOf('compare/figures/index.html')).toBe('compare/*/');
	});

	it('stars a subject named "page" like any other name', () => {
		expect(routeOf('places/page/index.html')).toBe('places/page/');
		expect(routeOf('places/page/harbour/index.html')).toBe('places/page/*/');
	});
});

describe('largestByRoute', () => {
	it('names the largest page of each route, the largest first', () => {
		const pages = [
			{ path: 'people/anna-varga/index.html', bytes: 9_000 },
			{ path: 'people/bo-lind/index.html', bytes: 12_000 },
			{ path: 'people/index.html', bytes: 30_000 },
			{ path: 'index.html', bytes: 5_000 },
			{ path: 'people/bo-lind/page/2/index.html', bytes: 4_000 },
		];
		expect(largestByRoute(pages)).toEqual([
			{ route: 'people/', path: 'people/index.html', bytes: 30_000 },
			{ route: 'people/*/', path: 'people/bo-lind/index.html', bytes: 12_000 },
			{ route: '/', path: 'index.html', bytes: 5_000 },
			{ route: 'people/*/page/N/', path: 'people/bo-lind/page/2/index.html', bytes: 4_000 },
		]);
	});

	it('gives nothing for no pages', () => {
		expect(largestByRoute([])).toEqual([]);
	});
});
