/**
 * The timeline of the dated events the sources report. Dates may be partial (`2012-11`) or
 * ranges (`2014-07-14/2014-07-20`): each is read as the span of days it covers, so that the
 * timeline can put them in order.
 */
import type { ArticleMentions } from '../model/sourcebook.ts';
import { subjectsOf } from './queries.ts';
import type { Sourcebook, SubjectOf } from '../model/sourcebook.ts';

export interface DateSpan {
	/** First and last day covered, `YYYY-MM-DD`. */
	start: string;
	end: string;
	/** How precisely the content gives the date: a range, or one year, month or day. */
	precision: 'range' | 'year' | 'month' | 'day';
}

/** `2012-11` → 1 to 30 November 2012; `2014-07-14/2014-07-20` → those days; `2014` → the year. */
export function dateSpan(value: string): DateSpan {
	const [from, to] = value.split('/');
	if (to !== undefined) return { start: firstDay(from!), end: lastDay(to), precision: 'range' };
	const parts = value.split('-').length;
	return { start: firstDay(value), end: lastDay(value), precision: parts === 1 ? 'year' : parts === 2 ? 'month' : 'day' };
}

function firstDay(date: string): string {
	const [year, month = '01', day = '01'] = date.split('-');
	return `${year}-${month}-${day}`;
}

function lastDay(date: string): string {
	const [year, month, day] = date.split('-');
	if (month === undefined) return `${year}-12-31`;
	if (day !== undefined) return date;
	const days = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
	return `${year}-${month}-${String(days).padStart(2, '0')}`;
}

/** Earlier start first; for the same start, the longer span first (a month before its days). */
export function compareSpans(a: DateSpan, b: DateSpan): number {
	return a.start.localeCompare(b.start) || b.end.localeCompare(a.end);
}

export interface TimelineEntry {
	event: SubjectOf<'event'>;
	span: DateSpan;
	/** The annotations that report the event, source by source. */
	reports: ArticleMentions[];
}

/** Every event, in date order; events of the same span in order of their labels. */
export function timeline(book: Sourcebook): TimelineEntry[] {
	return subjectsOf(book, 'event')
		.map((event) => ({ event, span: dateSpan(event.data.date), reports: book.mentionsByArticle(event.id) }))
		.sort((a, b) => compareSpans(a.span, b.span) || a.event.title.localeCompare(b.event.title, 'en'));
}
