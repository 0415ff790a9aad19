/**
 * Right-to-left words (Arabic, Hebrew and their neighbours) inside a left-to-right text, isolated
 * in `<bdi>` so that the bidirectional algorithm lays out each run on its own: without it, a name
 * followed by a number or punctuation ("محمود عباس (Mahmoud Abbas), 3") can carry the neutral
 * characters around it into its own direction and show them out of order.
 * A run is right-to-left characters with the spaces and joiners between them.
 */
const rtl = '\\u0590-\\u08ff\\ufb1d-\\ufdff\\ufe70-\\ufefc';
const run = new RegExp(`[${rtl}](?:[^\\S\\n\\u00a0]*[\\u200c\\u200d]?[${rtl}])*`, 'g');
const any = new RegExp(`[${rtl}]`);

/** `html` with every right-to-left run wrapped in `<bdi>`; the text is unchanged. */
export function isolateRightToLeft(html: string): string {
	// Nearly every text has none: testing first spares a copy of every string.
	return any.test(html) ? html.replace(run, (words) => `<bdi>${words}</bdi>`) : html;
}
