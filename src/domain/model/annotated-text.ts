/**
 * Reads an article's MDX body into plain text plus the annotated spans over it,
 * refusing any Markdown or MDX construct that would change the source's words.
 */
import type { Root, RootContent, PhrasingContent } from 'mdast';
import { mdxToMdast, type MdxJsxFlowElement, type MdxJsxTextElement } from 'satteri';
import { plainBodyTree } from './plain-body.ts';
import { kindNames, kinds, type Kind } from './schema.ts';

export interface Span {
	kind: Kind;
	ref: string;
	/** Offsets into the extracted text, [start, end), whitespace at either end excluded. */
	start: number;
	end: number;
	/** 1-based line in the MDX body. */
	line: number;
	/** Index of the enclosing span in the same list, or null at top level. */
	parent: number | null;
}

export interface TextFault {
	fault: string;
	line: number;
	id: string | null;
	/** The body could not be parsed at all. */
	malformed?: boolean;
}

export interface AnnotatedText {
	/** The words of the body; paragraphs are separated by a blank line. */
	text: string;
	/** Spans in document order (an enclosing span before the ones it holds). */
	spans: Span[];
	faults: TextFault[];
}

const kindByTag = new Map<string, Kind>(kindNames.map((kind) => [kinds[kind].tag, kind]));

/**
 * How an article body is parsed: MDX without GFM. GFM would turn a bare `www.` domain, URL or
 * e-mail address into a link even when escaped (its autolinks are found in the text after
 * escapes are read), and read `|` rows as tables: press texts are full of both, and an article
 * has no use for GFM's syntax, since its words must be the source's.
 */
export const mdxOptions = { position: true, features: { gfm: false } } as const;

/**
 * Sätteri's MDX parser (the one Astro 7 compiles MDX with), in Rust: the same mdast as remark-mdx,
 * several times faster. A body of plain paragraphs and tags, the usual case, gets the same tree
 * without it (plain-body.ts).
 */
const parse = (body: string) => plainBodyTree(body) ?? (mdxToMdast(body, mdxOptions) as Root);

/**
 * An expression that is only a string literal (`{"<"}`) is that text: a way to write any
 * character MDX would read as syntax. Anything else in braces is code, and refused.
 */
export function stringLiteral(expression: string): string | null {
	const value = expression.trim();
	if (!/^"(?:[^"\\\n]|\\.)*"$/.test(value)) return null;
	try {
		const parsed: unknown = JSON.parse(value);
		return typeof parsed === 'string' ? parsed : null;
	} catch {
		return null;
	}
}

type AnnotationElement = MdxJsxTextElement | MdxJsxFlowElement;

/** A run of the extracted text and the stretch of the body it was read from. */
export interface TextPiece {
	/** Offset of the run in the extracted text. */
	at: number;
	value: string;
	/** Offsets in the body, [start, end). */
	start: number;
	end: number;
	/** A string in braces: its characters have no place of their own in the body. */
	literal: boolean;
}

