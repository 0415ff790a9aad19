/**
 * Ready citations of one annotation (the source, its outlet and date, the annotated words and
 * the permanent URL) or of a subject page: a plain-text line of Sourcebook's own, and the
 * standard formats (APA, Chicago, MLA, BibTeX, RIS, CSL-JSON) that the build made with
 * Citation.js (standard-citations.ts) and published beside the pages. Pure and small: the share
 * script loads it in the browser when a reader asks for a citation.
 */
import { formatDate } from '../views/dates.ts';
import type { ArticleMeta } from '../model/schema.ts';
import type { StandardCitations } from './standard-citations.ts';

/** What a citation needs to know about a source. */
export interface CitedSource {
	title: string;
	/** True when the title is Sourcebook's, not the source's: shown in square brackets. */
	editorialTitle: boolean;
	outlet: string | null;
	byline: string | null;
	/** ISO date, possibly partial. */
	published: string;
	/** The original's address, when known. */
	original: string | null;
}

/** A source's data file: what a citation says of it, and its standard citations. */
export interface CitedSourceData extends CitedSource {
	citations: StandardCitations;
}

/** What a citation says of a source, from its frontmatter. */
export const citedSourceOf = (meta: ArticleMeta): CitedSource => ({
	title: meta.title,
	editorialTitle: meta.editorialTitle,
	outlet: meta.outlet,
	byline: meta.byline,
	published: meta.published,
	original: meta.url,
});

export interface CitedAnnotation {
	source: CitedSourceData;
	/** The annotated words, as the source has them. */
	words: string;
	/** The permanent URL of the annotation (absolute when the site's origin is known). */
	url: string;
}

export interface CitedSubject {
	title: string;
	/** "Person", "Statement"… */
	kind: string;
	url: string;
	citations: StandardCitations;
}

export type Citations = { text: string } & StandardCitations;

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

function titleOf(source: CitedSource): string {
	return source.editorialTitle ? `[${source.title}]` : `“${source.title}”`;
}

/** The plain line quotes the annotated words and links to them; the standard formats cite the source. */
export function citeAnnotation({ source, words, url }: CitedAnnotation): Citations {
	const by = source.byline ? `${source.byline}, ` : '';
	const outlet = source.outlet ?? 'outlet not named';
	const original = source.original ? ` Original: ${source.original}.` : '';
	const text = `${by}${titleOf(source)}, ${outlet}, ${formatDate(source.published)}: “${collapse(words)}”.${original} Annotated in Sourcebook: ${url}`;
	return { text, ...source.citations };
}

export function citeSubject({ title, kind, url, citations }: CitedSubject): Citations {
	return { text: `“${title}” (${kind.toLowerCase()}), Sourcebook: ${url}`, ...citations };
}

/**
 * A site built without its origin (no SITE_URL) writes site-relative URLs into its citations, as
 * in all its data: the browser, which knows the origin, makes them absolute.
 */
export function withAbsoluteUrl(citations: StandardCitations, relative: string, absolute: string): StandardCitations {
	if (!relative.startsWith('/') || relative === absolute) return citations;
	const fix = (text: string) => text.split(relative).join(absolute);
	return { apa: fix(citations.apa), chicago: fix(citations.chicago), mla: fix(citations.mla), bibtex: fix(citations.bibtex), ris: fix(citations.ris), csl: fix(citations.csl) };
}
