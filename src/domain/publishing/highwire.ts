/**
 * Highwire Press `citation_*` meta tags: what Zotero's embedded-metadata translator and Google
 * Scholar read to cite a page. An article page describes its source (title, author, outlet and
 * date of the original report); a subject page describes itself, published by Sourcebook.
 */
import type { ArticleMeta } from '../model/schema.ts';

export type MetaTag = [name: string, content: string];

/** `2014-07-20` as the tags write dates: `2014/07/20`. */
const slashed = (iso: string) => iso.replaceAll('-', '/');

export function articleCitationTags(meta: ArticleMeta, pageUrl: string): MetaTag[] {
	return [
		['citation_title', meta.title],
		...(meta.byline ? [['citation_author', meta.byline] as MetaTag] : []),
		['citation_publication_date', slashed(meta.published)],
		...(meta.outlet ? [['citation_journal_title', meta.outlet] as MetaTag, ['citation_publisher', meta.outlet] as MetaTag] : []),
		['citation_language', 'en'],
		['citation_public_url', pageUrl],
		['citation_fulltext_html_url', pageUrl],
		...(meta.url ? [['citation_abstract_html_url', meta.url] as MetaTag] : []),
	];
}

export function subjectCitationTags(title: string, pageUrl: string): MetaTag[] {
	return [
		['citation_title', title],
		['citation_publisher', 'Sourcebook'],
		['citation_language', 'en'],
		['citation_public_url', pageUrl],
		['citation_fulltext_html_url', pageUrl],
	];
}
