/**
 * One search result as the site shows it, on the search page and in the quick search: kind,
 * title, excerpt and source, and the annotations its hits fall in.
 */
import { count } from '../domain/views/copy.ts';
import { annotationHits, decodeMetaValue, filteredHits, resultBase, type MentionedIn, type PageData, type ReportedElsewhere, type SearchFilters } from '../domain/search/search-results';
import { articlePath } from '../domain/model/page-paths';

export type Filters = Record<string, string[]>;

/** A result's data as Pagefind's API and its Component UI give it. */
export interface ResultData extends PageData {
	excerpt: string;
	meta: Record<string, string | undefined>;
	filters?: Filters;
}

const maxAnnotations = 4;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	node.className = className;
	node.append(...children);
	return node;
}

function html(tag: 'p' | 'span', className: string, markup: string): HTMLElement {
	const node = element(tag, className);
	// Pagefind's excerpts and ours escape the page's text; only <mark> is markup.
	node.innerHTML = markup;
	return node;
}

const kindTag = (kind: string) => element('span', 'kind-tag', kind);

/**
 * Links to the first mention in each of a few sources (under `base`, the result's site), the
 * searched words carried along, and to `rest` (the subject's page) for the others.
 */
function sourceLinks({ sources, more }: MentionedIn, base: string, search: string, rest: string): (HTMLAnchorElement | string)[] {
	const links: (HTMLAnchorElement | string)[] = sources.flatMap(({ slug, anchor, title }, i) => {
		const link = element('a', 'search-mention-link', title);
		link.href = `${base}${articlePath(slug)}${search}#${anchor}`;
		return i > 0 ? ['; ', link] : [link];
	});
	if (more > 0) {
		const others = element('a', 'search-mention-link', count(more, 'more source', 'more sources'));
		others.href = rest;
		links.push(' and ', others);
	}
	return links;
}

/** A subject's first sources (its page's `mentioned-in` metadata). */
function mentionLinks(data: ResultData, base: string, search: string): (HTMLAnchorElement | string)[] {
	const encoded = data.meta['mentioned-in'];
	return encoded ? sourceLinks(decodeMetaValue<MentionedIn>(encoded), base, search, data.url) : [];
}

/** One result, showing the annotations its hits fall in that the search's filters ask for. */
export function renderResult(data: ResultData, filters: SearchFilters = {}): Element {
	const kind = data.filters?.type?.[0];
	const search = new URL(data.url, window.location.href).search;
	const base = resultBase(data.url);
	const annotations = filteredHits(annotationHits(data), filters).slice(0, maxAnnotations);
	const link = element('a', 'search-result-link', data.meta.title ?? data.url);
	link.href = data.url;
	const item = element(
		'li',
		'search-result',
		element('p', 'search-result-title', ...(kind ? [kindTag(kind), ' '] : []), link),
	);
	const mentions = mentionLinks(data, base, search);
	if (mentions.length > 0) item.append(element('p', 'search-result-source', 'In ', ...mentions));
	// An article's hits are shown where they fall, in its annotations.
	if (annotations.length === 0 && data.excerpt) item.append(html('p', 'search-result-excerpt', data.excerpt));
	if (annotations.length > 0) {
		const encoded = data.meta['reported-elsewhere'];
		const elsewhere = encoded ? decodeMetaValue<ReportedElsewhere>(encoded) : {};
		const list = element('ul', 'search-annotations');
		for (const hit of annotations) {
			const anchor = element('a', 'search-annotation-link', ...(hit.kind ? [kindTag(hit.kind), ' '] : []), hit.title);
			anchor.href = hit.url;
			const entry = element('li', 'search-annotation', anchor, html('p', 'search-result-excerpt', hit.excerpt));
			// The same statement, figure or event in other sources' words, which this search may not find.
			const others = elsewhere[hit.id];
			if (others) entry.append(element('p', 'search-result-source', 'Also in ', ...sourceLinks(others, base, search, `${base}${others.page}${search}`)));
			list.append(entry);
		}
		item.append(list);
	}
	return item;
}
