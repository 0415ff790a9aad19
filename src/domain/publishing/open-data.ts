/**
 * The data files published beside the pages: each source file byte for byte (what the
 * annotations' text positions count in) with what a citation says of it (read by the share
 * script when a reader asks for a citation), and the annotations of each article and of the whole
 * site as W3C Web Annotation collections (the site's in pages of at most 1 MB), and each dossier's citations (dossier-annotations.ts). Bodies are made when a file is written or served.
 */
import { citedSourceOf } from './citation.ts';
import type { EditorialEntry } from '../model/editorial.ts';
import type { Sourcebook } from '../model/sourcebook.ts';
import { allAnnotationsPath, annotationsPath, citedSourcePath, dossierAnnotationsPath, sourceFilePath } from './data-paths.ts';
import { dossierCitations } from './dossier-annotations.ts';
import { allAnnotationPages, articleAnnotationsJson, type Link } from './web-annotation.ts';

export interface DataFile {
	/** Relative to the site's root (and base). */
	path: string;
	contentType: string;
	/** The file's text, in one piece or several (the collections: their items apart). */
	body(): Iterable<string>;
}

export const annotationMediaType = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';

export function openDataFiles(book: Sourcebook, link: Link, dossiers: readonly EditorialEntry[] = []): DataFile[] {
	const all = allAnnotationPages(book, link);
	return [
		...book.articles.flatMap((article): DataFile[] => [
			{ path: sourceFilePath(article.slug), contentType: 'text/plain; charset=utf-8', body: () => [article.sourceText] },
			{ path: citedSourcePath(article.slug), contentType: 'application/json', body: () => [JSON.stringify(citedSourceOf(article.meta))] },
			{ path: annotationsPath(article.slug), contentType: annotationMediaType, body: () => articleAnnotationsJson(book, article, link) },
		]),
		{ path: allAnnotationsPath, contentType: annotationMediaType, body: () => [JSON.stringify(all.collection)] },
		...all.pages.map((page): DataFile => ({ path: page.path, contentType: annotationMediaType, body: page.json })),
		...dossiers.map((dossier): DataFile => ({
			path: dossierAnnotationsPath(dossier.id),
			contentType: annotationMediaType,
			body: () => [JSON.stringify(dossierCitations(dossier, link))],
		})),
	];
}
