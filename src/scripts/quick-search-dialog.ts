/**
 * The quick search dialog, on Pagefind's browser API rather than its Component UI: a first search
 * loads Pagefind, its index and five results' data, and nothing else (no filters, no UI library).
 * Results look as on the search page; the search page adds the filters.
 */
import { count } from '../domain/views/copy.ts';
import { href } from '../lib/paths';
import { renderResult, type ResultData } from './search-result';
import { bundlePath } from './search-settings';
import { earlierIndexes, fetchPeriods, indexOptions } from './search-periods';
import { hasRest, recentScope, restOfArchive, type PeriodsManifest } from '../domain/search/periods-manifest';
import { nameLookup, renderSuggestions, shownSuggestions, withNames, type Suggestion } from './name-lookup';
import { loadStylesheet } from './stylesheet.ts';
import resultStyles from '../styles/search-results.css?url';

// The dialog's and the results' styles come with it, not with every page.
await loadStylesheet(resultStyles);

interface PagefindResult {
	id: string;
	data(): Promise<ResultData>;
}

interface Pagefind {
	options(options: typeof indexOptions & { noWorker: boolean }): Promise<void>;
	init(): Promise<void>;
	mergeIndex(bundlePath: string, options: typeof indexOptions): Promise<void>;
	destroy(): Promise<void>;
	/** Resolves to null when a later search has superseded this one. */
	debouncedSearch(term: string, options: object, ms: number): Promise<{ results: PagefindResult[]; suggestions?: Suggestion[] } | null>;
}

const pageSize = 5;
const typingPause = 150;

let pagefind: Promise<Pagefind> | null = null;

/** Pagefind's API, from the site's bundle, configured as the search page configures its UI. */
function loadPagefind(): Promise<Pagefind> {
	pagefind ??= (import(/* @vite-ignore */ `${bundlePath}pagefind.js`) as Promise<Pagefind>).then(async (api) => {
		// The index is small: searching on the main thread spares the Web Worker's script.
		await api.options({ ...indexOptions, noWorker: true });
		await api.init();
		return api;
	});
	return pagefind;
}

/**
 * Pagefind keeps an index whose merge failed (a network error), and every later search fails on
 * it: the failed instance is dropped, and the next search starts Pagefind afresh.
 */
async function restartPagefind(api: Pagefind): Promise<void> {
	pagefind = null;
	await api.destroy();
}

/**
 * The dialog, written here rather than as a template in every page: about 1 KB of HTML that each
 * page carried and the search index parsed, for readers who may never search.
 */
const markup = `<dialog class="quick-search" aria-labelledby="quick-search-label">
<div class="quick-search-form">
<label id="quick-search-label" for="quick-search-field">Search</label>
<input id="quick-search-field" type="search" placeholder="People, statements, figures…" autocomplete="off" spellcheck="false" aria-describedby="quick-search-keys">
<button type="button" class="quick-search-close" data-close>Close</button>
</div>
<p class="quick-search-status" role="status"></p>
<p class="search-suggestion" data-search-suggestion hidden></p>
<ul class="quick-search-results"></ul>
<button type="button" class="quick-search-show-more" data-show-more hidden>Show more results</button>
<p class="quick-search-scope" data-search-scope hidden><span></span> <button type="button"></button></p>
<div class="quick-search-footer">
<a class="quick-search-more" href="${href('search/')}" data-search-more>Filter by kind, source or speaker</a>
<p id="quick-search-keys" class="quick-search-keys"><kbd>↑</kbd> <kbd>↓</kbd> to move, <kbd>Enter</kbd> to open, <kbd>Esc</kbd> to close</p>
</div>
</dialog>`;

