import { fromHtml } from 'hast-util-from-html';
import { oneArticleBook } from '../../../support/one-article.ts';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { contentInput, makeArchive } from '../../../support/archive.ts';
import { loadSourcebook } from '../../../../src/loading/load.ts';
import { articleNotesHtml } from '../../../../src/domain/rendering/notes-html.ts';
import { describe as describeSubject, mentionsElsewhere } from '../../../../src/domain/views/queries.ts';
import { buildSourcebook, type Sourcebook } from '../../../../src/domain/model/sourcebook.ts';

const text = (node: Parameters<typeof toString>[0]) => toString(node).replace(/\s+/g, ' ').trim();

function checkNotes(book: Sourcebook) {
	for (const article of book.articles) {
		const items = selectAll('li', fromHtml(`<ol>${articleNotesHtml(book, article)}</ol>`, { fragment: true }));
		expect(items.map((li) => li.properties.id)).toEqual(article.notes.map((note) => note.id));
		article.notes.forEach((note, i) => {
			const item = items[i]!;
			const subject = book.subject(note.subjectId)!;
			// The list numbers its items: the i-th note must be note i, as its markers say.
			expect(item.properties.value).toBeUndefined();
			expect(note.number).toBe(i + 1);
			// Backlinks to every mention, in order: the first is the link the share is for.
			expect(selectAll('.backlinks a', item).map((a) => a.properties.href)).toEqual(note.mentions.map((m) => `#${m.anchor}`));
			// The share script adds the share controls: the page carries none.
			expect(select('[data-share]', item)).toBeUndefined();
			// After the backlinks, the subject's page: links are relative to /articles/<slug>/, so it is two folders up.
			const [page, ...others] = selectAll('li > a', item);
			expect(page?.properties.href).toBe(`../../${subject.path}`);
			expect(text(page!)).toBe(subject.title);
			expect(text(item)).toContain(describeSubject(book, subject).replace(/\s+/g, ' ').trim());
			const { shown, more } = mentionsElsewhere(book, subject.id, article.slug);
			expect(others.map((a) => a.properties.href)).toEqual([
				...shown.map((group) => `../${group.article.slug}/#${group.mentions[0]!.anchor}`),
				...(more > 0 ? [`../../${subject.path}`] : []),
			]);
		});
	}
}

describe('articleNotesHtml', () => {
	it('writes one note per subject of each first-edition source: backlinks, name, description, and no share (the script adds it)', () => {
		checkNotes(loadSourcebook('content'));
	});

	it('links the first other source and counts the rest, in a synthetic archive', () => {
		const book = buildSourcebook(contentInput(makeArchive(12, 5)));
		expect(book.articles.some((a) => articleNotesHtml(book, a).includes('more sources</a>'))).toBe(true);
		checkNotes(book);
	});

	it('escapes names and descriptions', () => {
		const book = oneArticleBook({ name: '"Ann <A&B>"', description: 'A "person" <b>.', body: '<Person id="ann">Ann</Person> and <Person id="ann">Ann</Person>.\n', source: 'Ann and Ann.\n' });
		const html = articleNotesHtml(book, book.articles[0]!);
		expect(html).toContain('<strong>Ann &lt;A&amp;B&gt;</strong>');
		expect(html).toContain('A &quot;person&quot; &lt;b&gt;.');
		// The note names the subject; its backlinks only count the mentions.
		expect(html).toContain('^ <a href="#ann" aria-label="Back to mention 1">a</a> <a href="#ann-2" aria-label="Back to mention 2">b</a>');
	});
});
