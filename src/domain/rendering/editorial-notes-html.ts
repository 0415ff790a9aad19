/**
 * The notes of an editorial page or dossier, as HTML, in the articles' form (notes-html.ts):
 * backlinks first (in `.backlinks`, which a note card leaves out), then what the note is. A cited
 * annotation's note quotes the source's words and links to them; a subject's note describes it.
 */
import { backlinkLabel } from '../model/anchors.ts';
import { useId, type EditorialEntry, type EditorialNote } from '../model/editorial.ts';
import { kinds } from '../model/schema.ts';
import type { Sourcebook } from '../model/sourcebook.ts';
import { describe } from '../views/queries.ts';
import { html, type Markup } from './markup.ts';
import { articlePath } from '../model/page-paths.ts';

/** A site-relative path (`articles/x/`) to the href the page writes. */
export type Href = (path: string) => string;

/** The source's words as a reader sees them: whitespace collapsed. */
export const shownWords = (words: string) => words.split(/\s+/).join(' ').trim();

// As an article's notes (notes-html.ts): the note names what the backlinks lead back to.
function backlinks(note: EditorialNote): Markup {
	if (note.uses === 1) return html`<a href="#${useId(note.number, 1)}" aria-label="Back to the citation">^</a>`;
	const links = Array.from({ length: note.uses }, (_, i) => html`${i > 0 && ' '}<a href="#${useId(note.number, i + 1)}" aria-label="Back to citation ${i + 1}">${backlinkLabel(i)}</a>`);
	return html`^ ${links}`;
}

function noteHtml(book: Sourcebook, note: EditorialNote, href: Href): Markup {
	const subject = book.subject(note.subjectId)!;
	const named = html`<a href="${href(subject.path)}"><strong>${subject.title}</strong></a> <span class="kind-tag">${kinds[subject.kind].singular}</span>`;
	const mention = note.mention;
	if (!mention) return html`<li id="${note.id}"><span class="backlinks">${backlinks(note)}</span> ${named} ${describe(book, subject)}</li>`;
	const article = book.article(mention.article)!;
	return html`<li id="${note.id}"><span class="backlinks">${backlinks(note)}</span> <a href="${href(articlePath(article.slug))}#${mention.anchor}" class="source-words">${shownWords(mention.words)}</a> <span class="meta">${article.meta.title} (${article.meta.outlet ?? 'outlet not named'})</span>. ${named}</li>`;
}

/** The `<li>` of every note of the page, in note order. */
export function editorialNotesHtml(book: Sourcebook, entry: EditorialEntry, href: Href): string {
	return entry.notes.map((note) => noteHtml(book, note, href).text).join('\n');
}
