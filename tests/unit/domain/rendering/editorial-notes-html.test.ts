import { describe, expect, it } from 'vitest';
import { readEditorial } from '../../../../src/domain/model/editorial.ts';
import { editorialNotesHtml } from '../../../../src/domain/rendering/editorial-notes-html.ts';
import { book, dossierFile } from '../../../support/editorial.ts';

describe('editorialNotesHtml', () => {
	const dossier = readEditorial(book, [
		dossierFile('<Cite ref="ban-condemns" source="one">He condemned it</Cite>, <Subject id="john-kerry" />, <Cite ref="ban-condemns" source="one">twice</Cite>.'),
	]).dossiers[0]!;
	const html = editorialNotesHtml(book, dossier, (path) => `/b/${path}`);

	it('quotes a cited annotation’s words, linked to it, with a backlink to each citation', () => {
		expect(html).toContain('<li id="note-one--ban-condemns">');
		expect(html).toContain('<a href="/b/articles/one/#ban-condemns" class="source-words">“I condemn this.”</a>');
		expect(html).toContain('<a href="#cite-1" aria-label="Back to citation 1">a</a> <a href="#cite-1-2"');
	});

	it('describes a subject named with <Subject>', () => {
		expect(html).toContain('<li id="note-john-kerry"><span class="backlinks"><a href="#cite-2"');
		expect(html).toContain('US Secretary of State.');
	});
});
