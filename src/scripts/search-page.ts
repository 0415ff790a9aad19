/**
 * The search page keeps its query and filters in the URL (`?q=…&type=Person`): a search can be
 * shared, and Back restores the previous one. Typing replaces the URL; changing a filter adds a
 * history entry.
 */
import { searchInstance, useSiteTemplate, type Filters } from './search-ui';
import { renderSuggestions, shownSuggestions, type Suggestion } from './name-lookup';

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

/** A search as URLs, whole and filters alone. Strings, because Pagefind changes its filters object in place. */
const snapshot = (term: string, filters: Filters) => ({ url: toUrl(term, filters), filters: toUrl('', filters) });

// Configured before its elements are in the page: Pagefind's Component UI ignores a ranking
// given once an element has loaded Pagefind (the filter pane does as it connects).
const instance = await searchInstance('default');
page.append(page.querySelector<HTMLTemplateElement>('template[data-search-ui]')!.content.cloneNode(true));
useSiteTemplate(page, instance);
const field = page.querySelector<HTMLInputElement>('pagefind-input input');
field?.focus();

/** Runs a search from the URL, showing its words in the field. */
function restore(term: string, filters: Filters): void {
	if (field) field.value = term;
	instance.triggerSearchWithFilters(term, filters);
}

const initial = fromUrl();
let shown = snapshot(initial.term, initial.filters);
instance.on('search', (term, filters) => {
	const next = snapshot(term, filters);
	if (next.url === shown.url) return;
	if (next.filters === shown.filters) history.replaceState(null, '', next.url);
	else history.pushState(null, '', next.url);
	shown = next;
});
window.addEventListener('popstate', () => {
	const { term, filters } = fromUrl();
	shown = snapshot(term, filters);
	restore(term, filters);
});

// "Did you mean …?": taking a suggestion searches for the name, as typing it would.
const suggestion = page.querySelector<HTMLElement>('[data-search-suggestion]')!;
let suggested: { results: number; suggestions: Suggestion[] } = { results: 0, suggestions: [] };
const take = (name: string) => restore(name, instance.searchFilters);
instance.on('results', (response) => {
	suggested = { results: response.results.length, suggestions: shownSuggestions(response.suggestions) };
	renderSuggestions(suggestion, suggested.suggestions, (name) => toUrl(name, instance.searchFilters), take);
});
// Where nothing matched, Enter takes the first suggestion.
field?.addEventListener('keydown', (event) => {
	const first = suggested.suggestions[0];
	if (event.key !== 'Enter' || event.isComposing || suggested.results > 0 || !first) return;
	event.preventDefault();
	take(first.subject.name);
});

if (initial.term || Object.keys(initial.filters).length > 0) restore(initial.term, initial.filters);
