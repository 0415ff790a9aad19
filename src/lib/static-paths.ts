/**
 * The pages each route writes, in one place: every route finds its pages here and is given ids,
 * which it looks up in the sourcebook. Articles come from the content collection, which holds
 * the published ones (drafts have no entry: src/loaders/articles.ts); subjects and their
 * collections from the sourcebook.
 */
import { getCollection } from 'astro:content';
import { kindNames, kinds } from '../domain/model/schema';
import { getSourcebook } from '../loading/load';

export async function articlePaths() {
	const entries = await getCollection('articles');
	return entries.map((entry) => ({ params: { slug: entry.id }, props: { slug: entry.id } }));
}

export function subjectPaths() {
	return getSourcebook().subjects.map((subject) => ({ params: { collection: subject.collection, id: subject.id }, props: { subjectId: subject.id } }));
}

export function collectionPaths() {
	return kindNames.map((kind) => ({ params: { collection: kinds[kind].collection }, props: { kind } }));
}
