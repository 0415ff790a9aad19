import { describe, expect, it } from 'vitest';
import { readEditorial } from '../../../../src/domain/model/editorial.ts';
import { dossierCitations } from '../../../../src/domain/publishing/dossier-annotations.ts';
import { sourcesFeed } from '../../../../src/domain/publishing/syndication.ts';
import { book, dossierFile } from '../../../support/editorial.ts';

const link = (path: string) => `https://sourcebook.test/${path}`;
const dossier = readEditorial(book, [
	dossierFile('<Subject id="ban-ki-moon" /> <Cite ref="john-kerry" source="two">flew</Cite>, <Quote statement="ban-condemns" source="one" />, <Cite ref="john-kerry" source="two">again</Cite>.'),
]).dossiers[0]!;

describe('dossierCitations', () => {
	it('makes one annotation per citation, whose target is the cited annotation and whose id is the citation on the page', () => {
		const collection = dossierCitations(dossier, link);
		expect(collection.id).toBe('https://sourcebook.test/dossiers/a-question/citations.jsonld');
		expect(collection.total).toBe(3);
		expect(collection.first.items.map((a) => [a.id, a.target])).toEqual([
			['https://sourcebook.test/dossiers/a-question/#cite-2', 'https://sourcebook.test/articles/two/#john-kerry'],
			['https://sourcebook.test/dossiers/a-question/#cite-3', 'https://sourcebook.test/articles/one/#ban-condemns'],
			['https://sourcebook.test/dossiers/a-question/#cite-2-2', 'https://sourcebook.test/articles/two/#john-kerry'],
		]);
	});
});

describe('sourcesFeed with dossiers', () => {
	it('lists each dossier, by its editors, before the sources', () => {
		const xml = sourcesFeed(book, link, [dossier]);
		expect(xml).toContain('<link rel="alternate" type="text/html" href="https://sourcebook.test/dossiers/a-question/"/>');
		expect(xml).toContain('<author><name>Tester</name></author>');
		expect(xml.indexOf('dossiers/a-question/')).toBeLessThan(xml.indexOf('articles/one/'));
		expect(xml).toContain('<updated>2014-07-22T00:00:00Z</updated>');
	});
});
