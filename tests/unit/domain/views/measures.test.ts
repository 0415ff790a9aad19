import { describe, expect, it } from 'vitest';
import { barChart, compareMeasures, latestOfMeasure, statesPeriod } from '../../../../src/domain/views/measures.ts';
import type { Mention } from '../../../../src/domain/model/sourcebook.ts';
import { book } from '../../../support/three-sources.ts';
import { buildSourcebook } from '../../../../src/domain/model/sourcebook.ts';
import { contentInput, makeArchive } from '../../../support/archive.ts';

describe('compareMeasures', () => {
	it('groups figures by measure, each with the sources that give it', () => {
		const measures = compareMeasures(book);
		expect(measures.map((m) => [m.measure, m.name])).toEqual([
			['calls', 'Calls'],
			['killed', 'Killed'],
		]);
		const killed = measures[1]!;
		expect(killed.reports.map((r) => [r.figure.id, r.article.slug, r.anchor, r.words])).toEqual([
			['killed-100', 'b', 'killed-100', '100'],
			['killed-509', 'a', 'killed-509', '509'],
		]);
		expect(measures[0]!.reports).toEqual([]);
		expect(killed.differences.map((d) => d.summary)).toEqual(['a counts a total, b one day.']);
		expect(killed.bySource.map((s) => [s.article.slug, s.reports.map((r) => r.figure.id)])).toEqual([
			['a', ['killed-509']],
			['b', ['killed-100']],
			['c', []],
		]);
		expect(killed.byFigure.map((f) => [f.figure.id, f.reports.map((r) => r.article.slug)])).toEqual([
			['killed-100', ['b']],
			['killed-509', ['a']],
		]);
	});
});

describe('barChart', () => {
	it('draws one bar per report, on a scale from zero to the largest value', () => {
		const chart = barChart(compareMeasures(book)[1]!);
		expect(chart.bars.map((b) => [b.value, b.valueText, b.label])).toEqual([
			[100, 'more than 100 people killed', 'Outlet B, 20 July 2014'],
			[509, 'at least 509 people killed', 'Outlet A, 21 July 2014'],
		]);
		const [small, large] = chart.bars;
		expect(small!.width / large!.width).toBeCloseTo(100 / 509, 3);
		expect(large!.x + large!.width).toBeLessThanOrEqual(chart.width);
		expect(small!.y).toBeLessThan(large!.y);
		expect(chart.height).toBeGreaterThan(large!.y + large!.height);
	});

	it('draws one bar per figure for an archive compared figure by figure, with no source named', () => {
		const chart = barChart(compareMeasures(book)[1]!, 'figure');
		expect(chart.bars.map((b) => [b.figure.id, b.article, b.value, b.label])).toEqual([
			['killed-100', undefined, 100, `${book.subject('killed-100')!.title}, 20 July 2014`],
			['killed-509', undefined, 509, `${book.subject('killed-509')!.title}, 21 July 2014`],
		]);
		expect(chart.bars[0]!.width / chart.bars[1]!.width).toBeCloseTo(100 / 509, 3);
		// A figure no source gives still has its bar: the chart draws the table's rows.
		expect(barChart(compareMeasures(book)[0]!, 'figure').bars.map((b) => b.figure.id)).toEqual(compareMeasures(book)[0]!.figures.map((f) => f.id));
	});

	it('draws no bar for a measure no source gives', () => {
		expect(barChart(compareMeasures(book)[0]!).bars).toEqual([]);
	});
});

describe('statesPeriod', () => {
	const mention = (before: string, words: string, after: string) => ({ context: { before, after }, words }) as Mention;

	it('finds a period in the sentence of a mention, in other words order', () => {
		expect(statesPeriod(mention('', '13 Israeli soldiers', ' were killed in one day.'), 'in one day')).toBe(true);
		expect(
			statesPeriod(mention('The latest militarised conflict to affect the Gaza Strip has so far killed ', 'at least 509 Palestinians', '.'), 'so far, in the latest militarised conflict to affect the Gaza Strip'),
		).toBe(true);
	});

	it('does not credit a source with a period it does not state', () => {
		expect(statesPeriod(mention('the deaths of ', '13 Israeli soldiers', ', which occurred in several separate incidents'), 'in one day')).toBe(false);
	});
});

describe('latestOfMeasure', () => {
	const measures = compareMeasures(buildSourcebook(contentInput(makeArchive(60, 9))));

	it('keeps the latest figures of a measure, their reports only, and counts the rest', () => {
		for (const m of measures) {
			const latest = latestOfMeasure(m, 5);
			expect(latest.figures).toEqual(m.figures.slice(-5));
			expect(latest.more).toBe(m.figures.length - latest.figures.length);
			expect(latest.byFigure.map((f) => f.figure)).toEqual(latest.figures);
			expect(latest.reports.every((r) => latest.figures.includes(r.figure))).toBe(true);
			expect(latest.reports).toEqual(m.reports.filter((r) => latest.figures.includes(r.figure)));
			expect(latest.bySource.flatMap((s) => s.reports)).toHaveLength(latest.reports.length);
		}
		expect(measures.some((m) => latestOfMeasure(m, 5).more > 0)).toBe(true);
	});

	it('keeps a measure whole when it has no more figures than the limit', () => {
		const m = measures[0]!;
		expect(latestOfMeasure(m, m.figures.length)).toEqual({ ...m, more: 0 });
	});
});
