/**
 * Writes a draft article body: the source's words, one paragraph per source paragraph, with the
 * annotation tags around the marks that can be placed without changing a character. The result
 * is read back with the domain's own reader and aligned with the source before it is trusted.
 */
import { readAnnotatedText } from '../model/annotated-text.ts';
import { alignWithSource } from '../model/fidelity.ts';
import { kinds, type Kind } from '../model/schema.ts';
import { findParagraphs, type Range } from './paragraphs.ts';

export interface Mark extends Range {
	kind: Kind;
	id: string;
}

export interface LeftAlone {
	mark: Mark;
	why: string;
}

export interface DraftBody {
	body: string;
	placed: Mark[];
	leftAlone: LeftAlone[];
}

const crosses = (a: Range, b: Range) => (a.start < b.start && b.start < a.end && a.end < b.end) || (b.start < a.start && a.start < b.end && b.end < a.end);
const within = (a: Range, b: Range) => a.start >= b.start && a.end <= b.end;

/** Marks in order of priority: a later mark that cannot nest with an earlier one is left alone. */
export function writeDraftBody(source: string, marks: Mark[]): DraftBody {
	const paragraphs = findParagraphs(source);
	const accepted: Mark[] = [];
	const leftAlone: LeftAlone[] = [];
	for (const mark of marks) {
		const why = !paragraphs.some((p) => within(mark, p))
			? 'it runs over a paragraph break'
			: accepted.some((m) => crosses(m, mark))
				? 'it overlaps another annotation without nesting in it'
				: accepted.some((m) => m.id === mark.id && (within(mark, m) || within(m, mark)))
					? 'it would sit inside an annotation of the same subject'
					: null;
		if (why) leftAlone.push({ mark, why: `left alone: ${why}` });
		else accepted.push(mark);
	}
	const placed: Mark[] = [];
	const blocks = paragraphs.map((paragraph) => {
		const inside = accepted.filter((m) => within(m, paragraph));
		const block = writeParagraph(source, paragraph, inside);
		if (readsBack(source, paragraph, block, inside)) {
			placed.push(...inside);
			return block;
		}
		const plain = writeParagraph(source, paragraph, []);
		if (!readsBack(source, paragraph, plain, [])) throw new Error(unwritable(source, paragraph, plain));
		for (const mark of inside) leftAlone.push({ mark, why: 'left alone: the paragraph did not read back as the source with it' });
		return plain;
	});
	return { body: `${blocks.join('\n\n')}\n`, placed: placed.sort((a, b) => a.start - b.start || b.end - a.end), leftAlone };
}

function writeParagraph(source: string, paragraph: Range, marks: Mark[]): string {
	const ordered = [...marks].sort((a, b) => a.start - b.start || b.end - a.end);
	let out = '';
	let position = paragraph.start;
	const stack: Mark[] = [];
	const text = (to: number) => {
		out += escapeText(source, position, to, paragraph.start);
		position = to;
	};
	const close = () => {
		const mark = stack.pop()!;
		text(mark.end);
		out += `</${kinds[mark.kind].tag}>`;
	};
	for (const mark of ordered) {
		while (stack.length > 0 && stack.at(-1)!.end <= mark.start) close();
		text(mark.start);
		out += `<${kinds[mark.kind].tag} id="${mark.id}">`;
		stack.push(mark);
	}
	while (stack.length > 0) close();
	text(paragraph.end);
	return out;
}

/**
 * Escapes what Markdown or MDX would read as syntax, so the text reads back unchanged. Spaces
 * before a line break are dropped (two would make a hard break): whitespace runs are the same
 * text to the fidelity check.
 */
function escapeText(source: string, from: number, to: number, paragraphStart: number): string {
	let out = '';
	for (let i = from; i < to; i++) {
		const char = source[i]!;
		if (/[^\S\n]/.test(char) && /^[^\S\n]*\n/.test(source.slice(i, to))) continue;
		const lineStart = i === paragraphStart || /\n[^\S\n]*$/.test(source.slice(paragraphStart, i));
		if (/[\\`*_{}[\]<>&~|]/.test(char) || (lineStart && /[#+\-=]/.test(char))) out += `\\${char}`;
		// A line that starts `import ` or `export ` is JavaScript to MDX; a letter has no backslash escape, a character reference does.
		else if (lineStart && /^(?:import|export)\b/.test(source.slice(i, to))) out += `&#${char.charCodeAt(0)};`;
		else if (/[.)]/.test(char) && /(?:^|\n)[^\S\n]*\d+$/.test(source.slice(paragraphStart, i))) out += `\\${char}`;
		else out += char;
	}
	return out;
}

/** Why a paragraph cannot be written: the line, column and character where what MDX reads parts from the source. */
function unwritable(source: string, paragraph: Range, block: string): string {
	const read = readAnnotatedText(block);
	const words = source.slice(paragraph.start, paragraph.end);
	const alignment = alignWithSource(read.text, words);
	let offset = paragraph.start;
	if (!alignment.ok) {
		const before = words.split('\n').slice(0, alignment.divergence.line - 1).join('\n');
		offset = paragraph.start + (alignment.divergence.line > 1 ? before.length + 1 : 0) + alignment.divergence.column - 1;
	}
	const line = source.slice(0, offset).split('\n').length;
	const column = offset - source.lastIndexOf('\n', offset - 1);
	const char = source.codePointAt(offset);
	const named = char === undefined ? 'the end of the text' : `${JSON.stringify(String.fromCodePoint(char))} (U+${char.toString(16).toUpperCase().padStart(4, '0')})`;
	const why = read.faults[0]?.fault ?? 'it reads back as other text';
	return `line ${line}, column ${column}, at ${named}: cannot be written as MDX without changing the text (${why}); nothing was written`;
}

function readsBack(source: string, paragraph: Range, block: string, marks: Mark[]): boolean {
	const read = readAnnotatedText(block);
	if (read.faults.length > 0 || read.spans.length !== marks.length) return false;
	const words = source.slice(paragraph.start, paragraph.end);
	const alignment = alignWithSource(read.text, words);
	if (!alignment.ok) return false;
	const expected = [...marks].sort((a, b) => a.start - b.start || b.end - a.end);
	return read.spans.every((span, i) => {
		const [start, end] = alignment.toSource(span.start, span.end);
		const mark = expected[i]!;
		return span.ref === mark.id && start + paragraph.start === mark.start && end + paragraph.start === mark.end;
	});
}
