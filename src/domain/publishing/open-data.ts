/**
 * The data files published beside the pages: each source file byte for byte (what the
 * annotations' text positions count in) with what a citation says of it (read by the share
 * script when a reader asks for a citation), each subject's standard citations, the annotations of
 * each article and of the whole site as W3C Web Annotation collections (the site's in pages of at
 * most 1 MB), and each dossier's citations (dossier-annotations.ts). Bodies are made when a file
 * is written or served.
 */
import { citedSourceOf, type CitedSourceData } from './citation.ts';
import type { CslData } from '@citation-js/core';
import { sourceItem, standardCitations, standardCitationsOf, subjectItem, type StandardCitations } from './standard-citations.ts';
import type { EditorialEntry } from '../model/editorial.ts';
import type { Sourcebook } from '../model/sourcebook.ts';
import { kinds } from '../model/schema.ts';
import { allAnnotationsPath, annotationsPath, citedSourcePath, dossierAnnotationsPath, sourceFilePath, subjectCitationsPath } from './data-paths.ts';
import { dossierCitations } from './dossier-annotations.ts';
import { allAnnotationPages, articleAnnotationsJson, type Link } from './web-annotation.ts';
import { articlePath } from '../model/page-paths.ts';

export interface DataFile {
	/** Relative to the site's root (and base). */
	path: string;
	contentType: string;
	/** The file's text, in one piece or several (the collections: their items apart). */
	body(): Iterable<string>;
}

export const annotationMediaType = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';

/** The CSL-JSON item of every source and subject: a source's id is `article:<slug>`, a subject's its own. */
export function citationItems(book: Sourcebook, link: Link): CslData[] {
	return [
		...book.articles.map((article) => sourceItem(`article:${article.slug}`, article.meta, link(articlePath(article.slug)))),
		...book.subjects.map((subject) => subjectItem(subject.id, subject.title, kinds[subject.kind].singular, link(subject.path))),
	];
}

/** The standard citations of an item, by its id. */
export type CitationsOf = (id: string) => StandardCitations;

/** Every citation, formatted together when the first is asked for: the CSL engine's one pass per style. */
export function citationsAtOnce(items: readonly CslData[]): CitationsOf {
	let all: Map<string, StandardCitations> | undefined;
	return (id) => (all ??= standardCitationsOf(items)).get(id)!;
}

/** Each citation formatted alone when asked for, as the dev server serves one file at a time. */
export function citationsOneByOne(items: readonly CslData[]): CitationsOf {
	const byId = new Map(items.map((item) => [item.id, item]));
	return (id) => standardCitations(byId.get(id)!);
}

/** The data files; the build formats their citations beforehand (in threads), others on demand. */
export function openDataFiles(book: Sourcebook, link: Link, dossiers: readonly EditorialEntry[] = [], citationsOf: CitationsOf = citationsAtOnce(citationItems(book, link))): DataFile[] {
	// Each article's annotations are made once, for its own file and the site-wide pages.
	const all = allAnnotationPages(book, link);
	return [
		...book.articles.flatMap((article, i): DataFile[] => [
			{ path: sourceFilePath(article.slug), contentType: 'text/plain; charset=utf-8', body: () => [article.sourceText] },
			{
				path: citedSourcePath(article.slug),
				contentType: 'application/json',
				body: () => {
					const data: CitedSourceData = { ...citedSourceOf(article.meta), citations: citationsOf(`article:${article.slug}`) };
					return [JSON.stringify(data)];
				},
			},
			{ path: annotationsPath(article.slug), contentType: annotationMediaType, body: () => articleAnnotationsJson(article, link, all.items[i]!) },
		]),
		...book.subjects.map((subject): DataFile => ({
			path: subjectCitationsPath(subject.id),
			contentType: 'application/json',
			body: () => [JSON.stringify(citationsOf(subject.id))],
		})),
		{ path: allAnnotationsPath, contentType: annotationMediaType, body: () => [JSON.stringify(all.collection)] },
		...all.pages.map((page): DataFile => ({ path: page.path, contentType: annotationMediaType, body: page.json })),
		...dossiers.map((dossier): DataFile => ({
			path: dossierAnnotationsPath(dossier.id),
			contentType: annotationMediaType,
			body: () => [JSON.stringify(dossierCitations(dossier, link))],
		})),
	];
}
