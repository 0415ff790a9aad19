/**
 * A dossier's sections as search sub-results. Search gives a hit to the innermost element with an
 * id and a `data-pagefind-title` (search-results.ts); MDX writes a heading followed by its
 * paragraphs, so each `<h2 id>` and what follows it, up to the next, is wrapped in a section that
 * takes the heading's id (links to the heading still land there) and names it for search.
 */
import { kindSeparator } from '../search/search-results.ts';

const heading = /<h2 id="([^"]+)">([\s\S]*?)<\/h2>/g;

/** The text of a heading's HTML, fit for a double-quoted attribute (its entities kept). */
const titleOf = (html: string) => html.replace(/<[^>]*>/g, '').replace(/"/g, '&quot;').trim();

export function sectionsHtml(html: string, kind: string): string {
	const parts: string[] = [];
	let last = 0;
	let open = false;
	for (const match of html.matchAll(heading)) {
		parts.push(html.slice(last, match.index));
		if (open) parts.push('</section>');
		const [, id, inner] = match;
		parts.push(`<section id="${id}" data-pagefind-title="${kind}${kindSeparator}${titleOf(inner!)}"><h2>${inner}</h2>`);
		open = true;
		last = match.index + match[0].length;
	}
	parts.push(html.slice(last));
	if (open) parts.push('</section>');
	return parts.join('');
}
