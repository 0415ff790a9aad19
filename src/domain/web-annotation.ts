/**
 * The annotations as W3C Web Annotations (https://www.w3.org/TR/annotation-model/), for other
 * annotation tools: one AnnotationCollection per article and one for the whole site, one
 * annotation per span, targeting the source file by quote and by position.
 */
import type { Article, Mention, Sourcebook } from './sourcebook.ts';

/** A site-relative path (`articles/x/`) to the URL published in the data. */
export type Link = (path: string) => string;

/** Characters of context kept on each side of a quote. */
export const contextLength = 32;

export const annotationsPath = (slug: string) => `annotations/${slug}.jsonld`;
export const allAnnotationsPath = 'annotations.jsonld';
export const sourceFilePath = (slug: string) => `sources/${slug}.txt`;

export interface TextQuoteSelector {
	type: 'TextQuoteSelector';
	exact: string;
	prefix: string;
	suffix: string;
}

export interface TextPositionSelector {
	type: 'TextPositionSelector';
	start: number;
	end: number;
}

export interface WebAnnotation {
	id: string;
	type: 'Annotation';
	motivation: 'identifying';
	body: { id: string; type: 'Text'; format: 'text/html'; language: 'en' };
	target: {
		type: 'SpecificResource';
		/** The source file, whose text the selectors select in. */
		source: string;
		/** The page that shows the source text. */
		scope: string;
		selector: [TextQuoteSelector, TextPositionSelector];
	};
}

export interface AnnotationCollection {
	'@context': 'http://www.w3.org/ns/anno.jsonld';
	id: string;
	type: 'AnnotationCollection';
	label: string;
	total: number;
	first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

/**
 * The Web Annotation model counts characters as Unicode code points; JavaScript strings count
 * UTF-16 units. The two differ only after a character outside the Basic Multilingual Plane.
 */
export function codePointOffset(text: string, index: number): number {
	if (!hasAstral(text)) return index;
	let offset = 0;
	for (let i = 0; i < index; i++) {
		const unit = text.charCodeAt(i);
		// The first half of a surrogate pair counts the whole pair.
		if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < index) i++;
		offset++;
	}
	return offset;
}

// One article's annotations are made in a row: remembering the last text spares a scan per annotation.
let lastText: string | undefined;
let lastHasAstral = false;
function hasAstral(text: string): boolean {
	if (text !== lastText) {
		lastText = text;
		lastHasAstral = /[\ud800-\udbff]/.test(text);
	}
	return lastHasAstral;
}

export function textSelectors(source: string, start: number, end: number): [TextQuoteSelector, TextPositionSelector] {
	// Context never splits a surrogate pair.
	const from = Math.max(0, start - contextLength);
	const to = Math.min(source.length, end + contextLength);
	const safeFrom = from > 0 && /[\udc00-\udfff]/.test(source[from]!) ? from - 1 : from;
	const safeTo = to < source.length && /[\ud800-\udbff]/.test(source[to - 1]!) ? to + 1 : to;
	return [
		{ type: 'TextQuoteSelector', exact: source.slice(start, end), prefix: source.slice(safeFrom, start), suffix: source.slice(end, safeTo) },
		{ type: 'TextPositionSelector', start: codePointOffset(source, start), end: codePointOffset(source, end) },
	];
}

function annotationOf(book: Sourcebook, article: Article, mention: Mention, link: Link): WebAnnotation {
	const subject = book.subject(mention.subjectId)!;
	return {
		id: `${link(`articles/${article.slug}/`)}#${mention.anchor}`,
		type: 'Annotation',
		motivation: 'identifying',
		body: { id: link(subject.path), type: 'Text', format: 'text/html', language: 'en' },
		target: {
			type: 'SpecificResource',
			source: link(sourceFilePath(article.slug)),
			scope: link(`articles/${article.slug}/`),
			selector: textSelectors(article.sourceText, mention.start, mention.end),
		},
	};
}

function collection(id: string, label: string, items: WebAnnotation[]): AnnotationCollection {
	return {
		'@context': 'http://www.w3.org/ns/anno.jsonld',
		id,
		type: 'AnnotationCollection',
		label,
		total: items.length,
		first: { id: `${id}#page-1`, type: 'AnnotationPage', startIndex: 0, items },
	};
}

const annotationCache = new WeakMap<Link, WeakMap<Article, WebAnnotation[]>>();

/** An article's annotations, made once per link function: each article's file and the site-wide one share them. */
function annotationsOf(book: Sourcebook, article: Article, link: Link): WebAnnotation[] {
	let byArticle = annotationCache.get(link);
	if (!byArticle) annotationCache.set(link, (byArticle = new WeakMap()));
	let annotations = byArticle.get(article);
	if (!annotations) byArticle.set(article, (annotations = article.mentions.map((mention) => annotationOf(book, article, mention, link))));
	return annotations;
}

export function articleAnnotations(book: Sourcebook, article: Article, link: Link): AnnotationCollection {
	return collection(link(annotationsPath(article.slug)), `Sourcebook annotations of “${article.meta.title}”`, annotationsOf(book, article, link));
}

export function allAnnotations(book: Sourcebook, link: Link): AnnotationCollection {
	return collection(
		link(allAnnotationsPath),
		'Sourcebook annotations of every source',
		book.articles.flatMap((article) => annotationsOf(book, article, link)),
	);
}

/**
 * `JSON.stringify(allAnnotations(book, link))`, in pieces of one article each: the site-wide
 * collection is the size of every article's together (62 MB at 2,000 sources), too much to hold
 * as one string while the build also holds the pages' data.
 */
export function* allAnnotationsJson(book: Sourcebook, link: Link): Generator<string> {
	const whole = allAnnotations(book, link);
	// JSON escapes every quote inside a string, so `"items":[]` occurs once: where the items go.
	const [head, tail] = JSON.stringify({ ...whole, first: { ...whole.first, items: [] } }).split('"items":[]');
	yield `${head}"items":[`;
	let first = true;
	for (const article of book.articles) {
		const items = annotationsOf(book, article, link);
		if (items.length === 0) continue;
		yield (first ? '' : ',') + JSON.stringify(items).slice(1, -1);
		first = false;
	}
	yield `]${tail}`;
}
