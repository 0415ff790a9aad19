/**
 * An article's notes as HTML, one per subject: backlinks to its mentions (in `.backlinks`, which
 * a note card leaves out), then its name, kind and description, and where else it appears. The
 * share script adds "Copy link" and "Cite" for the note's first backlink (without JavaScript,
 * that link is the permanent one). Written as a string, like the body (article-html.ts): these
 * are most of an article page's markup, and a component per note cost build time at archive
 * scale, as did a wrapper per part (about 6 KB of every article page).
 * Links are relative to `/articles/<slug>/`, so that they hold under any base path.
 */
import { backlinkLabel } from '../model/anchors.ts';
import { kinds } from '../model/schema.ts';
import type { Article, Note, Sourcebook, Subject } from '../model/sourcebook.ts';
import { count } from '../views/copy.ts';
import { describe, mentionsElsewhere } from '../views/queries.ts';
import { html, type Markup } from './markup.ts';

const fromArticle = (path: string) => `../../${path}`;

// The labels leave the subject's name to the note they sit in (its context, WCAG 2.4.4): repeated
// in every backlink, it weighed about 0.4 KB gzip of an article page.
function backlinks(note: Note): Markup {
	if (note.mentions.length === 1) return html`<a href="#${note.mentions[0]!.anchor}" aria-label="Back to the mention">^</a>`;
	const links = note.mentions.map((mention, i) => html`${i > 0 && ' '}<a href="#${mention.anchor}" aria-label="Back to mention ${i + 1}">${backlinkLabel(i)}</a>`);
	return html`^ ${links}`;
}

function elsewhere(book: Sourcebook, subject: Subject, article: Article): Markup {
	const { shown, more } = mentionsElsewhere(book, subject.id, article.slug);
	const also = shown.map(
		({ article: other, mentions }) =>
			html` Also in <a href="../${other.slug}/#${mentions[0]!.anchor}">${other.meta.title}</a>${mentions.length > 1 && ` (${count(mentions.length, 'mention')})`}.`,
	);
	return html`${also}${more > 0 && html` And in <a href="${fromArticle(subject.path)}">${count(more, 'more source', 'more sources')}</a>.`}`;
}

function noteHtml(book: Sourcebook, article: Article, note: Note): Markup {
	const subject = book.subject(note.subjectId)!;
	// Notes are listed in number order, so the list numbers them: no `value` needed.
	return html`<li id="${note.id}"><span class="backlinks">${backlinks(note)}</span> <a href="${fromArticle(subject.path)}"><strong>${subject.title}</strong></a> <span class="kind-tag">${kinds[subject.kind].singular}</span> ${describe(book, subject)}${elsewhere(book, subject, article)}</li>`;
}

/** The `<li>` of every note of the article, in note order. */
export function articleNotesHtml(book: Sourcebook, article: Article): string {
	return article.notes.map((note) => noteHtml(book, article, note).text).join('\n');
}