/** `pieces`, when given, receives where each run of the text comes from (see `locateInBody`). */
export function readAnnotatedText(body: string, pieces?: TextPiece[]): AnnotatedText {
	const spans: Span[] = [];
	const faults: TextFault[] = [];
	let text = '';
	let tree: Root;
	try {
		tree = parse(body);
	} catch (error) {
		const { message, line } = describeParseError(error);
		return { text, spans, faults: [{ fault: `malformed MDX: ${message}`, line, id: null, malformed: true }] };
	}

	// Open annotations while reading: their span indexes and subject ids.
	const currentParent: number[] = [];
	const stack: string[] = [];
	const lineOf = (node: { position?: { start: { line: number } } }) => node.position?.start.line ?? 0;

	const piece = (node: { position?: { start: { offset?: number }; end: { offset?: number } } }, value: string, literal: boolean): TextPiece => ({
		at: text.length,
		value,
		start: node.position?.start.offset ?? 0,
		end: node.position?.end.offset ?? 0,
		literal,
	});

	const readElement = (node: AnnotationElement, readChildren: () => void) => {
		const kind = kindByTag.get(node.name ?? '');
		const line = lineOf(node);
		if (!kind) {
			faults.push({ fault: `unknown tag <${node.name ?? ''}>: use ${[...kindByTag.keys()].map((t) => `<${t}>`).join(', ')}`, line, id: null });
			readChildren();
			return;
		}
		const ref = readId(node, line);
		if (ref === null) {
			readChildren();
			return;
		}
		if (stack.includes(ref)) {
			faults.push({ fault: `<${node.name}> is nested inside another annotation of the same subject`, line, id: ref });
		}
		const index = spans.length;
		const span: Span = { kind, ref, start: text.length, end: text.length, line, parent: currentParent.at(-1) ?? null };
		spans.push(span);
		stack.push(ref);
		currentParent.push(index);
		readChildren();
		currentParent.pop();
		stack.pop();
		span.end = text.length;
		const words = text.slice(span.start, span.end);
		span.start += words.length - words.trimStart().length;
		span.end -= words.length - words.trimEnd().length;
		if (span.end <= span.start) {
			faults.push({ fault: `<${node.name}> is empty: an annotation must wrap the source's words`, line, id: ref });
		}
	};

	const readId = (node: AnnotationElement, line: number): string | null => {
		let id: string | null = null;
		for (const attribute of node.attributes) {
			if (attribute.type === 'mdxJsxAttribute' && attribute.name === 'id' && typeof attribute.value === 'string') {
				id = attribute.value;
			} else {
				const name = attribute.type === 'mdxJsxAttribute' ? attribute.name : '{…}';
				faults.push({ fault: `<${node.name}> takes only a literal id="…" attribute, not ${name}`, line, id: null });
			}
		}
		if (id === null) faults.push({ fault: `<${node.name}> has no id="…" attribute`, line, id: null });
		return id;
	};


	const readPhrasing = (nodes: PhrasingContent[] | RootContent[]): void => {
		for (const node of nodes) {
			if (node.type === 'text') {
				pieces?.push(piece(node, node.value, false));
				text += node.value;
			} else if ((node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') && stringLiteral(node.value) !== null) {
				pieces?.push(piece(node, stringLiteral(node.value)!, true));
				text += stringLiteral(node.value);
			} else if (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') {
				readElement(node, () => readPhrasing(node.children));
			} else if (node.type === 'paragraph') readPhrasing(node.children);
			else faults.push({ fault: refusal(node.type), line: lineOf(node), id: null });
		}
	};

	for (const block of tree.children) {
		if (block.type === 'paragraph' || block.type === 'mdxJsxFlowElement' || (block.type === 'mdxFlowExpression' && stringLiteral(block.value) !== null)) {
			if (text.length > 0) text += '\n\n';
			if (block.type === 'paragraph' || block.type === 'mdxFlowExpression') readPhrasing([block]);
			else readElement(block, () => readPhrasing(block.children));
		} else {
			faults.push({ fault: refusal(block.type), line: lineOf(block), id: null });
		}
	}
	return { text, spans, faults };
}

/**
 * The 1-based line and column in `body` of the character at `offset` in its extracted text. An
 * escape (`\\#`) or a character reference (`&#35;`) is where its character is; a string in braces
 * is placed at its opening brace, and a paragraph break at the next paragraph.
 */
export function locateInBody(body: string, offset: number): { line: number; column: number } {
	const pieces: TextPiece[] = [];
	readAnnotatedText(body, pieces);
	const piece = pieces.find((p) => offset < p.at + p.value.length);
	let at: number;
	if (!piece) at = pieces.at(-1)?.end ?? 0;
	else if (offset < piece.at || piece.literal) at = piece.start;
	else at = walk(body, piece, offset - piece.at);
	const before = body.slice(0, at);
	return { line: before.split('\n').length, column: at - before.lastIndexOf('\n') };
}

/** Steps through the body alongside a text node's value, `count` characters in. */
function walk(body: string, piece: TextPiece, count: number): number {
	let r = piece.start;
	for (let v = 0; v < count && r < piece.end; v++) {
		const c = piece.value[v];
		// Markdown drops the spaces around a line break: skip those the value lacks.
		while (r < piece.end && body[r] !== c && /\s/.test(body[r]!)) r++;
		if (body[r] === c) r++;
		else if (body[r] === '\\') r += 2;
		else if (body[r] === '&') r = body.indexOf(';', r) + 1 || r + 1;
		else r++;
	}
	while (r < piece.end && /\s/.test(body[r]!) && !/\s/.test(piece.value[count] ?? '')) r++;
	return r;
}

function refusal(type: string): string {
	return `Markdown or MDX syntax (${type}) would change the source's text: only paragraphs of plain text and annotation tags are allowed; write the character that starts it with a backslash (\\#), a character reference (&#35;) or a string in braces ({"#"}), as docs/authoring.md shows`;
}

/** Sätteri's messages start with the body-relative position (`11:9: …`) and end with its span and rule: the line is reported file-relative instead. */
function describeParseError(error: unknown): { message: string; line: number } {
	const message = error instanceof Error ? error.message : String(error);
	const position = /^(\d+):\d+(?:-\d+:\d+)?:\s*/.exec(message);
	const text = message.slice(position?.[0].length ?? 0).replace(/(?:\s*\(\d+:\d+(?:-\d+:\d+)?\))?(?:\s*\([\w:-]+\))?$/, '');
	return { message: text, line: position ? Number(position[1]) : 0 };
}
