/**
 * Comparing the sources: which subjects several sources report (aligned side by side), which
 * only one reports, the terms each source uses for the same subject, and the differences the
 * content records. Pure, for any number of sources: nothing here knows the first edition's slugs.
 */
import { collapsedText } from '../model/fidelity.ts';
import { kindNames, type Difference, type Kind } from '../model/schema.ts';
import type { Article, Mention, Sourcebook, Subject } from '../model/sourcebook.ts';
import { entityKinds, isEntityKind } from './copy.ts';

/** One source's side of an aligned subject: its mentions, none when it does not report it. */
export interface Side {
	article: Article;
	mentions: Mention[];
}

export interface AlignedSubject {
	subject: Subject;
	/**
	 * The sides of the sources that report it, in the sourcebook's order of articles. Only those:
	 * a side for every source of every subject grew with the subjects times the sources, and ran
	 * a 3,000-report build out of memory. `everySide` adds the others where a page shows them.
	 */
	sides: Side[];
	/** Slugs of the articles that report the subject. */
	reportedBy: string[];
}

export interface KindComparison {
	kind: Kind;
	/** Reported by two sources or more, in reading order of the first source that reports each. */
	shared: AlignedSubject[];
	/** Reported by one source only, article by article, in reading order. */
	only: { article: Article; subjects: AlignedSubject[] }[];
}

export interface Comparison {
	articles: Article[];
	kinds: KindComparison[];
	/** Subjects that no source mentions (a speaker only named in a statement's data, say). */
	unreported: Subject[];
}

/** Statements, figures and events first: they are what the sources report. */
const kindOrder: readonly Kind[] = [...kindNames.filter((k) => !isEntityKind(k)), ...entityKinds];

export function compareSources(book: Sourcebook): Comparison {
	const aligned = book.subjects.map((subject) => alignSubject(book, subject));
	const inReadingOrder = (a: AlignedSubject, b: AlignedSubject) => byReadingOrder(book, a, b);
	const kinds = kindOrder.map((kind): KindComparison => {
		const ofKind = aligned.filter((a) => a.subject.kind === kind);
		// Grouped in one pass: a scan of the kind's subjects for each source grew with their product.
		const alone = new Map(book.articles.map((article) => [article, [] as AlignedSubject[]]));
		for (const a of ofKind) if (a.sides.length === 1) alone.get(a.sides[0]!.article)?.push(a);
		return {
			kind,
			shared: ofKind.filter((a) => a.reportedBy.length >= 2).sort(inReadingOrder),
			only: [...alone].map(([article, subjects]) => ({ article, subjects: subjects.sort(inReadingOrder) })),
		};
	});
	return { articles: book.articles, kinds, unreported: aligned.filter((a) => a.reportedBy.length === 0).map((a) => a.subject) };
}

/** A subject, side by side in the sources that report it. */
export function alignSubject(book: Sourcebook, subject: Subject): AlignedSubject {
	const sides = book.mentionsByArticle(subject.id).map((group) => ({ article: group.article, mentions: group.mentions }));
	return { subject, sides, reportedBy: sides.map((side) => side.article.slug) };
}

/** A side for each of `articles`, empty where the subject is not reported: for pages that show every source. */
export function everySide(aligned: AlignedSubject, articles: readonly Article[]): Side[] {
	const reported = new Map(aligned.sides.map((side) => [side.article, side]));
	return articles.map((article) => reported.get(article) ?? { article, mentions: [] });
}

/**
 * Up to this many sources, the comparison page sets every subject side by side in each source.
 * Beyond, side by side would grow with the square of the archive: the page summarizes, and each
 * subject's own page sets its mentions side by side.
 */
export const sideBySideLimit = 6;

/**
 * The sources a list names one by one: every one up to `sideBySideLimit`, past it the first, with
 * the rest counted. A figure's measure table, repeated on the page of every figure of the measure,
 * named every reporting source and grew with the archive (380 KB a page at 2,000 sources).
 */
export function namedSources<T>(groups: readonly T[]): { named: readonly T[]; more: number } {
	return groups.length <= sideBySideLimit ? { named: groups, more: 0 } : { named: groups.slice(0, 1), more: groups.length - 1 };
}

/** By the first reporting article's place in the sourcebook, then by where the subject first appears in it. */
function byReadingOrder(book: Sourcebook, a: AlignedSubject, b: AlignedSubject): number {
	const [ai, as] = readingPosition(book, a);
	const [bi, bs] = readingPosition(book, b);
	return ai - bi || as - bs;
}

