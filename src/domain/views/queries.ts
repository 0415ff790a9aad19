/** Read-only views of the sourcebook that pages render: groupings, cross-references, formats. */
import { speakerName } from './copy.ts';
import { kinds, type Figure, type Kind } from '../model/schema.ts';
import type { ArticleMentions, Sourcebook, Subject, SubjectOf } from '../model/sourcebook.ts';
import { formatDate } from './dates.ts';

export { formatDate };

export interface Group<T> {
	heading: string;
	items: T[];
}

/** Groups in order of heading, items in the order given. */
export function groupBy<T>(items: readonly T[], heading: (item: T) => string, order?: (a: string, b: string) => number): Group<T>[] {
	const groups = new Map<string, T[]>();
	for (const item of items) {
		const key = heading(item);
		// Pushed, not copied: a copy per item made grouping 100,000 statements quadratic.
		const list = groups.get(key);
		if (list) list.push(item);
		else groups.set(key, [item]);
	}
	return [...groups]
		.map(([h, list]) => ({ heading: h, items: list }))
		.sort((a, b) => (order ?? compareText)(a.heading, b.heading));
}

const compareText = (a: string, b: string) => a.localeCompare(b, 'en');

export function subjectsOf<K extends Kind>(book: Sourcebook, kind: K): SubjectOf<K>[] {
	return book.subjects.filter((s): s is SubjectOf<K> & Subject => s.kind === kind);
}

/** How an index page lists a collection: people by role, statements by speaker, figures by measure… */
export function indexGroups(book: Sourcebook, kind: Kind): Group<Subject>[] {
	const byTitle = (a: Subject, b: Subject) => compareText(a.title, b.title);
	switch (kind) {
		case 'statement':
			return groupBy(
				subjectsOf(book, 'statement').sort((a, b) => a.data.date.localeCompare(b.data.date) || byTitle(a, b)),
				(s) => speakerName(book, s),
			);
		case 'figure':
			return groupBy(
				subjectsOf(book, 'figure').sort((a, b) => a.data.asOf.localeCompare(b.data.asOf) || b.data.value - a.data.value),
				(f) => measureName(f.data.measure),
			);
		case 'event': {
			const events = subjectsOf(book, 'event').sort((a, b) => a.data.date.localeCompare(b.data.date) || byTitle(a, b));
			return groupBy(events, (e) => e.data.date.slice(0, 4), compareText);
		}
		default: {
			const entities = book.subjects.filter((s) => s.kind === kind).sort(byTitle);
			return groupBy(entities, (s) => ('group' in s.data ? s.data.group : kinds[kind].plural));
		}
	}
}

/** A measure key as words: `palestinians-killed` → "Palestinians killed". */
export function measureName(measure: string): string {
	const words = measure.replace(/-/g, ' ');
	return words.charAt(0).toUpperCase() + words.slice(1);
}

const qualifierWords: Record<Figure['qualifier'], string> = {
	'at-least': 'at least ',
	'more-than': 'more than ',
	about: 'about ',
	exactly: '',
};

/** "at least 509 people killed" */
export function formatFigure(figure: Figure): string {
	return `${qualifierWords[figure.qualifier]}${figure.value.toLocaleString('en')} ${figure.unit}`;
}

export interface Elsewhere {
	/** The first other articles that mention the subject, in archive order. */
	shown: ArticleMentions[];
	/** How many more other articles mention it. */
	more: number;
}

/**
 * The other articles' mentions of a subject, for a note's "also in": the first `limit` of them
 * and a count of the rest. Listing every one would make each page grow with the archive.
 */
export function mentionsElsewhere(book: Sourcebook, id: string, slug: string, limit = 1): Elsewhere {
	// Every note of every article asks: look at the first few groups only, not at all of them.
	const groups = book.mentionsByArticle(id);
	const shown: ArticleMentions[] = [];
	for (let i = 0; i < groups.length && shown.length < limit; i++) if (groups[i]!.article.slug !== slug) shown.push(groups[i]!);
	return { shown, more: groups.length - (hasGroupOf(book, groups, slug) ? 1 : 0) - shown.length };
}

/** Whether one of a subject's groups is the given article's: groups are in archive order, so a binary search. */
function hasGroupOf(book: Sourcebook, groups: ArticleMentions[], slug: string): boolean {
	const article = book.article(slug);
	if (!article) return false;
	const target = book.position(article);
	let low = 0;
	let high = groups.length - 1;
	while (low <= high) {
		const middle = (low + high) >> 1;
		const at = book.position(groups[middle]!.article);
		if (at === target) return true;
		if (at < target) low = middle + 1;
		else high = middle - 1;
	}
	return false;
}

/** One line that says what a subject is: the note's text, the card's and the index's. */
export function describe(book: Sourcebook, subject: Subject): string {
	switch (subject.kind) {
		case 'statement': {
			return `${speakerName(book, subject)}, ${formatDate(subject.data.date)}: ${subject.data.summary}`;
		}
		case 'figure':
			return `${formatFigure(subject.data)}, as of ${formatDate(subject.data.asOf)}${subject.data.period ? ` (${subject.data.period})` : ''}.`;
		case 'event':
			return `${formatDate(subject.data.date)}${subject.data.summary ? `: ${subject.data.summary}` : ''}`;
		default:
			return subject.data.description;
	}
}
