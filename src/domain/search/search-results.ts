/**
 * Which annotation a search hit belongs to. Pagefind gives a hit to the last anchor that starts
 * before it, so a word of a quote that follows a name inside the quote would land on the name.
 * Annotations nest (an entity inside a statement), so here a phrase found (hits on adjacent
 * words) goes to the innermost annotation that holds all of it: "the US State Department" to the
 * statement that opens with it, "State Department" alone to the organization's mention. Pure,
 * and importing only what is free of imports: it runs in the browser, on Pagefind's result data.
 */
import { escapeHtml } from '../rendering/markup.ts';

/** Where a subject's search result links to: its first mention in its first sources, and how many more mention it. */
export interface MentionedIn {
	sources: { slug: string; anchor: string; title: string }[];
	more: number;
}

/** A source's annotations that other sources report too, by anchor: where else, and the subject's page, which lists them all. */
export type ReportedElsewhere = Record<string, MentionedIn & { page: string }>;

/**
 * Pagefind (1.5 and later) searches every metadata field, so the sources' titles and slugs, as
 * words, would make a page match words it does not contain. As hex they are one token no reader
 * types.
 */
export function encodeMetaValue(value: MentionedIn | ReportedElsewhere): string {
	return [...new TextEncoder().encode(JSON.stringify(value))].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function decodeMetaValue<T extends MentionedIn | ReportedElsewhere>(hex: string): T {
	const bytes = new Uint8Array(hex.length / 2);
	for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
	return JSON.parse(new TextDecoder().decode(bytes)) as T;
}

/** Between an annotation's kind and its title in `data-pagefind-title`: `Statement · …`. */
export const kindSeparator = ' · ';

/** An element with an id, as Pagefind's result data lists it. */
export interface IndexedAnchor {
	/** The element's tag name. */
	element?: string;
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

/**
 * The annotations' extents in words, `[start, end)`. A titled `<section>` (a dossier's section,
 * editorial-sections.ts) has no text of its own in Pagefind's data, its words being in its
 * paragraphs: it runs to the next titled section, or to the end of the page.
 */
function extents(anchors: readonly IndexedAnchor[]): Extent[] {
	const titled = anchors.filter((a) => a.title !== undefined && /\S/.test(a.title));
	const sections = titled.filter((a) => a.element === 'section');
	return titled.map((anchor) => {
		const own = words(anchor.text ?? '').length;
		if (anchor.element === 'section' && own === 0) {
			const next = sections.find((s) => s.location > anchor.location);
			return { anchor, start: anchor.location, end: next ? next.location : Number.MAX_SAFE_INTEGER };
		}
		return { anchor, start: anchor.location, end: anchor.location + Math.max(1, own) };
	});
}

/** The innermost extent holding the words `[first, last]`: the latest start, then the earliest end. */
function innermost(list: readonly Extent[], first: number, last = first): Extent | undefined {
	let best: Extent | undefined;
	for (const extent of list) {
		if (first < extent.start || last >= extent.end) continue;
		if (!best || extent.start > best.start || (extent.start === best.start && extent.end < best.end)) best = extent;
	}
	return best;
}

/**
 * The base of the site a result's page belongs to, which its metadata's links (sources by slug, a
 * subject's page) are under: in an archive built in shards, a merged index's results are another
 * shard's. The pages with such links are a source's or a subject's, two segments below the base
 * (`articles/<slug>/`, `people/<id>/`).
 */
export function resultBase(url: string): string {
	const path = new URL(url, 'https://origin.invalid').pathname;
	return path.replace(/[^/]+\/[^/]+\/$/, '');
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

/** Hits on adjacent words, grouped in page order. */
function phrases(hits: readonly WeightedLocation[]): WeightedLocation[][] {
	const groups: WeightedLocation[][] = [];
	for (const hit of [...hits].sort((a, b) => a.location - b.location)) {
		const last = groups.at(-1);
		if (last && hit.location - last.at(-1)!.location <= 1) last.push(hit);
		else groups.push([hit]);
	}
	return groups;
}

const score = (hits: readonly WeightedLocation[]) => hits.reduce((sum, h) => sum + h.balanced_score, 0);

/**
 * The annotations a page's hits fall in, best first (the sum of the hits' scores), each with
 * its own URL and excerpt. Hits outside every annotation are left to the page's own result.
 */

export function annotationHits(page: PageData, excerptLength = 24): AnnotationHit[] {
	const list = extents(page.anchors);
	const groups = new Map<Extent, WeightedLocation[]>();
	const give = (extent: Extent | undefined, hits: WeightedLocation[]) => {
		if (extent) groups.set(extent, [...(groups.get(extent) ?? []), ...hits]);
	};
	for (const phrase of phrases(page.weighted_locations)) {
		const holder = innermost(list, phrase[0]!.location, phrase.at(-1)!.location);
		if (holder) give(holder, phrase);
		// A phrase that crosses an annotation's edge: each word to its own annotation.
		else for (const hit of phrase) give(innermost(list, hit.location), [hit]);
	}
	const contentWords = page.raw_content !== undefined ? words(page.raw_content) : words(page.content).map(escapeHtml);
	return [...groups]
		.sort(([a, hitsA], [b, hitsB]) => score(hitsB) - score(hitsA) || a.start - b.start)
		.map(([{ anchor, start, end }, hits]) => ({
			id: anchor.id,
			...splitKind(anchor.title!),
			url: withHash(page.url, anchor.id),
			excerpt: excerpt(contentWords, start, Math.min(end, contentWords.length), hits.map((h) => h.location), excerptLength),
			score: score(hits),
		}));
}

/** The filters a search runs with, by name (`type`, `source`, `speaker`), as Pagefind takes them. */
export type SearchFilters = Readonly<Record<string, readonly string[]>>;

/**
 * The hits a filtered search asked for. A source is filed under the kinds found in it and its
 * statements' speakers (search-index.ts), so a reader filtering by Statement, or by a speaker, gets
 * sources: of their annotations, only those of that kind, or that speaker's statements, are shown.
 */
export function filteredHits(hits: readonly AnnotationHit[], filters: SearchFilters): AnnotationHit[] {
	const types = filters.type ?? [];
	const speakers = filters.speaker ?? [];
	return hits.filter(
		(hit) =>
			(types.length === 0 || types.includes('Article') || (hit.kind !== null && types.includes(hit.kind))) &&
			(speakers.length === 0 || (hit.kind === 'Statement' && speakers.some((speaker) => hit.title.startsWith(`${speaker}: `)))),
	);
}
