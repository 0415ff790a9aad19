/**
 * Pagefind's Component UI, loaded from the site's own bundle (`<base>/pagefind/`) when search is
 * first needed, and the result template shared by the search page and the quick search: kind,
 * title, excerpt and source of each result, and the annotations its hits fall in.
 */
import { annotationHits, decodeMentionedIn, type PageData } from '../domain/search-results';
import { articleHref } from '../lib/paths';
import { bundlePath } from './search-paths';

export type Filters = Record<string, string[]>;

/** The parts of Pagefind's Component UI this site uses. */
export interface SearchInstance {
	searchTerm: string;
	searchFilters: Filters;
	on(event: 'search', callback: (term: string, filters: Filters) => void): void;
	triggerSearchWithFilters(term: string, filters: Filters): void;
}

interface PagefindComponents {
	configureInstance(name: string, options: { ranking: Ranking }): SearchInstance;
}

interface Ranking {
	pageLength?: number;
	termFrequency?: number;
	termSaturation?: number;
}

declare global {
	interface Window {
		PagefindComponents?: PagefindComponents;
	}
}

/** Result data as Pagefind gives it to a `resultTemplate`. */
interface ResultData extends PageData {
	excerpt: string;
	meta: Record<string, string | undefined>;
	filters?: Filters;
}

export interface ResultsElement extends HTMLElement {
	resultTemplate: ((data: ResultData) => Element) | null;
}

let loading: Promise<PagefindComponents> | null = null;

/** Loads the Component UI's stylesheet and script once; resolves when its elements are defined. */
export function loadSearchUi(): Promise<PagefindComponents> {
	loading ??= new Promise((resolve, reject) => {
		const css = `${bundlePath}pagefind-component-ui.css`;
		if (!document.querySelector(`link[href="${css}"]`)) {
			document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: css }));
		}
		const script = Object.assign(document.createElement('script'), { src: `${bundlePath}pagefind-component-ui.js` });
		script.addEventListener('load', () => (window.PagefindComponents ? resolve(window.PagefindComponents) : reject(new Error('Pagefind UI did not load'))));
		script.addEventListener('error', () => reject(new Error('Pagefind UI did not load')));
		document.head.append(script);
	});
	return loading;
}

/**
 * Subject pages are short and sources long: with Pagefind's default ranking a source drops below
 * every short page that names a word once. Page length and term frequency count for a little less.
 */
const ranking: Ranking = { pageLength: 0.5, termFrequency: 0.75 };

/** The named Component UI instance, configured for this site before it loads Pagefind. */
export async function searchInstance(name: string): Promise<SearchInstance> {
	const components = await loadSearchUi();
	return components.configureInstance(name, { ranking });
}

/** Renders each result of the `<pagefind-results>` inside `root` with the site's template. */
export function useSiteTemplate(root: ParentNode): void {
	for (const results of root.querySelectorAll<ResultsElement>('pagefind-results')) results.resultTemplate = renderResult;
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
		const rest = element('a', 'search-mention-link', `${more} more ${more === 1 ? 'source' : 'sources'}`);
		rest.href = data.url;
		links.push(' and ', rest);
	}
	return links;
}

function renderResult(data: ResultData): Element {
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
