/**
 * The timeline cut into pages that stay small as the archive grows. While every event fits one
 * page, `timeline/` lists them all; past that, `timeline/` is a list of months, each month is
 * `timeline/YYYY-MM/` (a month's URL never changes), and a month with more events than a page
 * holds continues on `timeline/YYYY-MM/page/2/`. An event is filed under the month its span starts.
 */
import { namedSources } from './comparison.ts';
import { paginate, pageParam, type Page } from './pagination.ts';
import type { TimelineEntry } from './timeline.ts';

export interface TimelineMonth {
	/** `YYYY-MM`. */
	month: string;
	path: string;
	events: number;
}

export type TimelinePage =
	| { kind: 'events'; param: string | undefined; month: string | null; page: Page<TimelineEntry> }
	| { kind: 'months'; param: undefined; months: TimelineMonth[] };

/** Every page of the timeline, with the route parameter of each (`undefined` for `timeline/`). */
export function timelinePages(entries: readonly TimelineEntry[], size: number): TimelinePage[] {
	if (entries.length <= size) return [{ kind: 'events', param: undefined, month: null, page: paginate(entries, size, 'timeline/')[0]! }];
	const byMonth = new Map<string, TimelineEntry[]>();
	for (const entry of entries) {
		const month = entry.span.start.slice(0, 7);
		const list = byMonth.get(month);
		if (list) list.push(entry);
		else byMonth.set(month, [entry]);
	}
	const months = [...byMonth].map(([month, list]) => ({ month, path: `timeline/${month}/`, events: list.length }));
	return [
		{ kind: 'months', param: undefined, months },
		...[...byMonth].flatMap(([month, list]) =>
			paginate(list, size, `timeline/${month}/`).map((page): TimelinePage => {
				const rest = pageParam(page.number);
				return { kind: 'events', param: rest === undefined ? month : `${month}/${rest}`, month, page };
			}),
		),
	];
}

/** The reports an entry names: a few, the rest counted, so that a much-reported event stays one line. */
export function namedReports(entry: TimelineEntry): { named: TimelineEntry['reports']; more: number } {
	const { named, more } = namedSources(entry.reports);
	return { named: [...named], more };
}
