/** How a plain-text source divides into paragraphs, shared by the suggesters and the draft writer. */

export interface Range {
	start: number;
	end: number;
}

/**
 * Every line is a paragraph, as in the seeds, unless the text is hard-wrapped (paragraphs
 * separated by blank lines, no line longer than 100 characters): then a paragraph runs to the
 * next blank line and keeps its line breaks. Ranges exclude the whitespace around each paragraph.
 */
export function findParagraphs(text: string): Range[] {
	const hardWrapped = /\n[^\S\n]*\n/.test(text) && text.split('\n').every((line) => line.length <= 100);
	const separator = hardWrapped ? /\n\s*\n/g : /\n/g;
	const paragraphs: Range[] = [];
	let start = 0;
	for (const match of text.matchAll(separator)) {
		pushTrimmed(paragraphs, text, start, match.index);
		start = match.index + match[0].length;
	}
	pushTrimmed(paragraphs, text, start, text.length);
	return paragraphs;
}

export function pushTrimmed(list: Range[], text: string, start: number, end: number): void {
	const words = text.slice(start, end);
	const lead = words.length - words.trimStart().length;
	const trimmed = words.trim();
	if (trimmed.length > 0) list.push({ start: start + lead, end: start + lead + trimmed.length });
}
