/**
 * Which subjects a query names, and which it may have meant: the logic behind "Did you mean …?"
 * and behind a named subject's page ranking first. Pure; runs in the browser on the vocabulary's
 * shards (name-vocabulary.ts).
 */
import { limited } from 'talisman/metrics/damerau-levenshtein.js';
import { foldedWords, phoneticCodes } from './name-keys.ts';

/** A person, organization or place as the vocabulary lists it. */
export interface NameSubject {
	kind: 'person' | 'organization' | 'place';
	/** Site-relative path of its page, without the base: `people/john-kerry/`. */
	path: string;
	/** Pagefind's id of its page (the result's `id`), or null when Pagefind did not index it. */
	page: string | null;
	name: string;
	aliases: string[];
}

export interface Suggestion {
	subject: NameSubject;
	/** Its name or alias nearest to the query. */
	matched: string;
	/** Edits, less for a word that sounds the same, plus a little for each word the query left out. */
	cost: number;
}

/**
 * Edits a query word may be from a name's word: none below 4 letters (too many short words are a
 * letter from a name), one up to 5, two beyond. A word that sounds the same may take one more.
 */
function allowedEdits(word: string, soundsAlike: boolean): number {
	const base = word.length < 4 ? 0 : word.length < 6 ? 1 : 2;
	return base + (soundsAlike && word.length >= 4 ? 1 : 0);
}

function soundsAlike(a: string, b: string): boolean {
	const [a1, a2] = phoneticCodes(a);
	const [b1, b2] = phoneticCodes(b);
	return a1 !== '' && (a1 === b1 || a1 === b2 || a2 === b1 || a2 === b2);
}

/** The cost of reading query word `q` as name word `n`, or null when it is too far. */
export function wordCost(q: string, n: string): number | null {
	if (q === n) return 0;
	const alike = soundsAlike(q, n);
	const max = allowedEdits(q, alike);
	if (max === 0) return null;
	// Optimal string alignment: a transposition (Kerry, Kerry → Krery) is one edit, not two.
	const edits = limited(max, q, n);
	if (!Number.isFinite(edits) || edits > max) return null;
	return alike ? edits - 0.5 : edits;
}

const leftOutWord = 0.25;
// Spaces are cheap to get wrong (Bankimoon), but not free: an exact name still comes first.
const respaced = 0.5;

interface Distance {
	edits: number;
	left: number;
}

/** One number to rank by: edits, and a little for each left-out word. */
const cost = (d: Distance) => d.edits + d.left * leftOutWord;

/**
 * How far a query's words are from a name's, or null when some query word matches nothing:
 * `edits` to its words (each query word read as a different name word, the cheapest pairing found
 * greedily; or the whole query as the whole name with spaces ignored: Bankimoon), and the name's
 * words the query `left` out.
 */
export function nameDistance(query: readonly string[], name: readonly string[]): Distance | null {
	if (query.length === 0 || name.length === 0) return null;
	let best: Distance | null = null;
	if (query.length > 1 || name.length > 1) {
		const joined = wordCost(query.join(''), name.join(''));
		if (joined !== null) best = { edits: joined + respaced, left: 0 };
	}
	if (query.length <= name.length) {
		const pairs = query.flatMap((q, i) => name.map((n, j) => ({ i, j, cost: wordCost(q, n) }))).filter((p): p is { i: number; j: number; cost: number } => p.cost !== null);
		pairs.sort((a, b) => a.cost - b.cost || a.i - b.i || a.j - b.j);
		const usedQuery = new Set<number>();
		const usedName = new Set<number>();
		let edits = 0;
		for (const pair of pairs) {
			if (usedQuery.has(pair.i) || usedName.has(pair.j)) continue;
			usedQuery.add(pair.i);
			usedName.add(pair.j);
			edits += pair.cost;
		}
		const paired = { edits, left: name.length - query.length };
		if (usedQuery.size === query.length && (best === null || cost(paired) < cost(best))) best = paired;
	}
	return best;
}

const terms = (subject: NameSubject) => [subject.name, ...subject.aliases];

/**
 * Subjects the query names: all its words are words of the subject's name or of an alias, and they
 * are at least half of that name's words (so "the" names no "the UN chief"). Closest first: fewest
 * words left out, then by name.
 */
export function namedSubjects(query: string, subjects: readonly NameSubject[]): NameSubject[] {
	const words = new Set(foldedWords(query));
	if (words.size === 0) return [];
	const named: { subject: NameSubject; left: number }[] = [];
	for (const subject of subjects) {
		let left = Infinity;
		for (const term of terms(subject)) {
			const termWords = new Set(foldedWords(term));
			if ([...words].every((w) => termWords.has(w)) && words.size * 2 >= termWords.size) left = Math.min(left, termWords.size - words.size);
		}
		if (left !== Infinity) named.push({ subject, left });
	}
	return named.sort((a, b) => a.left - b.left || a.subject.name.localeCompare(b.subject.name)).map((n) => n.subject);
}

/**
 * The subjects a query may have meant, nearest first, at most `limit`; none when the query already
 * names a subject exactly, so that an exact name is never second-guessed.
 */
export function suggestNames(query: string, subjects: readonly NameSubject[], limit = 3): Suggestion[] {
	const words = foldedWords(query);
	if (words.length === 0 || namedSubjects(query, subjects).length > 0) return [];
	const suggestions: Suggestion[] = [];
	for (const subject of subjects) {
		let best: Suggestion | null = null;
		for (const term of terms(subject)) {
			const distance = nameDistance(words, foldedWords(term));
			// Only a misspelling is suggested: a query whose words all stand in a name as typed ("minister") searches well as it is.
			if (distance === null || distance.edits === 0) continue;
			if (best === null || cost(distance) < best.cost) best = { subject, matched: term, cost: cost(distance) };
		}
		if (best) suggestions.push(best);
	}
	return suggestions.sort((a, b) => a.cost - b.cost || a.subject.name.localeCompare(b.subject.name)).slice(0, limit);
}

/**
 * Search results with the named subjects' pages first, in the order `namedSubjects` gives; every
 * other result keeps its place relative to the rest.
 */
export function subjectsFirst<T extends { id: string }>(results: readonly T[], named: readonly NameSubject[]): T[] {
	const order = new Map<string, number>();
	named.forEach((subject, i) => {
		if (subject.page !== null && !order.has(subject.page)) order.set(subject.page, i);
	});
	const first = results.filter((r) => order.has(r.id)).sort((a, b) => order.get(a.id)! - order.get(b.id)!);
	return [...first, ...results.filter((r) => !order.has(r.id))];
}
