/** The sentence (or sentences) of a text around a span, for showing a mention in context. */
import { isWhitespace } from './whitespace.ts';

// Code units, not one-character strings: every mention of every source scans its sentence.
const closing = new Set([...'"”’\')'].map((c) => c.charCodeAt(0)));
const ending = new Set([...'.!?…'].map((c) => c.charCodeAt(0)));

function isBoundary(text: string, i: number): boolean {
	// A sentence ends at a line break, or after . ! ? (and any closing quotes) followed by a space.
	const code = text.charCodeAt(i);
	if (code === 10) return true;
	if (!isWhitespace(code)) return false;
	let j = i - 1;
	while (j >= 0 && closing.has(text.charCodeAt(j))) j--;
	return j >= 0 && ending.has(text.charCodeAt(j));
}

export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
	let from = start;
	while (from > 0 && !isBoundary(text, from - 1)) from--;
	let to = end;
	while (to < text.length && !isBoundary(text, to)) to++;
	const raw = text.slice(from, to);
	const lead = raw.length - raw.trimStart().length;
	return { start: from + lead, end: from + lead + raw.trim().length };
}
