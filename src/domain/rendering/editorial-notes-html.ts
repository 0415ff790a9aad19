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
import { escapeHtml } from './article-html.ts';

/** A site-relative path (`articles/x/`) to the href the page writes. */
export type Href = (path: string) => string;

/** The source's words as a reader sees them: whitespace collapsed. */
export const shownWords = (words: string) => words.split(/\s+/).join(' ').trim();

function backlinks(note: EditorialNote, title: string): string {
	if (note.uses === 1) return `<a href="#${useId(note.number, 1)}" aria-label="Back to the citation of ${title}">^</a>`;
	const links = Array.from({ length: note.uses }, (_, i) => `<a href="#${useId(note.number, i + 1)}" aria-label="Back to citation ${i + 1} of ${title}">${backlinkLabel(i)}</a>`);
	return `^ ${links.join(' ')}`;
}

function noteHtml(book: Sourcebook, note: EditorialNote, href: Href): string {
	const subject = book.subject(note.subjectId)!;
	const title = escapeHtml(subject.title);
	const named = `<a href="${escapeHtml(href(subject.path))}"><strong>${title}</strong></a> <span class="kind-tag">${kinds[subject.kind].singular}</span>`;
	const mention = note.mention;
	if (!mention) return `<li id="${escapeHtml(note.id)}"><span class="backlinks">${backlinks(note, title)}</span> ${named} ${escapeHtml(describe(book, subject))}</li>`;
	const article = book.article(mention.article)!;
	return (
		`<li id="${escapeHtml(note.id)}"><span class="backlinks">${backlinks(note, title)}</span> ` +
		`<a href="${escapeHtml(href(`articles/${article.slug}/`))}#${escapeHtml(mention.anchor)}" class="source-words">${escapeHtml(shownWords(mention.words))}</a> ` +
		`<span class="meta">${escapeHtml(article.meta.title)} (${escapeHtml(article.meta.outlet ?? 'outlet not named')})</span>. ${named}</li>`
	);
}

/** The `<li>` of every note of the page, in note order. */
export function editorialNotesHtml(book: Sourcebook, entry: EditorialEntry, href: Href): string {
	return entry.notes.map((note) => noteHtml(book, note, href)).join('\n');
}
