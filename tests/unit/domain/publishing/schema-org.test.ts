import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../support/build.ts';
import { loadSourcebook } from '../../../../src/loading/load.ts';
import { newsArticle, subjectThing, webPage } from '../../../../src/domain/publishing/schema-org.ts';

const book = loadSourcebook(join(projectRoot, 'tests/fixtures/valid'));
const link = (path: string) => `/base/${path}`;

describe('schema.org data', () => {
	it('describes a source as a NewsArticle based on its original and mentioning its subjects', () => {
		const article = book.articles[0]!;
		const data = newsArticle(book, article, link);
		expect(data).toMatchObject({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: article.meta.title, datePublished: article.meta.published });
		// The fixture's original address is unknown: it is based on the verbatim source file.
		expect(data.isBasedOn).toBe(`/base/sources/${article.slug}.txt`);
		expect(newsArticle(book, { ...article, meta: { ...article.meta, url: 'https://example.org/a' } }, link).isBasedOn).toBe('https://example.org/a');
		const named = article.notes.map((n) => book.subject(n.subjectId)!).filter((s) => s.kind !== 'statement' && s.kind !== 'figure');
		expect(named.length).toBeGreaterThan(0);
		expect(named.length).toBeLessThan(article.notes.length);
		expect((data.mentions as { '@id': string }[]).map((m) => m['@id'])).toEqual(named.map((s) => link(s.path)));
	});

	it('describes a statement as a Quotation with its creator and the words of a source', () => {
		const statement = book.subjects.find((s) => s.kind === 'statement')!;
		const data = subjectThing(book, statement, link);
		expect(data['@type']).toBe('Quotation');
		const speaker = book.subject(statement.kind === 'statement' ? statement.data.speaker : '')!;
		expect(data.creator).toMatchObject({ '@type': 'Person', name: speaker.title, '@id': link(speaker.path) });
		expect(data.text).toBe(book.mentionsOf(statement.id)[0]!.words);
	});

	it('types each kind of subject', () => {
		const types = Object.fromEntries(book.subjects.map((s) => [s.kind, subjectThing(book, s, link)['@type']]));
		expect(types).toMatchObject({ person: 'Person', place: 'Place', statement: 'Quotation', figure: 'QuantitativeValue', event: 'Event' });
	});

	it('describes any other page as a WebPage of the site', () => {
		expect(webPage('People', 'Everyone.', link('people/'), link)).toMatchObject({ '@type': 'WebPage', url: '/base/people/', isPartOf: { '@type': 'WebSite' } });
	});
});
