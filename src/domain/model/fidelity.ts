/**
 * Proves that an article's words are its source's words, and maps offsets in the article's
 * text onto offsets in the source file, so every annotation can point into the original.
 * Whitespace runs compare equal to any other whitespace run; every other character must match.
 */

import { isWhitespace } from './whitespace.ts';

export interface Collapsed {
	/** The text with every whitespace run folded to one space and the ends trimmed. */
	text: string;
	/** For each character of `text`, its offset in the original. */
	origin: number[];
	/** For each offset of the original, the index of its character in `text` (a run shares one). */
	position: number[];
}

export function collapseWhitespace(original: string): Collapsed {
	// Whole words are sliced and joined once: a string grown a character at a time is a rope of one
	// piece per character.
	const words: string[] = [];
	const origin: number[] = [];
	const position: number[] = new Array<number>(original.length);
	let length = 0;
	let i = 0;
	while (i < original.length) {
		const run = i;
		while (i < original.length && isWhitespace(original.charCodeAt(i))) position[i++] = length;
		if (i === original.length) break;
		// A run between words becomes one space, which points at the run's first character.
		if (i > run && length > 0) {
			words.push(' ');
			origin.push(run);
			length++;
		}
		const word = i;
		while (i < original.length && !isWhitespace(original.charCodeAt(i))) {
			position[i] = length++;
			origin.push(i++);
		}
		words.push(original.slice(word, i));
	}
	return { text: words.join(''), origin, position };
}

/** Only the text of `collapseWhitespace`: `trim` and `\s` know the same whitespace as `isWhitespace`. */
export function collapsedText(original: string): string {
	return original.trim().split(/\s+/).join(' ');
}

export interface Divergence {
	/** 1-based line and column in the source file where the texts part. */
	line: number;
	column: number;
	/** Offset in the article's text where they part, for the caller to place in its MDX. */
	articleOffset: number;
	expected: string;
	found: string;
}

export type Alignment =
	| { ok: true; toSource: (start: number, end: number) => [number, number] }
	| { ok: false; divergence: Divergence };

/**
 * Walks both texts at once, a whitespace run matching any other: for each offset of the article,
 * the offset in the source of the same character (of a whitespace run, the source run's first
 * character; of leading whitespace, the source's first word). Null when the texts part.
 * Folding both texts first gives the same mapping, at three times the cost (2,000 sources: 0.25 s
 * against 0.08 s, measured).
 */
function lockstep(article: string, source: string): Int32Array | null {
	const toSource = new Int32Array(article.length);
	let i = 0;
	let j = 0;
	while (i < article.length && isWhitespace(article.charCodeAt(i))) i++;
	while (j < source.length && isWhitespace(source.charCodeAt(j))) j++;
	toSource.fill(j, 0, i);
	while (i < article.length && j < source.length) {
		const a = article.charCodeAt(i);
		const b = source.charCodeAt(j);
		const space = isWhitespace(a);
		if (space !== isWhitespace(b)) return null;
		if (!space) {
			if (a !== b) return null;
			toSource[i++] = j++;
			continue;
		}
		const run = j;
		const from = i;
		while (i < article.length && isWhitespace(article.charCodeAt(i))) i++;
		while (j < source.length && isWhitespace(source.charCodeAt(j))) j++;
		toSource.fill(run, from, i);
	}
	// What is left of either text must be trailing whitespace.
	for (; i < article.length; i++) {
		if (!isWhitespace(article.charCodeAt(i))) return null;
		toSource[i] = source.length;
	}
	for (; j < source.length; j++) if (!isWhitespace(source.charCodeAt(j))) return null;
	return toSource;
}

/** Aligns an article's text with its source; a divergence says where and how they part. */
export function alignWithSource(articleText: string, sourceText: string): Alignment {
	const toSource = lockstep(articleText, sourceText);
	if (toSource) return { ok: true, toSource: (start, end) => [toSource[start]!, toSource[end - 1]! + 1] };
	const article = collapseWhitespace(articleText);
	const source = collapseWhitespace(sourceText);
	let k = 0;
	while (k < article.text.length && k < source.text.length && article.text[k] === source.text[k]) k++;
	const offset = k < source.origin.length ? source.origin[k]! : sourceText.length;
	const articleOffset = k < article.origin.length ? article.origin[k]! : articleText.length;
	const before = sourceText.slice(0, offset);
	const line = before.split('\n').length;
	const column = offset - before.lastIndexOf('\n');
	const excerpt = (s: string) => JSON.stringify(s.slice(Math.max(0, k - 20), k + 30));
	return {
		ok: false,
		divergence: {
			line,
			column,
			articleOffset,
			expected: excerpt(source.text),
			found: excerpt(article.text),
		},
	};
}
