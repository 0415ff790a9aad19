/**
 * Which annotation a search hit belongs to. Pagefind gives a hit to the last anchor that starts
 * before it, so a word of a quote that follows a name inside the quote would land on the name.
 * Annotations nest (an entity inside a statement), so here a hit goes to the innermost annotation
 * that contains it. Pure, and importing only what is free of imports: it runs in the browser, on
 * Pagefind's result data.
 */
import { escapeHtml } from '../rendering/markup.ts';

/** Where a subject's search result links to: its first mention in its first sources, and how many more mention it. */
export interface MentionedIn {
	sources: { slug: string; anchor: string; title: string }[];
	more: number;
}

/**
 * Pagefind (1.5 and later) searches every metadata field, so the sources' titles and slugs, as
 * words, would make a subject match words it does not contain. As hex they are one token no
 * reader types.
 */
export function encodeMentionedIn(value: MentionedIn): string {
	return [...new TextEncoder().encode(JSON.stringify(value))].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function decodeMentionedIn(hex: string): MentionedIn {
	const bytes = new Uint8Array(hex.length / 2);
	for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
	return JSON.parse(new TextDecoder().decode(bytes)) as MentionedIn;
}

/** Between an annotation's kind and its title in `data-pagefind-title`: `Statement · …`. */
export const kindSeparator = ' · ';

/** An element with an id, as Pagefind's result data lists it. */
export interface IndexedAnchor {
	id: string;
	/** `data-pagefind-title`: set on annotations only. */
	title?: string;
	/** The element's text: its length in words gives the annotation's extent. */
	text?: string;
	/** Index of the element's first word in the page's content. */
	location: number;
}

export interface WeightedLocation {
	location: number;
	balanced_score: number;
}

/** The parts of Pagefind's result data (`await result.data()`) this module reads. */
export interface PageData {
	url: string;
	content: string;
	raw_content?: string;
	anchors: IndexedAnchor[];
	weighted_locations: WeightedLocation[];
}

export interface AnnotationHit {
	id: string;
	/** The annotation's kind, read from its title (`Statement`), or null. */
	kind: string | null;
	title: string;
	/** The page's URL (its query kept) with the annotation's anchor. */
	url: string;
	/** HTML: the annotation's words around the hits, HTML-escaped, hits in `<mark>`. */
	excerpt: string;
	score: number;
}

// Pagefind's own word separator, so that locations index the same words.
const wordSeparators = /[^\S\uFEFF]+/;

export function words(text: string): string[] {
	return text.split(wordSeparators).filter((w) => w !== '');
}

/** `Statement · Jen Psaki: “…”` → kind `Statement`, title `Jen Psaki: “…”`. */
export function splitKind(title: string): { kind: string | null; title: string } {
	const at = title.indexOf(kindSeparator);
	return at < 0 ? { kind: null, title } : { kind: title.slice(0, at), title: title.slice(at + kindSeparator.length) };
}

interface Extent {
	anchor: IndexedAnchor;
	start: number;
	end: number;
}

/** The annotations' extents in words, `[start, end)`. */
function extents(anchors: readonly IndexedAnchor[]): Extent[] {
	return anchors
		.filter((a) => a.title !== undefined && /\S/.test(a.title))
		.map((anchor) => ({ anchor, start: anchor.location, end: anchor.location + Math.max(1, words(anchor.text ?? '').length) }));
}

/** The innermost extent holding a word: the latest start, then the earliest end. */
function innermost(list: readonly Extent[], location: number): Extent | undefined {
	let best: Extent | undefined;
	for (const extent of list) {
		if (location < extent.start || location >= extent.end) continue;
		if (!best || extent.start > best.start || (extent.start === best.start && extent.end < best.end)) best = extent;
	}
	return best;
}

export function withHash(url: string, id: string): string {
	const parsed = new URL(url, 'https://origin.invalid');
	parsed.hash = id;
	return /^https?:\/\//.test(url) ? parsed.toString() : parsed.toString().slice('https://origin.invalid'.length);
}

/**
 * At most `length` words of `[start, end)` from the first hit on (a few words before it), hits
 * marked, `…` where the annotation's words are cut. `contentWords` are already HTML-escaped.
 */
export function excerpt(contentWords: readonly string[], start: number, end: number, hits: readonly number[], length: number): string {
	const first = Math.min(...hits);
	const from = Math.max(start, Math.min(first - Math.floor(length / 4), end - length));
	const to = Math.min(end, from + length);
	const marked = new Set(hits);
	const text = contentWords
		.slice(from, to)
		.map((word, i) => (marked.has(from + i) ? `<mark>${word}</mark>` : word))
		.join(' ');
	return `${from > start ? '… ' : ''}${text}${to < end ? ' …' : ''}`;
}

const score = (hits: readonly WeightedLocation[]) => hits.reduce((sum, h) => sum + h.balanced_score, 0);

/**
 * The annotations a page's hits fall in, best first (the sum of the hits' scores), each with
 * its own URL and excerpt. Hits outside every annotation are left to the page's own result.
 */

export function annotationHits(page: PageData, excerptLength = 24): AnnotationHit[] {
	const list = extents(page.anchors);
	const groups = new Map<Extent, WeightedLocation[]>();
	for (const hit of page.weighted_locations) {
		const extent = innermost(list, hit.location);
		if (extent) groups.set(extent, [...(groups.get(extent) ?? []), hit]);
	}
	const contentWords = page.raw_content !== undefined ? words(page.raw_content) : words(page.content).map(escapeHtml);
	return [...groups]
		.sort(([a, hitsA], [b, hitsB]) => score(hitsB) - score(hitsA) || a.start - b.start)
		.map(([{ anchor, start, end }, hits]) => ({
			id: anchor.id,
			...splitKind(anchor.title!),
			url: withHash(page.url, anchor.id),
			excerpt: excerpt(contentWords, start, end, hits.map((h) => h.location), excerptLength),
			score: score(hits),
		}));
}
