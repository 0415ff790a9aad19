/**
 * Pagefind's Component UI for the search page and its filters, loaded from the site's own bundle
 * (`<base>/pagefind/`), its results shown with the site's result template.
 */
import { bundlePath, ranking, type Ranking } from './search-settings';
import { renderResult, type Filters, type ResultData } from './search-result';
import { nameLookup, withNames, type NamedResponse } from './name-lookup';
import { earlierIndexes, fetchPeriods } from './search-periods';

export type { Filters };

/** The parts of Pagefind's Component UI this site uses. */
export interface SearchInstance {
	searchTerm: string;
	searchFilters: Filters;
	on(event: 'search', callback: (term: string, filters: Filters) => void): void;
	on(event: 'results', callback: (response: NamedResponse<{ id: string }>) => void): void;
	triggerSearchWithFilters(term: string, filters: Filters): void;
}

/** Pagefind's API as the Component UI holds it (its `__pagefind__`, set once Pagefind has loaded). */
interface PagefindApi {
	search(term: string | null, options: object): Promise<NamedResponse<{ id: string }> | null>;
}

interface PagefindComponents {
	configureInstance(name: string, options: { ranking: Ranking; mergeIndex: ReturnType<typeof earlierIndexes> }): SearchInstance;
}

declare global {
	interface Window {
		PagefindComponents?: PagefindComponents;
	}
}

interface ResultsElement extends HTMLElement {
	resultTemplate: ((data: ResultData) => Element) | null;
}

let loading: Promise<PagefindComponents> | null = null;

/** Loads the Component UI's stylesheet and script once; resolves when its elements are defined. */
function loadSearchUi(): Promise<PagefindComponents> {
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
 * The named Component UI instance, configured for this site before it loads Pagefind. It searches
 * every period's index: the search page is where a reader filters the whole archive.
 */
export async function searchInstance(name: string): Promise<SearchInstance> {
	const [components, periods] = await Promise.all([loadSearchUi(), fetchPeriods()]);
	const instance = components.configureInstance(name, { ranking, mergeIndex: earlierIndexes(periods) });
	forgiveNames(instance);
	return instance;
}

/**
 * Names first and suggestions, on the search page as in the quick search: the Component UI has no
 * hook between Pagefind's answer and its results, so the Pagefind instance it loads (its internal
 * `__pagefind__`, Pagefind 1.6) has its `search` wrapped as it is set. Its results event then
 * carries the suggestions.
 */
function forgiveNames(instance: SearchInstance): void {
	const lookup = nameLookup();
	let api: PagefindApi | null = null;
	Object.defineProperty(instance, '__pagefind__', {
		configurable: true,
		get: () => api,
		set(value: PagefindApi | null) {
			if (value) {
				const search = value.search.bind(value);
				value.search = (term, options) => withNames(lookup, term, search(term, options));
			}
			api = value;
		},
	});
}

/** Renders each result of the `<pagefind-results>` inside `root` with the site's template, under the instance's filters. */
export function useSiteTemplate(root: ParentNode, instance: SearchInstance): void {
	for (const results of root.querySelectorAll<ResultsElement>('pagefind-results')) results.resultTemplate = (data) => renderResult(data, instance.searchFilters);
}

