/**
 * An article's body as HTML, written from its source file and the domain's mentions: each
 * non-blank line of the source a paragraph, each mention a span carrying its anchor and followed
 * by its note marker, each paragraph ending with links to its counterparts in other sources.
 *
 * The articles are MDX, read by the domain (which validates every tag against the source); the
 * content loader stores this HTML as each entry's rendered body. String building, not an MDX
 * module per article: the benchmark measured compiling, bundling and rendering one module per
 * source at many times the cost of a plain Markdown page (bench/RESULTS.md).
 */
import { noteId } from '../model/anchors.ts';
import { isolateRightToLeft } from './bidi.ts';
import { counterpartsOf, type Counterpart } from '../views/compare.ts';
import { annotationTitle } from '../search/search-index.ts';
import type { Article, Mention, Sourcebook } from '../model/sourcebook.ts';

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Escapes text for HTML content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
	// Most text has nothing to escape: testing first spares a copy of every string (measured: 1.7 s of a 2,000-source build).
	return /[&<>"]/.test(text) ? text.replace(/[&<>"]/g, (char) => entities[char]!) : text;
}

function openTag(book: Sourcebook, mention: Mention): string {
	return (
		`<span id="${escapeHtml(mention.anchor)}" data-annotation data-kind="${mention.kind}" data-ref="${escapeHtml(mention.subjectId)}"` +
		// Makes the annotation a search sub-result of its own, under this title.
		` data-pagefind-title="${escapeHtml(annotationTitle(book, mention))}">`
	);
}

/** The note marker: a link to the note (its only reference to it), site furniture (`data-ui`) rather than source text. */
function marker(book: Sourcebook, mention: Mention): string {
	const note = escapeHtml(noteId(mention.subjectId));
	const title = book.subject(mention.subjectId)?.title ?? mention.subjectId;
	return `<sup class="marker" data-ui data-pagefind-ignore><a href="#${note}" aria-label="Note ${mention.note}: ${escapeHtml(title)}">${mention.note}</a></sup>`;
}

/** A link to the same passage in another source, relative to `/articles/<slug>/` so that it holds under any base path. */
function counterpartLink({ article, anchor }: Counterpart): string {
	const source = escapeHtml(article.meta.outlet ?? article.meta.title);
	// The accessible name starts with the visible words, as speech input expects.
	const label = `${source}: the same passage in ${escapeHtml(article.meta.title)}`;
	return `<a href="../${escapeHtml(article.slug)}/#${escapeHtml(anchor)}" class="counterpart" data-ui data-pagefind-ignore aria-label="${label}"><span aria-hidden="true">⇄ </span>${source}</a>`;
}

/**
 * The body's HTML. Mentions nest (an enclosing one listed before those it holds), so they open
 * and close as a stack; a line break ends a paragraph unless a mention spans it.
 */
export function articleBodyHtml(book: Sourcebook, article: Article): string {
	const text = article.sourceText;
	const counterparts = new Map(counterpartsOf(book, article).map(({ paragraph, counterparts }) => [paragraph.start, counterparts]));
	const starts = new Map<number, Mention[]>();
	for (const mention of article.mentions) {
		const list = starts.get(mention.start);
		if (list) list.push(mention);
		else starts.set(mention.start, [mention]);
	}
	const open: Mention[] = [];
	let html = '';
	let paragraph = '';
	let paragraphStart = 0;
	let plainFrom = 0;
	for (let i = 0; i <= text.length; i++) {
		const closing = open.length > 0 && open.at(-1)!.end === i;
		const opening = starts.get(i);
		const newline = i === text.length || text[i] === '\n';
		if (!closing && !opening && !(newline && open.length === 0)) continue;
		if (i > plainFrom) paragraph += isolateRightToLeft(escapeHtml(text.slice(plainFrom, i)));
		plainFrom = i;
		while (open.length > 0 && open.at(-1)!.end === i) {
			const mention = open.pop()!;
			paragraph += `</span>${marker(book, mention)}`;
		}
		if (newline && open.length === 0) {
			if (paragraph.trim() !== '') html += `<p>${paragraph}${(counterparts.get(paragraphStart) ?? []).map(counterpartLink).join('')}</p>\n`;
			paragraph = '';
			plainFrom = i + 1;
			paragraphStart = i + 1;
		}
		for (const mention of opening ?? []) {
			paragraph += openTag(book, mention);
			open.push(mention);
		}
	}
	return html;
}
