import type { Element, Root } from 'hast';
import { oneArticleBook } from '../../../support/one-article.ts';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { contentInput, makeArchive } from '../../../support/archive.ts';
import { fragmentTree } from '../../../support/html.ts';
import { articleBodyHtml } from '../../../../src/domain/rendering/article-html.ts';
import { counterpartsOf } from '../../../../src/domain/views/counterparts.ts';
import { loadSourcebook } from '../../../../src/loading/load.ts';
import { annotationTitle } from '../../../../src/domain/search/search-index.ts';
import { buildSourcebook, type Sourcebook } from '../../../../src/domain/model/sourcebook.ts';

/** The body's text as the fidelity rule reads it: without `data-ui`, whitespace collapsed. */
function withoutUi<T extends Root | Element>(node: T): T {
	node.children = node.children.filter((child) => child.type !== 'element' || !('dataUi' in child.properties));
	for (const child of node.children) if (child.type === 'element') withoutUi(child);
	return node;
}

const collapsed = (text: string) => text.replace(/\s+/g, ' ').trim();
const readerText = (html: string) => collapsed(toString(withoutUi(fromHtml(html, { fragment: true }))));

function checkBook(book: Sourcebook) {
	for (const article of book.articles) {
		const html = articleBodyHtml(book, article);
		expect(readerText(html), article.slug).toBe(collapsed(article.sourceText));
		const tree = fromHtml(html, { fragment: true });
		// One marker per mention, right after it, labelled with its note.
		const markers = selectAll('[data-annotation] + sup.marker[data-ui] > a', tree).map((a) => String(a.properties.href));
		expect(markers.sort()).toEqual(article.mentions.map((m) => `#note-${m.subjectId}`).sort());
		const spans = selectAll('[data-annotation]', withoutUi(tree));
		expect(spans.map((s) => s.properties.id)).toEqual(article.mentions.map((m) => m.anchor));
		article.mentions.forEach((mention, i) => {
			const span = spans[i]!;
			expect(span.properties.dataKind).toBe(mention.kind);
			expect(span.properties.dataRef).toBe(mention.subjectId);
			expect(span.properties.dataPagefindTitle).toBe(annotationTitle(book, mention));
			expect(collapsed(toString(span))).toBe(collapsed(mention.words));
		});
		// Each paragraph ends with a link to each counterpart the domain found for it.
		const links = selectAll('p > a.counterpart[data-ui]', fromHtml(html, { fragment: true })).map((a) => String(a.properties.href));
		const expected = counterpartsOf(book, article).flatMap(({ counterparts }) => counterparts.map((c) => `../${c.article.slug}/#${c.anchor}`));
		expect(links).toEqual(expected);
	}
}

describe('articleBodyHtml', () => {
	it('reproduces the first edition verbatim, each mention a span with its anchor and marker, each paragraph its counterparts', () => {
		const book = loadSourcebook('content');
		checkBook(book);
		expect(book.articles.every((a) => articleBodyHtml(book, a).includes('class="counterpart"'))).toBe(true);
	});

	it('reproduces every report of a synthetic archive, nested mentions included', () => {
		const book = buildSourcebook(contentInput(makeArchive(10, 3)));
		expect(book.articles.some((a) => a.mentions.some((m) => m.parentAnchor !== null))).toBe(true);
		checkBook(book);
	});

	it('makes each source line a paragraph, skips blank lines, and escapes the text and the titles', () => {
		const book = oneArticleBook({ name: '"Ann <A&B>"', description: 'A person.', body: 'First line with <Person id="ann">Ann</Person>.\n\nR&amp;D 3 \\< 4\n', source: 'First line with Ann.\n\n\nR&D 3 < 4\n' });
		expect(fragmentTree(articleBodyHtml(book, book.articles[0]!))).toEqual(
			fragmentTree(
				'<p>First line with <span id="ann" data-annotation data-kind="person" data-ref="ann" data-pagefind-title="Person · Ann &lt;A&amp;B&gt;">Ann</span>' +
				'<sup class="marker" data-ui data-pagefind-ignore><a href="#note-ann" aria-label="Note 1: Ann &lt;A&amp;B&gt;">1</a></sup>.</p>\n' +
				'<p>R&amp;D 3 &lt; 4</p>\n',
			),
		);
	});
});
