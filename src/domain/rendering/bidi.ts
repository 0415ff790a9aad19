/**
 * Right-to-left words (Arabic, Hebrew and their neighbours) inside a left-to-right text, isolated
 * in `<bdi>` so that the bidirectional algorithm lays out each run on its own: without it, a name
 * followed by a number or punctuation ("محمود عباس (Mahmoud Abbas), 3") can carry the neutral
 * characters around it into its own direction and show them out of order.
 * A run is right-to-left characters with the spaces and joiners between them.
 */
import { html, type Interpolation } from './markup.ts';

const rtl = '\\u0590-\\u08ff\\ufb1d-\\ufdff\\ufe70-\\ufefc';
const run = new RegExp(`[${rtl}](?:[^\\S\\n\\u00a0]*[\\u200c\\u200d]?[${rtl}])*`, 'g');
const any = new RegExp(`[${rtl}]`);

/** `text` as pieces for a template: the text itself, each right-to-left run in a `<bdi>`. */
export function isolateRightToLeft(text: string): Interpolation[] {
	// Nearly every text has none: testing first spares the pieces.
	if (!any.test(text)) return [text];
	const pieces: Interpolation[] = [];
	let at = 0;
	for (const found of text.matchAll(run)) {
		pieces.push(text.slice(at, found.index), html`<bdi>${found[0]}</bdi>`);
		at = found.index + found[0].length;
	}
	pieces.push(text.slice(at));
	return pieces;
}
