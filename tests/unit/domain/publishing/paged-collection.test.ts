import { describe, expect, it } from 'vitest';
import { random } from '../../../support/archive.ts';
import { splitByBytes, type Sized } from '../../../../src/domain/publishing/paged-collection.ts';

const pieces = (sizes: [number, number][]): Sized[] => sizes.map(([bytes, count]) => ({ bytes, count }));
/** A page's bytes as written: its pieces with a comma between two. */
const written = (all: Sized[], from: number, to: number) => {
	const kept = all.slice(from, to).filter((p) => p.count > 0);
	return kept.reduce((sum, p) => sum + p.bytes, 0) + Math.max(0, kept.length - 1);
};

describe('splitByBytes', () => {
	it('fills each page as far as the budget allows, commas counted', () => {
		const run = pieces([[40, 4], [40, 4], [19, 2], [60, 6], [1, 1]]);
		// 40 + 1 + 40 = 81; + 1 + 19 = 101 is over 100: a new page.
		expect(splitByBytes(run, 100)).toEqual([
			{ from: 0, to: 2, startIndex: 0, count: 8 },
			{ from: 2, to: 5, startIndex: 8, count: 9 },
		]);
		expect(splitByBytes(run, 101)[0]).toEqual({ from: 0, to: 3, startIndex: 0, count: 10 });
	});

	it('loses and repeats no piece, keeps every page within its budget, and counts items from 0', () => {
		const rng = random(5);
		for (let trial = 0; trial < 50; trial++) {
			const run = pieces(Array.from({ length: rng.int(0, 300) }, () => [rng.int(1, 900), rng.int(0, 9)]));
			const budget = rng.int(900, 5000);
			const pages = splitByBytes(run, budget);
			expect(pages[0]!.from).toBe(0);
			expect(pages.at(-1)!.to).toBe(run.length);
			pages.forEach((page, i) => {
				if (i > 0) expect(page.from).toBe(pages[i - 1]!.to);
				expect(written(run, page.from, page.to)).toBeLessThanOrEqual(budget);
				expect(page.count).toBe(run.slice(page.from, page.to).reduce((sum, p) => sum + p.count, 0));
				expect(page.startIndex).toBe(pages.slice(0, i).reduce((sum, p) => sum + p.count, 0));
				// No page is empty unless the whole run is.
				if (run.some((p) => p.count > 0)) expect(page.count).toBeGreaterThan(0);
			});
		}
	});

	it('gives an empty run one empty page, and refuses a piece larger than a page', () => {
		expect(splitByBytes([], 100)).toEqual([{ from: 0, to: 0, startIndex: 0, count: 0 }]);
		expect(() => splitByBytes(pieces([[101, 1]]), 100)).toThrow(/101 bytes/);
	});
});
