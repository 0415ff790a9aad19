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
import { counterpartsOf, type Counterpart } from '../views/counterparts.ts';
import { annotationTitle } from '../search/search-index.ts';
import type { Article, Mention, Sourcebook } from '../model/sourcebook.ts';
import { sourceName } from '../views/copy.ts';
import { html, Markup, type Interpolation } from './markup.ts';

function openTag(book: Sourcebook, mention: Mention): Markup {
	// data-pagefind-title makes the annotation a search sub-result of its own, under this title.
	return html`<span id="${mention.anchor}" data-annotation data-kind="${mention.kind}" data-ref="${mention.subjectId}" data-pagefind-title="${annotationTitle(book, mention)}">`;
}

/** The note marker: a link to the note (its only reference to it), site furniture (`data-ui`) rather than source text. */
function marker(book: Sourcebook, mention: Mention): Markup {
	const title = book.subject(mention.subjectId)?.title ?? mention.subjectId;
	return html`<sup class="marker" data-ui data-pagefind-ignore><a href="#${noteId(mention.subjectId)}" aria-label="Note ${mention.note}: ${title}">${mention.note}</a></sup>`;
}

/** A link to the same passage in another source, relative to `/articles/<slug>/` so that it holds under any base path. */
function counterpartLink({ article, anchor }: Counterpart): Markup {
	const source = sourceName(article.meta);
	// The accessible name starts with the visible words, as speech input expects.
	return html`<a href="../${article.slug}/#${anchor}" class="counterpart" data-ui data-pagefind-ignore aria-label="${source}: the same passage in ${article.meta.title}"><span aria-hidden="true">⇄ </span>${source}</a>`;
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
	let body = '';
	// A paragraph's source text (escaped when written) and tags, in order.
	let paragraph: Interpolation[] = [];
	let paragraphStart = 0;
	let plainFrom = 0;
	for (let i = 0; i <= text.length; i++) {
		const closing = open.length > 0 && open.at(-1)!.end === i;
		const opening = starts.get(i);
		const newline = i === text.length || text[i] === '\n';
		if (!closing && !opening && !(newline && open.length === 0)) continue;
		if (i > plainFrom) paragraph.push(text.slice(plainFrom, i));
		plainFrom = i;
		while (open.length > 0 && open.at(-1)!.end === i) {
			const mention = open.pop()!;
			paragraph.push(html`</span>${marker(book, mention)}`);
		}
		if (newline && open.length === 0) {
			if (paragraph.some((piece) => piece instanceof Markup || (typeof piece === 'string' && piece.trim() !== ''))) {
				body += html`<p>${paragraph}${(counterparts.get(paragraphStart) ?? []).map(counterpartLink)}</p>\n`.text;
			}
			paragraph = [];
			plainFrom = i + 1;
			paragraphStart = i + 1;
		}
		for (const mention of opening ?? []) {
			paragraph.push(openTag(book, mention));
			open.push(mention);
		}
	}
	return body;
}
