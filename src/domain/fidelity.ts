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

export interface Divergence {
	/** 1-based line and column in the source file where the texts part. */
	line: number;
	column: number;
	expected: string;
	found: string;
}

export type Alignment =
	| { ok: true; toSource: (start: number, end: number) => [number, number] }
	| { ok: false; divergence: Divergence };

/** Aligns an article's text with its source; a divergence says where and how they part. */
export function alignWithSource(articleText: string, sourceText: string): Alignment {
	const article = collapseWhitespace(articleText);
	const source = collapseWhitespace(sourceText);
	if (article.text === source.text) {
		return {
			ok: true,
			toSource(start, end) {
				const first = source.origin[article.position[start]!]!;
				const last = source.origin[article.position[end - 1]!]!;
				return [first, last + 1];
			},
		};
	}
	let k = 0;
	while (k < article.text.length && k < source.text.length && article.text[k] === source.text[k]) k++;
	const offset = k < source.origin.length ? source.origin[k]! : sourceText.length;
	const before = sourceText.slice(0, offset);
	const line = before.split('\n').length;
	const column = offset - before.lastIndexOf('\n');
	const excerpt = (s: string) => JSON.stringify(s.slice(Math.max(0, k - 20), k + 30));
	return {
		ok: false,
		divergence: {
			line,
			column,
			expected: excerpt(source.text),
			found: excerpt(article.text),
		},
	};
}
