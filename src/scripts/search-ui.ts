/**
 * Pagefind's Component UI for the search page and its filters, loaded from the site's own bundle
 * (`<base>/pagefind/`), its results shown with the site's result template.
 */
import { bundlePath, ranking, type Ranking } from './search-settings';
import { renderResult, type Filters, type ResultData } from './search-result';

export type { Filters };

/** The parts of Pagefind's Component UI this site uses. */
interface SearchInstance {
	searchTerm: string;
	searchFilters: Filters;
	on(event: 'search', callback: (term: string, filters: Filters) => void): void;
	triggerSearchWithFilters(term: string, filters: Filters): void;
}

interface PagefindComponents {
	configureInstance(name: string, options: { ranking: Ranking }): SearchInstance;
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

/** The named Component UI instance, configured for this site before it loads Pagefind. */
export async function searchInstance(name: string): Promise<SearchInstance> {
	const components = await loadSearchUi();
	return components.configureInstance(name, { ranking });
}

/** Renders each result of the `<pagefind-results>` inside `root` with the site's template. */
export function useSiteTemplate(root: ParentNode): void {
	for (const results of root.querySelectorAll<ResultsElement>('pagefind-results')) results.resultTemplate = renderResult;
}

