/**
 * Names as search compares them: folded (case, diacritics, apostrophes, hyphens and spaces), and
 * keyed by sound, so that spellings nobody wrote down still meet the name. Pure; runs at build time
 * and in the browser.
 */
import { doubleMetaphone } from 'double-metaphone';

/** `Al-Shuja’iah` → `al shujaiah`; `Ban Ki-Moon` → `ban ki moon`; `Ramón` → `ramon`. */
export function fold(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		// An apostrophe marks a sound (an ayin, an elision), not a break: readers leave it out.
		.replace(/['’‘ʼʻ`´]/g, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** The folded words of a name or a query. */
export function foldedWords(text: string): string[] {
	const folded = fold(text);
	return folded === '' ? [] : folded.split(' ');
}

/** A word's Double Metaphone codes, primary then alternate (equal for most words). */
export function phoneticCodes(word: string): [string, string] {
	return doubleMetaphone(word);
}

/**
 * The shard a word is filed under: the first letter of its phonetic code, which most misspellings
 * and transliterations keep (Kery/Kerry K, Psacki/Psaki S, Shukri/Shoukry X), where a word's own
 * first letter does not (Cairo, Kairo). A word without a code (digits) goes by its first character.
 */
function keyOf(code: string, word: string): string {
	return (code[0] ?? word[0] ?? '_').toUpperCase();
}

/** Every shard a name's word is filed under: by its primary and its alternate code. */
export function nameWordKeys(word: string): string[] {
	const [primary, alternate] = phoneticCodes(word);
	return [...new Set([keyOf(primary, word), keyOf(alternate, word)])];
}

/** The one shard a query's word looks in: its primary code's (names are filed under both of theirs). */
export function queryWordKey(word: string): string {
	return keyOf(phoneticCodes(word)[0], word);
}

/**
 * At most this many shards per query. A subject is filed under every word of its names, so two
 * words of a query already reach every subject that has both; more would only add bytes. Measured
 * on the benchmark's archive at 10,000 reports (bench/search-results.md): 12 shards, the two
 * largest 8.4 and 6.6 KB gzip, so a query never fetches more than about 15 KB of names.
 */
export const shardsPerQuery = 2;

/**
 * The shards a query needs: those of its longest words, which say most of a name (`Ban Ki Moon`
 * looks under `moon` and `ban`), at most `shardsPerQuery` of them.
 */
export function queryKeys(query: string): string[] {
	const longestFirst = [...new Set(foldedWords(query))].sort((a, b) => b.length - a.length);
	const keys: string[] = [];
	for (const word of longestFirst) {
		const key = queryWordKey(word);
		if (!keys.includes(key)) keys.push(key);
		if (keys.length === shardsPerQuery) break;
	}
	return keys.sort();
}

/** Shard file names: keys are A-Z, 0 (for "th") and digits; anything else is spelled as its code point. */
export function shardFileName(key: string): string {
	return /^[A-Z0-9]$/.test(key) ? `${key}.json` : `u${key.codePointAt(0)!.toString(16)}.json`;
}
