/**
 * The pages each route writes, in one place: every route finds its pages here and is given ids,
 * which it looks up in the sourcebook. Articles come from the content collection, which holds
 * the published ones (drafts have no entry: src/loaders/articles.ts); subjects and their
 * collections from the sourcebook.
 */
import { getCollection } from 'astro:content';
import { kindNames, kinds } from '../domain/model/schema';
import { getEditorial, getSourcebook } from '../loading/load';
import { homeIntroduction } from '../domain/model/editorial';
import { flatten, pageParam, pageSizes, paginate } from '../domain/views/pagination';
import { indexGroups } from '../domain/views/queries';
import { latestSources } from '../domain/publishing/syndication';
import { timeline } from '../domain/views/timeline';
import { timelinePages } from '../domain/views/timeline-pages';

export async function articlePaths() {
	const entries = await getCollection('articles');
	return entries.map((entry) => ({ params: { slug: entry.id }, props: { slug: entry.id } }));
}

export function subjectPaths() {
	return getSourcebook().subjects.map((subject) => ({ params: { collection: subject.collection, id: subject.id }, props: { subjectId: subject.id } }));
}

/** Each collection's index, page by page: `statements/`, `statements/page/2/`… */
export function collectionPaths() {
	const book = getSourcebook();
	return kindNames.flatMap((kind) =>
		paginate(flatten(indexGroups(book, kind)), pageSizes.index, `${kinds[kind].collection}/`).map((page) => ({
			params: { collection: kinds[kind].collection, page: pageParam(page.number) },
			props: { kind, page },
		})),
	);
}

/** The second and later pages of each subject's mentions (its own page holds the first). */
export function subjectMentionPaths() {
	const book = getSourcebook();
	return book.subjects.flatMap((subject) =>
		paginate(book.mentionsByArticle(subject.id), pageSizes.mentions, subject.path)
			.slice(1)
			.map((page) => ({ params: { collection: subject.collection, id: subject.id, number: String(page.number) }, props: { subjectId: subject.id, page } })),
	);
}

/** Every source, newest first, page by page: `articles/`, `articles/page/2/`… */
export function sourceListPaths() {
	return paginate(latestSources(getSourcebook()), pageSizes.sources, 'articles/').map((page) => ({ params: { page: pageParam(page.number) }, props: { page } }));
}

/** The timeline: one page, or months (src/domain/views/timeline-pages.ts). */
export function timelinePaths() {
	return timelinePages(timeline(getSourcebook()), pageSizes.timeline).map((page) => ({ params: { page: page.param }, props: { page } }));
}

/**
 * The editorial pages (`pages`) or the dossiers: each collection entry that the domain checked and
 * publishes (drafts are checked but left out), with its checked entry. `home` is the home page's
 * introduction, not a page of its own.
 */
export async function editorialPaths(collection: 'pages' | 'dossiers') {
	const editorial = getEditorial();
	const entries = await getCollection(collection);
	return entries.flatMap((page) => {
		const entry = editorial.entry(collection, page.id);
		return entry && !(collection === 'pages' && page.id === homeIntroduction) ? [{ params: { id: page.id }, props: { page, entry } }] : [];
	});
}
