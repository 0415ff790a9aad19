/**
 * Ready citations of one annotation (the source, its outlet and date, the annotated words and
 * the permanent URL) or of a subject page, in plain text, BibTeX and CSL-JSON. Pure: the pages
 * and the share script in the browser use the same functions.
 */
import { formatDate } from '../views/dates.ts';
import type { ArticleMeta } from '../model/schema.ts';

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
	source: CitedSource;
	/** The annotated words, as the source has them. */
	words: string;
	/** The permanent URL of the annotation (absolute when the site's origin is known). */
	url: string;
	/** A stable key for BibTeX and CSL-JSON: `<article>-<anchor>`. */
	key: string;
}

export interface CitedSubject {
	title: string;
	/** "Person", "Statement"… */
	kind: string;
	url: string;
	key: string;
}

export interface Citations {
	text: string;
	bibtex: string;
	csl: string;
}

const siteName = 'Sourcebook';

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

function titleOf(source: CitedSource): string {
	return source.editorialTitle ? `[${source.title}]` : `“${source.title}”`;
}

/** `2014-07-20` → [[2014, 7, 20]], as CSL wants dates. */
function dateParts(iso: string): number[][] {
	return [iso.split('-').map(Number)];
}

/** Escapes the characters BibTeX gives a meaning to. */
export function bibtexEscape(text: string): string {
	return text.replace(/[\\{}&%$#_~^]/g, (c) => {
		if (c === '\\') return '\\textbackslash{}';
		if (c === '~') return '\\textasciitilde{}';
		if (c === '^') return '\\textasciicircum{}';
		return `\\${c}`;
	});
}

function bibtexEntry(type: string, key: string, fields: [string, string | null][]): string {
	const lines = fields.filter((f): f is [string, string] => f[1] !== null).map(([name, value]) => `  ${name} = {${value}}`);
	return `@${type}{${key},\n${lines.join(',\n')}\n}`;
}

export function citeAnnotation({ source, words, url, key }: CitedAnnotation): Citations {
	const quote = collapse(words);
	const by = source.byline ? `${source.byline}, ` : '';
	const outlet = source.outlet ?? 'outlet not named';
	const original = source.original ? ` Original: ${source.original}.` : '';
	const text = `${by}${titleOf(source)}, ${outlet}, ${formatDate(source.published)}: “${quote}”.${original} Annotated in ${siteName}: ${url}`;
	const [year, month, day] = source.published.split('-');
	const bibtex = bibtexEntry('article', key, [
		['title', source.editorialTitle ? `[${bibtexEscape(source.title)}]` : bibtexEscape(source.title)],
		['author', source.byline ? `{${bibtexEscape(source.byline)}}` : null],
		['journal', source.outlet ? bibtexEscape(source.outlet) : null],
		['year', year ?? null],
		['month', month ?? null],
		['day', day ?? null],
		['url', url],
		['note', `Annotated words: “${bibtexEscape(quote)}”.${source.original ? ` Original: \\url{${source.original}}.` : ''} Annotated in ${siteName}.`],
	]);
	const csl = {
		id: key,
		type: 'article-newspaper',
		title: source.editorialTitle ? `[${source.title}]` : source.title,
		...(source.byline ? { author: [{ literal: source.byline }] } : {}),
		...(source.outlet ? { 'container-title': source.outlet } : {}),
		issued: { 'date-parts': dateParts(source.published) },
		URL: url,
		archive: siteName,
		note: `Annotated words: “${quote}”.${source.original ? ` Original: ${source.original}.` : ''}`,
	};
	return { text, bibtex, csl: JSON.stringify([csl], null, 2) };
}

export function citeSubject({ title, kind, url, key }: CitedSubject): Citations {
	const text = `“${title}” (${kind.toLowerCase()}), ${siteName}: ${url}`;
	const bibtex = bibtexEntry('misc', key, [
		['title', bibtexEscape(title)],
		['howpublished', `\\url{${url}}`],
		['note', `${kind} in ${siteName}`],
	]);
	const csl = { id: key, type: 'webpage', title, 'container-title': siteName, genre: kind, URL: url };
	return { text, bibtex, csl: JSON.stringify([csl], null, 2) };
}
