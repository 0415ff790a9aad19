/**
 * Counterparts: for each passage of one source, the passage of each related source that reports
 * the most of the same things, so that a reader can go from one account to another.
 */
import type { Kind } from '../model/schema.ts';
import type { Article, Mention, Sourcebook } from '../model/sourcebook.ts';
import { isEntityKind } from './copy.ts';

export interface Paragraph {
	/** 0-based, counting the source's non-blank lines. */
	index: number;
	start: number;
	end: number;
	/** The annotations that lie within it, in document order. */
	mentions: Mention[];
	/** The subjects those annotations mark. */
	subjects: Set<string>;
}

/** A source's paragraphs: each non-blank line of the source file, as the articles lay them out. */
export function paragraphsOf(article: Article): Paragraph[] {
	const paragraphs: Paragraph[] = [];
	let start = 0;
	for (const line of article.sourceText.split('\n')) {
		const end = start + line.length;
		if (line.trim() !== '') {
			const mentions = article.mentions.filter((m) => m.start >= start && m.start < end);
			paragraphs.push({ index: paragraphs.length, start, end, mentions, subjects: new Set(mentions.map((m) => m.subjectId)) });
		}
		start = end + 1;
	}
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
	const reported = new Set(article.mentions.filter((m) => !isEntityKind(m.kind)).map((m) => m.subjectId));
	const self = book.position(article);
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

/** The positions in the sourcebook of the articles that mention a subject. */
function reporterPositions(book: Sourcebook, id: string): number[] {
	return book.mentionsByArticle(id).map(({ article }) => book.position(article));
}

/** In how many of an article's paragraphs each subject is mentioned. */
function spreadOf(paragraphs: readonly Paragraph[]): Map<string, number> {
	const spread = new Map<string, number>();
	for (const p of paragraphs) for (const id of p.subjects) spread.set(id, (spread.get(id) ?? 0) + 1);
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
	// Each article's paragraphs are asked for by itself and by its few related sources: cheaper to
	// find again (a pass over its mentions) than to keep for the whole build.
	const others = relatedSources(book, article).map((other) => {
		const paragraphs = paragraphsOf(other);
		return { other, paragraphs, spread: spreadOf(paragraphs) };
	});
	return paragraphsOf(article).map((paragraph) => {
		const own = paragraph.subjects;
		const counterparts: Counterpart[] = [];
		for (const { other, paragraphs, spread } of others) {
			let best: { paragraph: Paragraph; shared: string[]; score: number } | null = null;
			for (const candidate of paragraphs) {
				const shared = [...candidate.subjects].filter((id) => own.has(id));
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

function sharesEnough(book: Sourcebook, shared: string[]): boolean {
	const kinds = shared.map((id) => book.subject(id)?.kind);
	return kinds.some((k) => k !== undefined && !isEntityKind(k)) || shared.length >= 2;
}
