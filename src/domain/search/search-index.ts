/**
 * What the search index knows of each page and annotation: the titles results show and the
 * filters (`type`, `source`, `speaker`) that narrow them. Computed at build time from the domain.
 */
import { isEntityKind, speakerName } from '../views/copy.ts';
import { kinds, type Kind } from '../model/schema.ts';
import type { Article, ArticleMentions, Mention, Sourcebook, Subject } from '../model/sourcebook.ts';
import { kindSeparator, type MentionedIn, type ReportedElsewhere } from './search-results.ts';

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

/** The first `limit` of these sources, each with the anchor of its first mention, and a count of the rest. */
function firstSources(groups: readonly ArticleMentions[], limit: number): MentionedIn {
	return {
		sources: groups.slice(0, limit).map(({ article, mentions }) => ({ slug: article.slug, anchor: mentions[0]!.anchor, title: article.meta.title })),
		more: Math.max(0, groups.length - limit),
	};
}

/** A few sources, not all: every byte of it is fetched with the result. */
export function mentionedIn(book: Sourcebook, subject: Subject, limit = 3): MentionedIn {
	return firstSources(book.mentionsByArticle(subject.id), limit);
}

/**
 * The statements, figures and events of a source that other sources report too: a search that
 * finds one in this source's words also offers it in the others, whose wordings may share none of
 * them. Few, and a few sources each, as they travel with the source's result.
 */
export function reportedElsewhere(book: Sourcebook, article: Article, limit = 2): ReportedElsewhere {
	const found: ReportedElsewhere = {};
	// A note per subject: each subject's other sources are found once, for all its mentions here.
	for (const note of article.notes) {
		const subject = book.subject(note.subjectId);
		if (!subject || indexedAsPage(subject.kind)) continue;
		const others = book.mentionsByArticle(subject.id).filter((group) => group.article.slug !== article.slug);
		if (others.length === 0) continue;
		const elsewhere = { ...firstSources(others, limit), page: subject.path };
		for (const mention of note.mentions) found[mention.anchor] = elsewhere;
	}
	return found;
}

/**
 * Kinds whose subjects are search results of their own. Statements, figures and events are found
 * in their sources, as annotations (sub-results landing on the exact passage): most belong to one
 * source, so their pages would add about 22 indexed pages a report, and Pagefind's first search
 * loads an entry for every indexed page (bench/analysis.md). People, organizations and places recur
 * across reports and grow far more slowly.
 */
export function indexedAsPage(kind: Kind): boolean {
	return isEntityKind(kind);
}

/**
 * A source's page: `Article`, and the kinds found in it rather than on pages of their own, so
 * that filtering by Statement finds the sources that hold statements (a result then shows only
 * its statements); its statements' speakers likewise.
 */
export function articleFacets(book: Sourcebook, article: Article): Facets {
	const found = new Set<Kind>();
	const speakers = new Set<string>();
	for (const mention of article.mentions) {
		if (indexedAsPage(mention.kind)) continue;
		found.add(mention.kind);
		const subject = book.subject(mention.subjectId);
		if (subject?.kind === 'statement') speakers.add(speakerName(book, subject));
	}
	const types = (Object.keys(kinds) as Kind[]).filter((kind) => found.has(kind)).map((kind) => kinds[kind].singular);
	return { type: ['Article', ...types], source: [article.meta.title], speaker: [...speakers] };
}

/**
 * A subject page: its kind. The sources that mention it file it from its mention list's headings
 * (`mentionListHtml`), which name each of them already.
 */
export function subjectFacets(subject: Subject): Pick<Facets, 'type'> {
	return { type: [kinds[subject.kind].singular] };
}
