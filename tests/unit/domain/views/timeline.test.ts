import { describe, expect, it } from 'vitest';
import { compareSpans, dateSpan, timeline } from '../../../../src/domain/views/timeline.ts';
import { book } from '../../../support/three-sources.ts';

describe('dateSpan', () => {
	it('reads a day, a month, a year and a range as the days they cover', () => {
		expect(dateSpan('2014-07-21')).toEqual({ start: '2014-07-21', end: '2014-07-21', precision: 'day' });
		expect(dateSpan('2012-11')).toEqual({ start: '2012-11-01', end: '2012-11-30', precision: 'month' });
		expect(dateSpan('2016-02')).toEqual({ start: '2016-02-01', end: '2016-02-29', precision: 'month' });
		expect(dateSpan('2014')).toEqual({ start: '2014-01-01', end: '2014-12-31', precision: 'year' });
		expect(dateSpan('2014-07-14/2014-07-20')).toEqual({ start: '2014-07-14', end: '2014-07-20', precision: 'range' });
		expect(dateSpan('2014-06/2014-07')).toEqual({ start: '2014-06-01', end: '2014-07-31', precision: 'range' });
	});

	it('orders by first day, a month before the days it holds', () => {
		const order = ['2014-07-02', '2014-07', '2014-07-01', '2014-06-30/2014-07-01'].map(dateSpan).sort(compareSpans);
		expect(order.map((s) => `${s.start}/${s.end}`)).toEqual(['2014-06-30/2014-07-01', '2014-07-01/2014-07-31', '2014-07-01/2014-07-01', '2014-07-02/2014-07-02']);
	});
});

describe('timeline', () => {
	it('puts every event in date order with the annotations that report it', () => {
		const entries = timeline(book);
		expect(entries.map((e) => e.event.id)).toEqual(['ceasefire', 'the-year', 'conflict', 'week', 'trip']);
		const trip = entries.at(-1)!;
		expect(trip.reports.map((r) => `${r.article.slug}#${r.mentions[0]!.anchor}`)).toEqual(['a#trip', 'b#trip', 'c#trip']);
		expect(entries[0]!.reports).toEqual([]);
	});
});
