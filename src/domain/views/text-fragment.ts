/**
 * URL text fragments (`#:~:text=`), which take a reader to a passage of a page the site does not
 * control: the original article. Spec: https://wicg.github.io/scroll-to-text-fragment/
 */

export interface TextDirective {
	prefix?: string;
	textStart: string;
	textEnd?: string;
	suffix?: string;
}

/** Past this many characters a quote is linked by its first and last words (textStart,textEnd). */
export const longQuote = 80;
const edgeWords = 4;

/**
 * Percent-encodes one part of a directive. `-`, `,` and `&` are the directive's own syntax and
 * must be encoded, which encodeURIComponent leaves to us for `-`.
 */
export function encodeDirectivePart(text: string): string {
	return encodeURIComponent(text).replace(/-/g, '%2D');
}

/**
 * The directive that finds a quote: the quote itself, or its first and last words when it is
 * long or runs over several lines (a browser matches a single term within one block only).
 */
export function directiveFor(quote: string): TextDirective {
	const lines = quote.split('\n').map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean);
	const text = lines.join(' ');
	const words = text.split(' ');
	if (lines.length > 1) {
		const first = lines[0]!.split(' ');
		const last = lines.at(-1)!.split(' ');
		return { textStart: first.slice(0, edgeWords).join(' '), textEnd: last.slice(-edgeWords).join(' ') };
	}
	if (text.length <= longQuote || words.length <= edgeWords * 2) return { textStart: text };
	return { textStart: words.slice(0, edgeWords).join(' '), textEnd: words.slice(-edgeWords).join(' ') };
}

export function formatTextDirective({ prefix, textStart, textEnd, suffix }: TextDirective): string {
	const parts = [
		prefix === undefined ? null : `${encodeDirectivePart(prefix)}-`,
		encodeDirectivePart(textStart),
		textEnd === undefined ? null : encodeDirectivePart(textEnd),
		suffix === undefined ? null : `-${encodeDirectivePart(suffix)}`,
	];
	return `:~:text=${parts.filter((p) => p !== null).join(',')}`;
}

/** A URL that opens `url` at `quote`. Any fragment of `url` is replaced. */
export function textFragmentUrl(url: string, quote: string): string {
	return `${url.replace(/#.*$/, '')}#${formatTextDirective(directiveFor(quote))}`;
}

/** Reads the first text directive of a URL or fragment back, or null when there is none. */
export function parseTextDirective(urlOrHash: string): TextDirective | null {
	const match = /:~:(?:.*&)?text=([^&]*)/.exec(urlOrHash);
	if (!match) return null;
	const parts = match[1]!.split(',');
	const directive: Partial<TextDirective> = {};
	if (parts[0]?.endsWith('-')) directive.prefix = decodeURIComponent(parts.shift()!.slice(0, -1));
	if (parts.at(-1)?.startsWith('-')) directive.suffix = decodeURIComponent(parts.pop()!.slice(1));
	if (parts.length < 1 || parts.length > 2 || parts[0] === '') return null;
	directive.textStart = decodeURIComponent(parts[0]!);
	if (parts[1] !== undefined) directive.textEnd = decodeURIComponent(parts[1]);
	return directive as TextDirective;
}
