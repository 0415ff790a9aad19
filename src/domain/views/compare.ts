/**
 * Comparing the sources: which subjects several sources report (aligned side by side), which
 * only one reports, the terms each source uses for the same subject, and, for each passage of
 * one source, the passage of another that reports the most of the same things. Pure, for any
 * number of sources: nothing here knows the first edition's slugs.
 */
import { collapsedText, collapseWhitespace } from '../model/fidelity.ts';
import { kindNames, type Difference, type Kind } from '../model/schema.ts';
import type { Article, Mention, Sourcebook, Subject } from '../model/sourcebook.ts';
import { articlePositions, mentionsByArticle } from './queries.ts';

/** One source's side of an aligned subject: its mentions, none when it does not report it. */
export interface Side {
	article: Article;
	mentions: Mention[];
}

export interface AlignedSubject {
	subject: Subject;
	/** One side per article, in the sourcebook's order of articles. */
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

/** Entities are compared by the terms the sources use; the rest by their wording in context. */
export const entityKinds: readonly Kind[] = ['person', 'organization', 'place'];
/** Statements, figures and events first: they are what the sources report. */
const kindOrder: readonly Kind[] = [...kindNames.filter((k) => !entityKinds.includes(k)), ...entityKinds];

export function compareSources(book: Sourcebook): Comparison {
	const aligned = book.subjects.map((subject) => alignSubject(book, subject));
	const kinds = kindOrder.map((kind): KindComparison => {
		const ofKind = aligned.filter((a) => a.subject.kind === kind);
		return {
			kind,
			shared: ofKind.filter((a) => a.reportedBy.length >= 2).sort(byReadingOrder),
			only: book.articles.map((article) => ({
				article,
				subjects: ofKind.filter((a) => a.reportedBy.length === 1 && a.reportedBy[0] === article.slug).sort(byReadingOrder),
			})),
		};
	});
	return { articles: book.articles, kinds, unreported: aligned.filter((a) => a.reportedBy.length === 0).map((a) => a.subject) };
}

/** A subject, side by side in every source. */
export function alignSubject(book: Sourcebook, subject: Subject): AlignedSubject {
	const reported = new Map(mentionsByArticle(book, subject.id).map((group) => [group.article, group.mentions]));
	const sides = book.articles.map((article) => ({ article, mentions: reported.get(article) ?? [] }));
	return { subject, sides, reportedBy: [...reported.keys()].map((article) => article.slug) };
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
function byReadingOrder(a: AlignedSubject, b: AlignedSubject): number {
	const [ai, as] = readingPosition(a);
	const [bi, bs] = readingPosition(b);
	return ai - bi || as - bs;
}

function readingPosition(aligned: AlignedSubject): [number, number] {
	const index = aligned.sides.findIndex((s) => s.mentions.length > 0);
	return [index, aligned.sides[index]?.mentions[0]?.start ?? 0];
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
	const sets = aligned.sides
		.filter((s) => s.mentions.length > 0)
		.map((s) => termsOf(s.mentions).map((t) => t.words).sort().join('\n'));
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

export interface Paragraph {
	/** 0-based, counting the source's non-blank lines. */
	index: number;
	start: number;
	end: number;
	/** The annotations that lie within it, in document order. */
	mentions: Mention[];
}

const paragraphCache = new WeakMap<Article, Paragraph[]>();

/** A source's paragraphs: each non-blank line of the source file, as the articles lay them out. */
export function paragraphsOf(article: Article): Paragraph[] {
	const cached = paragraphCache.get(article);
	if (cached) return cached;
	const paragraphs: Paragraph[] = [];
	let start = 0;
	for (const line of article.sourceText.split('\n')) {
		const end = start + line.length;
		if (line.trim() !== '') {
			paragraphs.push({ index: paragraphs.length, start, end, mentions: article.mentions.filter((m) => m.start >= start && m.start < end) });
		}
		start = end + 1;
	}
	paragraphCache.set(article, paragraphs);
	return paragraphs;
}

export interface Counterpart {
	article: Article;
	paragraph: Paragraph;
	/** Where to land: the first annotation of the counterpart paragraph that reports a shared subject. */
	anchor: string;
	/** The shared subjects, in the order the counterpart paragraph mentions them. */
	shared: string[];
}

export interface PassageCounterparts {
	paragraph: Paragraph;
	/** At most one per other source, in the sourcebook's order. */
	counterparts: Counterpart[];
}

/** How many other sources an article's paragraphs link to. */
export const counterpartSources = 3;

/**
 * The other sources an article's paragraphs are compared with: the few that report most of the
 * same statements, figures and events (in the sourcebook's order when as many). Comparing every
 * pair of sources would grow with the square of the archive, and so would the links.
 */
export function relatedSources(book: Sourcebook, article: Article, limit = counterpartSources): Article[] {
	const reported = new Set(article.mentions.filter((m) => !entityKinds.includes(m.kind)).map((m) => m.subjectId));
	const self = articlePositions(book).get(article)!;
	// Counted by position in the sourcebook: typed counts, not a map, since every article's
	// statements reach hundreds of others in a large archive.
	const shared = new Int32Array(book.articles.length);
	const candidates: number[] = [];
	for (const id of reported) {
		for (const at of reporterPositions(book, id)) {
			if (at !== self && shared[at]!++ === 0) candidates.push(at);
		}
	}
	// The few best in one pass: a full sort of every candidate would cost more than the rest.
	const before = (a: number, b: number) => shared[a]! > shared[b]! || (shared[a] === shared[b] && a < b);
	const best: number[] = [];
	for (const other of candidates) {
		if (best.length === limit && !before(other, best.at(-1)!)) continue;
		if (best.length === limit) best.pop();
		const at = best.findIndex((b) => before(other, b));
		best.splice(at < 0 ? best.length : at, 0, other);
	}
	return best.sort((a, b) => a - b).map((at) => book.articles[at]!);
}

const reporterCache = new WeakMap<Sourcebook, Map<string, Int32Array>>();

/** The positions in the sourcebook of the articles that mention a subject. */
function reporterPositions(book: Sourcebook, id: string): Int32Array {
	let bySubject = reporterCache.get(book);
	if (!bySubject) reporterCache.set(book, (bySubject = new Map()));
	let positions = bySubject.get(id);
	if (!positions) {
		const order = articlePositions(book);
		positions = Int32Array.from(mentionsByArticle(book, id), ({ article }) => order.get(article)!);
		bySubject.set(id, positions);
	}
	return positions;
}

const spreadCache = new WeakMap<Article, Map<string, number>>();

/** In how many of an article's paragraphs each subject is mentioned. */
function spreadOf(article: Article): Map<string, number> {
	let spread = spreadCache.get(article);
	if (!spread) {
		spread = new Map();
		for (const p of paragraphsOf(article)) for (const id of subjectsIn(p)) spread.set(id, (spread.get(id) ?? 0) + 1);
		spreadCache.set(article, spread);
	}
	return spread;
}

/**
 * For each paragraph of an article, the paragraph of each related source (see `relatedSources`)
 * that shares the most with it. A shared statement or figure weighs most, an event less, a
 * person, organization or place least, and each counts for less the more paragraphs of the other
 * source mention it (Gaza is everywhere; a statement is in one place). A paragraph counts as a
 * counterpart only when it shares a statement, figure or event, or at least two people,
 * organizations or places.
 */
export function counterpartsOf(book: Sourcebook, article: Article): PassageCounterparts[] {
	const others = relatedSources(book, article).map((other) => ({ other, paragraphs: paragraphsOf(other), spread: spreadOf(other) }));
	return paragraphsOf(article).map((paragraph) => {
		const own = subjectsIn(paragraph);
		const counterparts: Counterpart[] = [];
		for (const { other, paragraphs, spread } of others) {
			let best: { paragraph: Paragraph; shared: string[]; score: number } | null = null;
			for (const candidate of paragraphs) {
				const shared = [...subjectsIn(candidate)].filter((id) => own.has(id));
				if (!sharesEnough(book, shared)) continue;
				const score = shared.reduce((sum, id) => sum + weight(book, id) / spread.get(id)!, 0);
				if (best === null || score > best.score) best = { paragraph: candidate, shared, score };
			}
			if (best) {
				const first = best.paragraph.mentions.find((m) => best.shared.includes(m.subjectId))!;
				counterparts.push({ article: other, paragraph: best.paragraph, anchor: first.anchor, shared: best.shared });
			}
		}
		return { paragraph, counterparts };
	});
}

const weights: Record<Kind, number> = { statement: 4, figure: 4, event: 2, person: 1, organization: 1, place: 1 };

function weight(book: Sourcebook, id: string): number {
	const kind = book.subject(id)?.kind;
	return kind === undefined ? 0 : weights[kind];
}

const subjectsCache = new WeakMap<Paragraph, Set<string>>();

/** The subjects a paragraph mentions: asked once per pair of paragraphs compared, so kept. */
function subjectsIn(paragraph: Paragraph): Set<string> {
	let subjects = subjectsCache.get(paragraph);
	if (!subjects) subjectsCache.set(paragraph, (subjects = new Set(paragraph.mentions.map((m) => m.subjectId))));
	return subjects;
}

function sharesEnough(book: Sourcebook, shared: string[]): boolean {
	const kinds = shared.map((id) => book.subject(id)?.kind);
	return kinds.some((k) => k !== undefined && !entityKinds.includes(k)) || shared.length >= 2;
}

/**
 * Where a difference's reading sits in its source: the anchor of the subject's annotation that
 * overlaps the quoted words, else of the shortest annotation that overlaps them.
 */
export function readingAnchor(book: Sourcebook, subjectId: string, slug: string, reading: string): string | undefined {
	const article = book.article(slug);
	if (!article) return undefined;
	const source = collapseWhitespace(article.sourceText);
	const words = collapsedText(reading);
	const at = source.text.indexOf(words);
	if (at < 0 || words.length === 0) return undefined;
	const start = source.origin[at]!;
	const end = source.origin[at + words.length - 1]! + 1;
	const overlapping = article.mentions.filter((m) => m.start < end && m.end > start);
	const own = overlapping.find((m) => m.subjectId === subjectId);
	const shortest = [...overlapping].sort((a, b) => a.end - a.start - (b.end - b.start))[0];
	return (own ?? shortest)?.anchor;
}
