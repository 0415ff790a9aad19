/**
 * The annotations as W3C Web Annotations (https://www.w3.org/TR/annotation-model/), for other
 * annotation tools: one AnnotationCollection per article and one for the whole site, paged as
 * the Web Annotation Protocol pages a large collection (section 4), one annotation per span,
 * targeting the source file by quote and by position. Each annotation carries its own
 * `@context`, so that one taken out of its collection is still a valid annotation; its `id`, body
 * and target are IRIs when the site's origin is known (the integration warns when it is not).
 */
import { allAnnotationsPath, annotationPagePath, annotationsPath, sourceFilePath } from './data-paths.ts';
import { splitByBytes } from './paged-collection.ts';
import type { Article, Mention, Sourcebook } from '../model/sourcebook.ts';
import { articlePath } from '../model/page-paths.ts';

/** A site-relative path (`articles/x/`) to the URL published in the data. */
export type Link = (path: string) => string;

/** Characters of context kept on each side of a quote. */
export const contextLength = 32;

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

const annoContext = 'http://www.w3.org/ns/anno.jsonld';

export interface WebAnnotation {
	'@context': typeof annoContext;
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
		'@context': annoContext,
		id: `${link(articlePath(article.slug))}#${mention.anchor}`,
		type: 'Annotation',
		motivation: 'identifying',
		body: { id: link(subject.path), type: 'Text', format: 'text/html', language: 'en' },
		target: {
			type: 'SpecificResource',
			source: link(sourceFilePath(article.slug)),
			scope: link(articlePath(article.slug)),
			selector: textSelectors(article.sourceText, mention.start, mention.end),
		},
	};
}

function collection(id: string, label: string, items: WebAnnotation[], total = items.length): AnnotationCollection {
	return {
		'@context': 'http://www.w3.org/ns/anno.jsonld',
		id,
		type: 'AnnotationCollection',
		label,
		total,
		first: { id: `${id}#page-1`, type: 'AnnotationPage', startIndex: 0, items },
	};
}

const articleLabel = (article: Article) => `Sourcebook annotations of “${article.meta.title}”`;
const allLabel = 'Sourcebook annotations of every source';

function annotationsOf(book: Sourcebook, article: Article, link: Link): WebAnnotation[] {
	return article.mentions.map((mention) => annotationOf(book, article, mention, link));
}

export function articleAnnotations(book: Sourcebook, article: Article, link: Link): AnnotationCollection {
	return collection(link(annotationsPath(article.slug)), articleLabel(article), annotationsOf(book, article, link));
}

/** An article's annotations as JSON, without the array's brackets: a piece of its own file and of a site-wide page. */
export function annotationItemsJson(book: Sourcebook, article: Article, link: Link): string {
	return JSON.stringify(annotationsOf(book, article, link)).slice(1, -1);
}

/**
 * An object's JSON with `items` filled from its items' JSON in pieces, exactly as `JSON.stringify`
 * writes the object with those items.
 */
function* withItems(value: { items: unknown[] }, pieces: Iterable<string>): Generator<string> {
	// JSON escapes every quote inside a string, so `"items":[]` occurs once: where the items go.
	const [head, tail] = JSON.stringify(value).split('"items":[]');
	yield `${head}"items":[`;
	let first = true;
	for (const piece of pieces) {
		if (piece === '') continue;
		yield (first ? '' : ',') + piece;
		first = false;
	}
	yield `]${tail}`;
}

/** A collection with its items in pieces, in its one embedded page. */
function* collectionJson(id: string, label: string, total: number, pieces: Iterable<string>): Generator<string> {
	const value = collection(id, label, [], total);
	const [head, tail] = JSON.stringify(value).split(JSON.stringify(value.first));
	yield head!;
	yield* withItems(value.first, pieces);
	yield tail!;
}

/** `JSON.stringify(articleAnnotations(book, article, link))`, in pieces, from the article's `annotationItemsJson`. */
export function articleAnnotationsJson(article: Article, link: Link, items: string): Generator<string> {
	return collectionJson(link(annotationsPath(article.slug)), articleLabel(article), article.mentions.length, [items]);
}

/** The site-wide collection: its pages are named by IRI, not embedded. */
export interface PagedAnnotationCollection {
	'@context': typeof annoContext;
	id: string;
	type: 'AnnotationCollection';
	label: string;
	total: number;
	first: string;
	last: string;
}

export interface AnnotationPage {
	'@context': typeof annoContext;
	id: string;
	type: 'AnnotationPage';
	partOf: { id: string; label: string; total: number };
	startIndex: number;
	prev?: string;
	next?: string;
	items: WebAnnotation[];
}

/** The most a page of the site-wide collection may weigh: the bound, 1 MB. */
export const annotationPageBytes = 1_000_000;
/** Room kept in each page for what surrounds its items (ids, links, label): about 500 bytes, doubled for long origins. */
const pageOverhead = 1024;

export interface PagedAnnotations {
	collection: PagedAnnotationCollection;
	/** Each page's path and its JSON, in pieces of one article each, exactly as `JSON.stringify` writes it. */
	pages: { path: string; json: () => Generator<string> }[];
	/** Each article's piece (`annotationItemsJson`), in the sourcebook's order: its own file is written from it too. */
	items: readonly string[];
}

/**
 * The site-wide collection and its pages, each page at most `maxBytes` (the pages hold whole
 * articles' annotations, each article's piece the one its own file was written from).
 */
export function allAnnotationPages(book: Sourcebook, link: Link, maxBytes = annotationPageBytes): PagedAnnotations {
	const pieces = book.articles.map((article) => annotationItemsJson(book, article, link));
	const ranges = splitByBytes(
		pieces.map((json, i) => ({ bytes: Buffer.byteLength(json), count: json === '' ? 0 : book.articles[i]!.mentions.length })),
		maxBytes - pageOverhead,
	);
	const total = ranges.reduce((sum, r) => sum + r.count, 0);
	const id = link(allAnnotationsPath);
	const pageIds = ranges.map((_, i) => link(annotationPagePath(i + 1)));
	const collection: PagedAnnotationCollection = { '@context': annoContext, id, type: 'AnnotationCollection', label: allLabel, total, first: pageIds[0]!, last: pageIds.at(-1)! };
	return {
		collection,
		pages: ranges.map((range, i) => {
			const page: AnnotationPage = {
				'@context': annoContext,
				id: pageIds[i]!,
				type: 'AnnotationPage',
				partOf: { id, label: allLabel, total },
				startIndex: range.startIndex,
				...(i > 0 ? { prev: pageIds[i - 1]! } : {}),
				...(i + 1 < ranges.length ? { next: pageIds[i + 1]! } : {}),
				items: [],
			};
			return { path: annotationPagePath(i + 1), json: () => withItems(page, pieces.slice(range.from, range.to)) };
		}),
		items: pieces,
	};
}
