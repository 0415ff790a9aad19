/**
 * Forgiving names in the browser: fetches the name vocabulary's shards a query needs (from
 * `<base>/pagefind/names/`), puts the subjects the query names first in Pagefind's results, and
 * gives the names it may have meant. Shared by the search page and the quick search.
 */
import { queryKeys, shardFileName } from '../domain/search/name-keys';
import { namedSubjects, subjectsFirst, suggestNames, type NameSubject, type Suggestion } from '../domain/search/name-suggestions';
import { decodeShard, vocabularyFolder } from '../domain/search/name-vocabulary';
import { bundlePath } from './search-settings';

export type { Suggestion };

/** What a search gives, as Pagefind's API gives it; `suggestions` is added here. */
export interface NamedResponse<R> {
	results: R[];
	suggestions?: Suggestion[];
}

export type NameLookup = (query: string) => Promise<{ named: NameSubject[]; suggestions: Suggestion[] }>;

/** A lookup with its own shards, fetched once each: a page's searches share them. */
export function nameLookup(): NameLookup {
	const shards = new Map<string, Promise<NameSubject[]>>();
	const shard = (key: string) => {
		let loading = shards.get(key);
		if (!loading) {
			// A missing or unreadable shard only means no suggestion: search goes on without it.
			loading = fetch(`${bundlePath}${vocabularyFolder}${shardFileName(key)}`)
				.then((response) => (response.ok ? response.text().then(decodeShard) : []))
				.catch(() => []);
			shards.set(key, loading);
		}
		return loading;
	};
	return async (query) => {
		const bySubject = new Map<string, NameSubject>();
		for (const list of await Promise.all(queryKeys(query).map(shard))) for (const subject of list) bySubject.set(subject.path, subject);
		const subjects = [...bySubject.values()];
		return { named: namedSubjects(query, subjects), suggestions: suggestNames(query, subjects) };
	};
}

/**
 * A search's response with the named subjects' pages first and the suggestions added; the
 * vocabulary is fetched while Pagefind searches. Null (a superseded search) stays null.
 */
export async function withNames<R extends { id: string }, T extends NamedResponse<R>>(lookup: NameLookup, term: string | null, searching: Promise<T | null>): Promise<T | null> {
	const [response, names] = await Promise.all([searching, term?.trim() ? lookup(term) : { named: [], suggestions: [] }]);
	if (!response) return response;
	response.results = subjectsFirst(response.results, names.named);
	response.suggestions = names.suggestions;
	return response;
}

/** The suggestions worth showing: the nearest, and any about as near (within half an edit of it). */
export function shownSuggestions(suggestions: readonly Suggestion[] | undefined): Suggestion[] {
	const best = suggestions?.[0];
	return best ? suggestions.filter((s) => s.cost <= best.cost + 0.5) : [];
}

/**
 * "Did you mean John Kerry?": each name a link to the search for it (`searchHref`), which `take`
 * runs in place on a plain click. Fills `into`, or empties and hides it when there is none.
 */
export function renderSuggestions(into: HTMLElement, suggestions: readonly Suggestion[], searchHref: (name: string) => string, take: (name: string) => void): void {
	into.replaceChildren();
	into.hidden = suggestions.length === 0;
	if (suggestions.length === 0) return;
	into.append('Did you mean ');
	suggestions.forEach(({ subject }, i) => {
		if (i > 0) into.append(i === suggestions.length - 1 ? ' or ' : ', ');
		const link = document.createElement('a');
		link.className = 'search-suggestion-link';
		link.href = searchHref(subject.name);
		link.textContent = subject.name;
		link.addEventListener('click', (event) => {
			if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
			event.preventDefault();
			take(subject.name);
		});
		into.append(link);
	});
	into.append('?');
}
