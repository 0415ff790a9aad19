import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { contentInput, makeArchive } from '../../support/archive.ts';
import { requiredMarkup } from '../../../bench/required-markup.ts';
import { articleBodyHtml } from '../../../src/domain/rendering/article-html.ts';
import { articleNotesHtml } from '../../../src/domain/rendering/notes-html.ts';
import { newsArticle, webPage } from '../../../src/domain/publishing/schema-org.ts';
import { buildSourcebook } from '../../../src/domain/model/sourcebook.ts';

const book = buildSourcebook(contentInput(makeArchive(8, 3)));
const article = book.articles[0]!;
const link = (path: string) => `/${path}`;
const jsonLd = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

// An article page as the layout writes it, from the domain's own writers.
const page =
	`<html lang="en"><head><meta name="description" content="d"><meta property="og:title" content="t"><meta name="twitter:card" content="summary">` +
	`${jsonLd(webPage('t', 'd', link(`articles/${article.slug}/`), link))}${jsonLd(newsArticle(book, article, link))}</head><body>` +
	`<div class="reading-key" data-pagefind-ignore="all"><label><input type="checkbox" value="person"><span class="key-sample" data-kind="person">Person</span></label></div>` +
	`<div data-source-body>${articleBodyHtml(book, article)}</div>` +
	`<section class="notes"><ol>${articleNotesHtml(book, article)}</ol></section></body></html>`;

describe('requiredMarkup', () => {
	const least = requiredMarkup(page);
	const tree = fromHtml(least);

	it('keeps every annotation with its anchor, kind, subject and search title, and its marker', () => {
		const spans = selectAll('[data-source-body] [data-annotation]', tree);
		expect(spans.map((span) => span.properties.id)).toEqual(article.mentions.map((mention) => mention.anchor));
		for (const span of spans) {
			expect(span.properties.className).toBeUndefined();
			expect(span.properties.dataKind).toBeTruthy();
			expect(span.properties.dataRef).toBeTruthy();
			expect(span.properties.dataPagefindTitle).toBeTruthy();
		}
		const markers = selectAll('[data-source-body] sup[data-ui] > a', tree);
		expect(markers).toHaveLength(article.mentions.length);
		expect(markers.every((a) => String(a.properties.href).startsWith('#note-') && a.properties.ariaLabel && a.properties.dataNote === undefined)).toBe(true);
	});

	it('keeps a note per subject with its backlinks and a link to its page, and nothing else', () => {
		const notes = selectAll('.notes li', tree);
		expect(notes.map((li) => li.properties.id)).toEqual(article.notes.map((note) => note.id));
		article.notes.forEach((note, i) => {
			expect(selectAll('.backlinks a', notes[i]!)).toHaveLength(note.mentions.length);
			expect(select('li > a strong', notes[i]!)).toBeTruthy();
			expect(select('.kind-tag, [data-share]', notes[i]!)).toBeUndefined();
			expect(selectAll('li > a', notes[i]!)).toHaveLength(1);
			expect(least).toContain(`</span> <a href="../../${book.subject(note.subjectId)!.path}"><strong>`);
		});
	});

	it('keeps the article’s schema.org data with its subjects by type, id and name, and drops the rest of the head’s extras', () => {
		const data = selectAll('script[type="application/ld+json"]', tree).map((script) => JSON.parse(String((script.children[0] as { value: string }).value)));
		expect(data).toHaveLength(1);
		const mentions = newsArticle(book, article, link).mentions as Record<string, string>[];
		expect(data[0].mentions).toEqual(mentions.map(({ '@type': type, '@id': id, name }) => ({ '@type': type, '@id': id, name })));
		expect(select('meta[property^="og:"], meta[name^="twitter:"], .reading-key', tree)).toBeUndefined();
		expect(select('meta[name="description"]', tree)).toBeTruthy();
	});

	it('leaves each note’s markup whole', () => {
		expect(least.match(/<\/strong><\/a><\/li>/g)).toHaveLength(article.notes.length);
		expect(least).not.toMatch(/<\/strong><\/a><\/span><\/li>/);
	});

	it('weighs less than the page', () => {
		expect(least.length).toBeLessThan(page.length);
	});

	it('refuses a page whose markup it does not know', () => {
		expect(() => requiredMarkup(page.replace('<div class="reading-key"', '<div class="key"'))).toThrow(/"reading key" found nothing/);
	});
});
