import { describe, expect, it } from 'vitest';
import { timeline, type TimelineEntry } from '../../../../src/domain/views/timeline.ts';
import { timelinePages } from '../../../../src/domain/views/timeline-pages.ts';
import { buildSourcebook } from '../../../../src/domain/model/sourcebook.ts';
import { contentInput, makeArchive } from '../../../support/archive.ts';

const entries = timeline(buildSourcebook(contentInput(makeArchive(120, 4))));
const eventsOf = (pages: ReturnType<typeof timelinePages>) => pages.flatMap((p) => (p.kind === 'events' ? p.page.items : []));
const ids = (list: readonly TimelineEntry[]) => list.map((e) => e.event.id);

describe('timelinePages', () => {
	it('is one page, `timeline/`, while every event fits', () => {
		const pages = timelinePages(entries, entries.length);
		expect(pages).toHaveLength(1);
		expect(pages[0]).toMatchObject({ kind: 'events', param: undefined, month: null });
		expect(ids(eventsOf(pages))).toEqual(ids(entries));
	});

	it('past one page, lists the months at `timeline/` and files each event under its month, in order, none lost or repeated', () => {
		const pages = timelinePages(entries, 20);
		const [overview, ...months] = pages;
		expect(overview!.kind).toBe('months');
		expect(ids(eventsOf(pages))).toEqual(ids(entries));
		for (const page of months) {
			if (page.kind !== 'events') throw new Error('a month page lists events');
			expect(page.page.items.length).toBeLessThanOrEqual(20);
			expect(page.page.items.every((e) => e.span.start.startsWith(page.month!))).toBe(true);
			expect(page.param).toMatch(page.page.number === 1 ? /^\d{4}-\d{2}$/ : new RegExp(`^${page.month}/page/${page.page.number}$`));
		}
		// The overview counts every event, and links each month's first page.
		if (overview!.kind !== 'months') throw new Error('overview');
		expect(overview!.months.reduce((sum, m) => sum + m.events, 0)).toBe(entries.length);
		expect(overview!.months.map((m) => m.path)).toEqual([...new Set(entries.map((e) => `timeline/${e.span.start.slice(0, 7)}/`))]);
		// Some month is long enough to be cut into pages.
		expect(months.some((p) => p.kind === 'events' && p.page.number > 1)).toBe(true);
	});

	it('keeps a month’s URL as the archive grows', () => {
		// The archive's earlier half: events in date order, the later left out.
		const smaller = entries.slice(0, Math.floor(entries.length / 2));
		const params = (list: readonly TimelineEntry[]) => new Set(timelinePages(list, 20).map((p) => p.param));
		const later = params(entries);
		for (const param of params(smaller)) if (param !== undefined && !param.includes('/page/')) expect(later.has(param)).toBe(true);
	});
});
