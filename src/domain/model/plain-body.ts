/**
 * The mdast of an article body that holds nothing but paragraphs of plain text and annotation
 * tags, built without the MDX parser: the same tree, positions included, that Sätteri's MDX parser
 * gives such a body (tests/unit/domain/model/plain-body.test.ts compares them). The parser
 * took 1.8 s of a profiled 2,000-source build, most of it turning its result into objects.
 *
 * Any character or line that Markdown or MDX could read as syntax sends the body to the full
 * parser instead (null), which also reports every fault: this only recognizes the plain case.
 */
import type { Paragraph, PhrasingContent, Root, Text } from 'mdast';
import type { MdxJsxTextElement } from 'satteri';
import type { Point } from 'unist';
import { kinds, kindNames } from './schema.ts';

// Outside the tags: characters that start Markdown or MDX syntax (emphasis, code and its `~~~`
// fences, links, references, escapes, expressions, HTML), and control characters (tabs and
// carriage returns among them) that Markdown reads or strips. Articles are parsed without GFM
// (annotated-text.ts): addresses, `|` and `@` are text.
const syntax = /[\\&<>{}*_[\]`~\x00-\x09\x0b-\x1f]/;
// At a line's start: indentation, headings, lists, quotes, setext underlines, thematic breaks,
// ESM. At its end: whitespace (a hard break, or stripped).
const lineSyntax = /^(?:[^\S\n]|[#+=>-]|\d{1,9}[.)](?: |$)|(?:import|export) )|[^\S\n]$/m;
const tags = kindNames.map((kind) => kinds[kind].tag).join('|');
const tagPattern = new RegExp(`<(?:(${tags}) id="([a-z0-9-]+)"|/(${tags}))>`, 'g');

/** The tree, or null when the body is anything but plain paragraphs and well-formed annotation tags. */
export function plainBodyTree(body: string): Root | null {
	const untagged = body.replace(tagPattern, '');
	if (syntax.test(untagged) || lineSyntax.test(untagged)) return null;
	// A paragraph, or a line, that opens with a tag and closes with one can be a flow element in
	// MDX (one element for the whole paragraph): not the plain case.
	if (/^<[A-Z][^\n]*>$/m.test(body)) return null;

	const lineStarts = [0];
	for (let i = body.indexOf('\n'); i >= 0; i = body.indexOf('\n', i + 1)) lineStarts.push(i + 1);
	const point = (offset: number): Point => {
		let low = 0;
		let high = lineStarts.length - 1;
		while (low < high) {
			const middle = (low + high + 1) >> 1;
			if (lineStarts[middle]! <= offset) low = middle;
			else high = middle - 1;
		}
		return { offset, line: low + 1, column: offset - lineStarts[low]! + 1 };
	};
	const position = (start: number, end: number) => ({ start: point(start), end: point(end) });

	const paragraphs: Paragraph[] = [];
	for (const block of body.matchAll(/[^\n]+(?:\n[^\n]+)*/g)) {
		const paragraph = readParagraph(block[0], block.index, position);
		if (!paragraph) return null;
		paragraphs.push(paragraph);
	}
	return { type: 'root', children: paragraphs, position: position(0, body.length) };
}

function readParagraph(source: string, from: number, position: (start: number, end: number) => Root['position']): Paragraph | null {
	if (source.startsWith('<') && source.endsWith('>')) return null;
	const root: { children: PhrasingContent[] } = { children: [] };
	const open: { element: MdxJsxTextElement; start: number }[] = [];
	const parent = (): PhrasingContent[] => (open.at(-1)?.element ?? root).children;
	let at = 0;
	const text = (end: number) => {
		if (end > at) parent().push({ type: 'text', value: source.slice(at, end), position: position(from + at, from + end) } satisfies Text);
	};
	for (const tag of source.matchAll(tagPattern)) {
		text(tag.index);
		at = tag.index + tag[0].length;
		const [, name, id, closing] = tag;
		if (name) {
			const element: MdxJsxTextElement = { type: 'mdxJsxTextElement', name, attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: id! }], data: { _mdxExplicitJsx: true }, children: [] };
			parent().push(element);
			open.push({ element, start: tag.index });
		} else {
			// A closing tag must close the innermost open one; a tag left open spans paragraphs.
			const last = open.pop();
			if (!last || last.element.name !== closing) return null;
			last.element.position = position(from + last.start, from + at);
		}
	}
	text(source.length);
	if (open.length > 0) return null;
	return { type: 'paragraph', children: root.children, position: position(from, from + source.length) };
}