function readingPosition(book: Sourcebook, aligned: AlignedSubject): [number, number] {
	const [first] = aligned.sides;
	return first ? [book.position(first.article), first.mentions[0]?.start ?? 0] : [-1, 0];
}

/** How many subjects of every kind several sources share, and how many each reports alone. */
export function comparisonCounts(comparison: Comparison): { shared: number; only: Map<string, number> } {
	const only = new Map(comparison.articles.map((a) => [a.slug, 0]));
	let shared = 0;
	for (const kind of comparison.kinds) {
		shared += kind.shared.length;
		for (const group of kind.only) only.set(group.article.slug, (only.get(group.article.slug) ?? 0) + group.subjects.length);
	}
	return { shared, only };
}

export interface Term {
	/** The source's words, whitespace collapsed. */
	words: string;
	/** How many times the source uses them for the subject. */
	count: number;
	/** The anchor of the first use. */
	anchor: string;
}

/** The terms one source uses for a subject, in order of first use. */
export function termsOf(mentions: readonly Mention[]): Term[] {
	const terms = new Map<string, Term>();
	for (const mention of mentions) {
		const words = collapsedText(mention.words);
		const term = terms.get(words);
		if (term) term.count += 1;
		else terms.set(words, { words, count: 1, anchor: mention.anchor });
	}
	return [...terms.values()];
}

export interface SharedTerm extends Term {
	/** How many sources use the words (`count` is how many times, in all of them). */
	sources: number;
	/** The source of the first use. */
	slug: string;
}

/**
 * The terms the sources use for a subject, each once, with how many sources use it and its first
 * use: most used first, then in order of first use. What a subject page lists past
 * `sideBySideLimit` sources, where a list per source would grow with the archive.
 */
export function termsAcross(sides: readonly Side[]): SharedTerm[] {
	const terms = new Map<string, SharedTerm>();
	for (const { article, mentions } of sides) {
		for (const term of termsOf(mentions)) {
			const seen = terms.get(term.words);
			if (seen) {
				seen.sources += 1;
				seen.count += term.count;
			} else terms.set(term.words, { ...term, sources: 1, slug: article.slug });
		}
	}
	return [...terms.values()].sort((a, b) => b.sources - a.sources);
}

/**
 * True when the sources that report a subject do not all use the same set of terms for it:
 * a difference in naming, derived from the text rather than written by hand.
 */
export function namesDiffer(aligned: AlignedSubject): boolean {
	const sets = aligned.sides.map((s) => termsOf(s.mentions).map((t) => t.words).sort().join('\n'));
	return new Set(sets).size > 1;
}

export interface RecordedDifference {
	difference: Difference;
	/** Every subject that records this same difference (the content may repeat it on related subjects). */
	subjects: Subject[];
}

/** Every difference recorded on a subject, each told once, in the order of the comparison. */
export function recordedDifferences(comparison: Comparison): RecordedDifference[] {
	const found = new Map<string, RecordedDifference>();
	const subjects = comparison.kinds.flatMap((k) => [...k.shared, ...k.only.flatMap((g) => g.subjects)].map((a) => a.subject));
	for (const subject of [...subjects, ...comparison.unreported]) {
		for (const difference of subject.data.differences) {
			const key = JSON.stringify([difference.aspect, difference.summary, difference.readings]);
			const entry = found.get(key);
			if (entry) entry.subjects.push(subject);
			else found.set(key, { difference, subjects: [subject] });
		}
	}
	return [...found.values()];
}

/** What the comparison page shows, computed here so that the page only lays it out. */
export interface ComparisonPage {
	comparison: Comparison;
	counts: ReturnType<typeof comparisonCounts>;
	differences: RecordedDifference[];
	/** People, organizations and places that the sources reporting them name with different words. */
	namedDifferently: AlignedSubject[];
	/** Few enough sources to set every subject side by side (`sideBySideLimit`). */
	sideBySide: boolean;
	/** How the page says "reported by more than one source". */
	several: string;
}

export function comparisonPage(book: Sourcebook): ComparisonPage {
	const comparison = compareSources(book);
	return {
		comparison,
		counts: comparisonCounts(comparison),
		differences: recordedDifferences(comparison),
		namedDifferently: comparison.kinds.filter((k) => isEntityKind(k.kind)).flatMap((k) => k.shared).filter(namesDiffer),
		sideBySide: comparison.articles.length <= sideBySideLimit,
		several: comparison.articles.length === 2 ? 'both sources' : 'more than one source',
	};
}
