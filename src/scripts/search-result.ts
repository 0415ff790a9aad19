/**
 * One search result as the site shows it, on the search page and in the quick search: kind,
 * title, excerpt and source, and the annotations its hits fall in.
 */
import { count } from '../domain/views/copy.ts';
import { annotationHits, decodeMentionedIn, type PageData } from '../domain/search/search-results';
import { articleHref } from '../lib/paths';

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
 * A subject's first mention in its first sources (its page's `mentioned-in` metadata), the
 * searched words carried along, and a link to its page for the rest.
 */
function mentionLinks(data: ResultData): (HTMLAnchorElement | string)[] {
	const encoded = data.meta['mentioned-in'];
	if (!encoded) return [];
	const { sources, more } = decodeMentionedIn(encoded);
	const search = new URL(data.url, window.location.href).search;
	const links: (HTMLAnchorElement | string)[] = sources.flatMap(({ slug, anchor, title }, i) => {
		const link = element('a', 'search-mention-link', title);
		link.href = `${articleHref(slug)}${search}#${anchor}`;
		return i > 0 ? ['; ', link] : [link];
	});
	if (more > 0) {
		const rest = element('a', 'search-mention-link', count(more, 'more source', 'more sources'));
		rest.href = data.url;
		links.push(' and ', rest);
	}
	return links;
}

export function renderResult(data: ResultData): Element {
	const kind = data.filters?.type?.[0];
	const annotations = annotationHits(data).slice(0, maxAnnotations);
	const link = element('a', 'search-result-link', data.meta.title ?? data.url);
	link.href = data.url;
	const item = element(
		'li',
		'search-result',
		element('p', 'search-result-title', ...(kind ? [kindTag(kind), ' '] : []), link),
	);
	const mentions = mentionLinks(data);
	if (mentions.length > 0) item.append(element('p', 'search-result-source', 'In ', ...mentions));
	// An article's hits are shown where they fall, in its annotations.
	if (annotations.length === 0 && data.excerpt) item.append(html('p', 'search-result-excerpt', data.excerpt));
	if (annotations.length > 0) {
		const list = element('ul', 'search-annotations');
		for (const hit of annotations) {
			const anchor = element('a', 'search-annotation-link', ...(hit.kind ? [kindTag(hit.kind), ' '] : []), hit.title);
			anchor.href = hit.url;
			list.append(element('li', 'search-annotation', anchor, html('p', 'search-result-excerpt', hit.excerpt)));
		}
		item.append(list);
	}
	return item;
}
