/**
 * The domain: from the raw content files to subjects, mentions, anchors, notes and
 * cross-references. Pure (strings in, plain data out), computed once per build, and the only
 * place content is validated: every fault is collected and reported together.
 */
import { ContentErrors, type ContentFault } from './errors.ts';
import type { ArticleMeta, Collection, Kind, SubjectByKind } from './schema.ts';
import { checkDifferences, checkNothingPublishedNeedsADraft, checkSpeakers } from './cross-checks.ts';
import { articleLine, readArticle } from './read-article.ts';
import { readSubjects } from './read-subjects.ts';

export interface SubjectFile {
	collection: Collection;
	/** Path shown in messages, relative to the project. */
	file: string;
	text: string;
}

export interface ArticleFile {
	slug: string;
	file: string;
	/** The whole MDX file, frontmatter included. */
	mdx: string;
	sourceFile: string;
	/** The source file's text, or null when it is missing. */
	sourceText: string | null;
}

export interface ContentInput {
	subjectFiles: SubjectFile[];
	articleFiles: ArticleFile[];
}

export type SubjectOf<K extends Kind> = {
	kind: K;
	id: string;
	/** The name of a person, organization or place; the label of anything else. */
	title: string;
	collection: Collection;
	/** Site-relative path of the subject's page, without the base: `people/john-kerry/`. */
	path: string;
	file: string;
	data: SubjectByKind[K];
};
export type Subject = { [K in Kind]: SubjectOf<K> }[Kind];

export interface Mention {
	subjectId: string;
	kind: Kind;
	article: string;
	/** The id of the annotated span in the article page (docs/architecture.md). */
	anchor: string;
	/** Which occurrence of its subject in the article (1-based). */
	occurrence: number;
	/** Offsets into the source file, [start, end). */
	start: number;
	end: number;
	/** The source's own words, exactly as in the source file. */
	words: string;
	/** The sentence around the mention, split at the mention, whitespace collapsed. */
	context: { before: string; after: string };
	/** The enclosing annotation's anchor, when the mention sits inside one. */
	parentAnchor: string | null;
	note: number;
}

export interface Note {
	number: number;
	id: string;
	subjectId: string;
	/** Mentions of the subject in this article, for backlinks a, b, c… */
	mentions: Mention[];
}

export interface Article {
	slug: string;
	file: string;
	sourceFile: string;
	meta: ArticleMeta;
	sourceText: string;
	/** Every annotation, in document order (an enclosing one before those it holds). */
	mentions: Mention[];
	notes: Note[];
}

/** A subject's mentions in one article. */
export interface ArticleMentions {
	article: Article;
	mentions: Mention[];
}

export interface Sourcebook {
	/** Published articles and subjects only: drafts are validated but kept apart until reviewed. */
	articles: Article[];
	subjects: Subject[];
	drafts: { articles: Article[]; subjects: Subject[] };
	subject(id: string): Subject | undefined;
	article(slug: string): Article | undefined;
	/** Every mention of a subject, article by article in the order of `articles`. */
	mentionsOf(id: string): Mention[];
	/**
	 * A subject's mentions grouped by article, in the order of `articles`: what every subject page
	 * and every note shows, so grouped once per build rather than found again by scanning.
	 */
	mentionsByArticle(id: string): ArticleMentions[];
	/** An article's place in `articles`. */
	position(article: Article): number;
	/**
	 * The figures of a measure, by date, then title: every figure's page shows its measure's, so
	 * grouped once per build (a scan of every subject on each page grew with their product).
	 */
	figuresOfMeasure(measure: string): readonly SubjectOf<'figure'>[];
}

export function buildSourcebook(input: ContentInput): Sourcebook {
	const faults: ContentFault[] = [];
	const { subjects, unreadable, lineOf } = readSubjects(input.subjectFiles, faults);
	const byId = new Map(subjects.map((s) => [s.id, s]));
	// An id whose entry already failed is not reported again at each use.
	const known = (id: string) => byId.has(id) || unreadable.ids.has(id);

	checkSpeakers(subjects, byId, (id) => known(id) || unreadable.kinds.has('person') || unreadable.kinds.has('organization'), lineOf, faults);

	const articles: Article[] = [];
	// One cause, one message: an article that could not be read is reported once, and what only
	// follows from it (entries quoting it, more uses of the same unknown id) is folded under it.
	const unreadArticles = new Map<string, ContentFault>();
	const unknownIds = new Map<string, { fault: ContentFault; more: number; files: Set<string> }>();
	for (const file of input.articleFiles) {
		const before = faults.length;
		const article = readArticle(file, byId, (id, kind) => known(id) || unreadable.kinds.has(kind), faults, unknownIds);
		if (article) articles.push(article);
		else if (faults.length > before) unreadArticles.set(file.slug, faults[before]!);
	}
	for (const { fault, more, files } of unknownIds.values()) {
		if (more === 0) continue;
		const elsewhere = files.size > 1 ? ` in ${files.size} articles` : '';
		fault.fault += `; and ${more} more ${more === 1 ? 'use' : 'uses'} of the same id${elsewhere}`;
	}

	checkDifferences(subjects, articles, unreadArticles, lineOf, faults);
	const files = new Map(input.articleFiles.map((f) => [f.slug, f]));
	checkNothingPublishedNeedsADraft(subjects, articles, byId, lineOf, (article, place) => articleLine(files.get(article.slug)!, place), faults);

	if (faults.length > 0) throw new ContentErrors(faults);
	return publish(articles, subjects);
}

/** Drafts are left out of everything the pages see. */
function publish(all: Article[], allSubjects: Subject[]): Sourcebook {
	const articles = all.filter((a) => !a.meta.draft);
	const subjects = allSubjects.filter((s) => !s.data.draft);
	const byId = new Map(subjects.map((s) => [s.id, s]));

	const groupsById = new Map<string, ArticleMentions[]>();
	for (const article of articles) {
		for (const mention of article.mentions) {
			const groups = groupsById.get(mention.subjectId) ?? [];
			if (groups.at(-1)?.article !== article) groups.push({ article, mentions: [] });
			groups.at(-1)!.mentions.push(mention);
			groupsById.set(mention.subjectId, groups);
		}
	}
	const bySlug = new Map(articles.map((a) => [a.slug, a]));
	const positions = new Map(articles.map((a, i) => [a, i]));
	const figures = subjects.filter((s): s is SubjectOf<'figure'> => s.kind === 'figure');
	const byMeasure = Map.groupBy(figures, (f) => f.data.measure);
	for (const list of byMeasure.values()) list.sort((a, b) => a.data.asOf.localeCompare(b.data.asOf) || a.title.localeCompare(b.title));
	return {
		articles,
		subjects,
		drafts: { articles: all.filter((a) => a.meta.draft), subjects: allSubjects.filter((s) => s.data.draft) },
		subject: (id) => byId.get(id),
		article: (slug) => bySlug.get(slug),
		mentionsOf: (id) => (groupsById.get(id) ?? []).flatMap((group) => group.mentions),
		mentionsByArticle: (id) => groupsById.get(id) ?? [],
		position: (article) => positions.get(article) ?? -1,
		figuresOfMeasure: (measure) => byMeasure.get(measure) ?? [],
	};
}
