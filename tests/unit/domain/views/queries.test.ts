import { describe, expect, it } from 'vitest';
import { book as threeSources } from '../../../support/three-sources.ts';
import { formatDate, formatFigure, groupBy, measureName, mentionsElsewhere } from '../../../../src/domain/views/queries.ts';
import { figure, isPartialDate } from '../../../../src/domain/model/schema.ts';

describe('formats', () => {
	it('writes a figure with its qualifier and unit', () => {
		const parsed = figure.parse({ id: 'f', label: 'F', value: 509, unit: 'people killed', qualifier: 'at-least', asOf: '2014-07-21', measure: 'm' });
		expect(formatFigure(parsed)).toBe('at least 509 people killed');
		expect(formatFigure({ ...parsed, qualifier: 'exactly', value: 1200 })).toBe('1,200 people killed');
	});

	it('writes ISO dates as readers read them', () => {
		expect(formatDate('2014-07-21')).toBe('21 July 2014');
		expect(formatDate('2012-11')).toBe('November 2012');
		expect(formatDate('2014-07-18/2014-07-20')).toBe('18 July 2014 – 20 July 2014');
	});

	it('accepts only real calendar dates', () => {
		expect(isPartialDate('2014-02-28')).toBe(true);
		expect(isPartialDate('2014-02-30')).toBe(false);
		expect(isPartialDate('2014-13')).toBe(false);
		expect(isPartialDate('July 2014')).toBe(false);
	});

	it('names a measure', () => {
		expect(measureName('palestinians-killed')).toBe('Palestinians killed');
	});
});

describe('groupBy', () => {
	it('groups in heading order and keeps the items in order', () => {
		const groups = groupBy(['b1', 'a1', 'b2'], (s) => s[0]!);
		expect(groups).toEqual([
			{ heading: 'a', items: ['a1'] },
			{ heading: 'b', items: ['b1', 'b2'] },
		]);
	});
});

describe('mentionsElsewhere', () => {
	it('names the first other sources of a note and counts the rest', () => {
		const elsewhere = mentionsElsewhere(threeSources, 'john-kerry', 'b', 1);
		expect(elsewhere.shown.map((g) => g.article.slug)).toEqual(['a']);
		expect(elsewhere.more).toBe(1);
		expect(mentionsElsewhere(threeSources, 'john-kerry', 'b', 5)).toMatchObject({ more: 0 });
		expect(mentionsElsewhere(threeSources, 'john-kerry', 'b', 5).shown.map((g) => g.article.slug)).toEqual(['a', 'c']);
	});
});