/** Puts the dialog into the page and wires it up; `open()` shows it. */
export function quickSearchDialog(): { open(): void } {
	document.body.insertAdjacentHTML('beforeend', markup);
	const dialog = document.querySelector<HTMLDialogElement>('dialog.quick-search')!;
	const field = dialog.querySelector('input')!;
	const status = dialog.querySelector<HTMLElement>('[role="status"]')!;
	const list = dialog.querySelector('ul')!;
	const showMore = dialog.querySelector<HTMLButtonElement>('[data-show-more]')!;
	const searchPage = dialog.querySelector<HTMLAnchorElement>('[data-search-more]')!;
	const suggestion = dialog.querySelector<HTMLElement>('[data-search-suggestion]')!;
	const scope = dialog.querySelector<HTMLElement>('[data-search-scope]')!;
	const searchEarlier = scope.querySelector('button')!;
	const lookup = nameLookup();
	let suggestions: Suggestion[] = [];

	let results: PagefindResult[] = [];
	let shown = 0;
	// The older sources' indexes, once merged: every later search covers them too. A merge that
	// failed is forgotten, to be tried again.
	let earlier: Promise<boolean> | null = null;

	function mergeEarlier(api: Pagefind, periods: PeriodsManifest): Promise<boolean> {
		earlier ??= Promise.all(earlierIndexes(periods).map(({ bundlePath, ...options }) => api.mergeIndex(bundlePath, options))).then(
			() => true,
			async () => {
				earlier = null;
				await restartPagefind(api);
				return false;
			},
		);
		return earlier;
	}
	// Each search's number: a slower, older one never overwrites a newer one.
	let current = 0;

	/** Shows the next five results; resolves to the first of them, or null for an outdated search. */
	async function showNext(search: number): Promise<Element | null> {
		const next = results.slice(shown, shown + pageSize);
		shown += next.length;
		const data = await Promise.all(next.map((result) => result.data()));
		if (search !== current) return null;
		const items = data.map((result) => renderResult(result));
		list.append(...items);
		showMore.hidden = shown >= results.length;
		return items[0] ?? null;
	}

	async function runSearch(term: string): Promise<void> {
		const search = ++current;
		// "Filter by…" opens the search page with the query typed so far.
		const url = new URL(searchPage.href);
		url.search = term ? new URLSearchParams({ q: term }).toString() : '';
		searchPage.href = url.toString();
		if (!term.trim()) {
			list.replaceChildren();
			status.textContent = '';
			showMore.hidden = true;
			scope.hidden = true;
			suggestions = [];
			renderSuggestions(suggestion, suggestions, searchFor, take);
			return;
		}
		const [api, periods] = await Promise.all([loadPagefind(), fetchPeriods()]);
		// A merge under way completes before a search runs on the indexes it adds.
		await earlier;
		const found = await withNames(lookup, term, api.debouncedSearch(term, {}, typingPause));
		if (!found || search !== current) return;
		const partial = hasRest(periods) && !earlier;
		// Nothing among the recent sources: the older ones are searched at once, not offered.
		if (found.results.length === 0 && partial) {
			list.replaceChildren();
			showMore.hidden = true;
			scope.hidden = true;
			status.textContent = `No results for “${term}” in ${recentScope(periods)}: searching ${restOfArchive(periods)}…`;
			const merged = await mergeEarlier(api, periods);
			if (search !== current) return;
			if (merged) await runSearch(term);
			else status.textContent = `No results for “${term}” in ${recentScope(periods)}; ${restOfArchive(periods)} could not be loaded.`;
			return;
		}
		results = found.results;
		suggestions = shownSuggestions(found.suggestions);
		renderSuggestions(suggestion, suggestions, searchFor, take);
		shown = 0;
		list.replaceChildren();
		status.textContent = results.length > 0 ? `${count(results.length, 'result')} for “${term}”` : `No results for “${term}”`;
		scope.hidden = !partial;
		if (partial) {
			scope.querySelector('span')!.textContent = `Searched ${recentScope(periods)}.`;
			searchEarlier.textContent = `Search ${restOfArchive(periods)} too`;
		}
		await showNext(search);
	}

	/** The search page's URL for a name, for a suggestion opened in a new tab. */
	function searchFor(name: string): string {
		return `${href('search/')}?${new URLSearchParams({ q: name })}`;
	}

	/** Taking a suggestion searches for the name, as typing it would. */
	function take(name: string): void {
		field.value = name;
		field.focus();
		void runSearch(name);
	}

	field.addEventListener('input', () => void runSearch(field.value));
	searchEarlier.addEventListener('click', async () => {
		const [api, periods] = await Promise.all([loadPagefind(), fetchPeriods()]);
		const merged = await mergeEarlier(api, periods);
		await runSearch(field.value);
		if (!merged) scope.querySelector('span')!.textContent = `Searched ${recentScope(periods)}; ${restOfArchive(periods)} could not be loaded.`;
		field.focus();
	});
	// The reader goes on where the new results start (the button may hide when they are all shown).
	showMore.addEventListener('click', async () => (await showNext(current))?.querySelector('a')?.focus());
	// Enter in the field opens the first result, or where nothing matched, takes the first suggestion.
	field.addEventListener('keydown', (event) => {
		if (event.key !== 'Enter' || event.isComposing) return;
		event.preventDefault();
		const first = list.querySelector('a');
		if (first) first.click();
		else if (suggestions[0]) take(suggestions[0].subject.name);
	});
	dialog.querySelector('[data-close]')!.addEventListener('click', () => dialog.close());
	// A click on the backdrop (outside the dialog's box) closes it.
	dialog.addEventListener('click', (event) => {
		if (event.target === dialog) dialog.close();
	});
	dialog.addEventListener('keydown', (event) => {
		// Escape closes at once: in a search field it would first clear the words.
		if (event.key === 'Escape') {
			event.preventDefault();
			dialog.close();
			return;
		}
		// Up and down move between the field and the results' links.
		if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
		const stops: HTMLElement[] = [field, ...suggestion.querySelectorAll('a'), ...list.querySelectorAll('a')];
		const at = stops.indexOf(document.activeElement as HTMLElement);
		const to = Math.min(Math.max(at + (event.key === 'ArrowDown' ? 1 : -1), 0), stops.length - 1);
		event.preventDefault();
		stops[to]!.focus();
	});

	return {
		open() {
			if (!dialog.open) dialog.showModal();
			field.focus();
			field.select();
			void loadPagefind();
		},
	};
}
