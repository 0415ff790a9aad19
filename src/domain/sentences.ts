/** The sentence (or sentences) of a text around a span, for showing a mention in context. */
import { isWhitespace } from './whitespace.ts';

const closing = new Set(['"', '”', '’', "'", ')']);

function isBoundary(text: string, i: number): boolean {
	// A sentence ends at a line break, or after . ! ? (and any closing quotes) followed by a space.
	if (text[i] === '\n') return true;
	if (!isWhitespace(text.charCodeAt(i))) return false;
	let j = i - 1;
	while (j >= 0 && closing.has(text[j]!)) j--;
	return j >= 0 && /[.!?…]/.test(text[j]!);
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
