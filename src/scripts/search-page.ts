/**
 * The search page keeps its query and filters in the URL (`?q=…&type=Person`): a search can be
 * shared, and Back restores the previous one. Typing replaces the URL; changing a filter adds a
 * history entry.
 */
import { searchInstance, useSiteTemplate, type Filters, type SearchInstance } from './search-ui';

const page = document.querySelector<HTMLElement>('[data-search-page]')!;

function fromUrl(): { term: string; filters: Filters } {
	const params = new URLSearchParams(window.location.search);
	const filters: Filters = {};
	for (const [name, value] of params) if (name !== 'q' && value) (filters[name] ??= []).push(value);
	return { term: params.get('q') ?? '', filters };
}

function toUrl(term: string, filters: Filters): string {
	const params = new URLSearchParams();
	if (term) params.set('q', term);
	for (const [name, values] of Object.entries(filters)) for (const value of values) params.append(name, value);
	const query = params.toString();
	return `${window.location.pathname}${query ? `?${query}` : ''}`;
}

const sameFilters = (a: Filters, b: Filters) => toUrl('', a) === toUrl('', b);

function restore(instance: SearchInstance): void {
	const { term, filters } = fromUrl();
	if (term || Object.keys(filters).length > 0) instance.triggerSearchWithFilters(term, filters);
}

const instance = await searchInstance('default');
useSiteTemplate(page);
page.querySelector<HTMLElement>('pagefind-input input')?.focus();
let shown = fromUrl();
instance.on('search', (term, filters) => {
	const url = toUrl(term, filters);
	if (url === toUrl(shown.term, shown.filters)) return;
	if (sameFilters(filters, shown.filters)) history.replaceState(null, '', url);
	else history.pushState(null, '', url);
	shown = { term, filters };
});
window.addEventListener('popstate', () => {
	shown = fromUrl();
	instance.triggerSearchWithFilters(shown.term, shown.filters);
});
restore(instance);
