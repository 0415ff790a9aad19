/**
 * What the search index knows of each page and annotation: the titles results show and the
 * filters (`type`, `source`, `speaker`) that narrow them. Computed at build time from the domain.
 */
import { speakerName } from '../views/copy.ts';
import { kinds } from '../model/schema.ts';
import type { Article, Mention, Sourcebook, Subject } from '../model/sourcebook.ts';
import { kindSeparator, type MentionedIn } from './search-results.ts';

/** Filter values of one indexed page, by filter name. */
export type Facets = Record<'type' | 'source' | 'speaker', string[]>;

const openingWordCount = 8;

/** The first words of a quote, without its own quotation marks: `“We believe there should be…”`. */
export function openingWords(words: string, count = openingWordCount): string {
	const all = words.trim().replace(/^["“”'‘’]+|["“”'‘’]+$/g, '').split(/\s+/);
	const opening = all.slice(0, count).join(' ');
	return `“${opening}${all.length > count ? '…' : ''}”`;
}

/**
 * The sub-result title of an annotation, its kind first: `Statement · Jen Psaki: “The United
 * States – and our…”`; for other kinds the subject's title.
 */
export function annotationTitle(book: Sourcebook, mention: Mention): string {
	const subject = book.subject(mention.subjectId);
	const kind = kinds[mention.kind].singular;
	if (subject?.kind === 'statement') {
		return `${kind}${kindSeparator}${speakerName(book, subject)}: ${openingWords(mention.words)}`;
	}
	return `${kind}${kindSeparator}${subject?.title ?? mention.subjectId}`;
}

/** A few sources, not all: every byte of it is fetched with the result. */
export function mentionedIn(book: Sourcebook, subject: Subject, limit = 3): MentionedIn {
	const groups = book.mentionsByArticle(subject.id);
	return {
		sources: groups.slice(0, limit).map(({ article, mentions }) => ({ slug: article.slug, anchor: mentions[0]!.anchor, title: article.meta.title })),
		more: Math.max(0, groups.length - limit),
	};
}

export function articleFacets(article: Article): Facets {
	return { type: ['Article'], source: [article.meta.title], speaker: [] };
}

/**
 * A subject page: its kind and, for a statement, its speaker. The sources that mention it file it
 * from its mention list's headings (`mentionListHtml`), which name each of them already.
 */
export function subjectFacets(book: Sourcebook, subject: Subject): Omit<Facets, 'source'> {
	const speaker = subject.kind === 'statement' ? [speakerName(book, subject)] : [];
	return { type: [kinds[subject.kind].singular], speaker };
}
