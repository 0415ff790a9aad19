import { describe, expect, it } from 'vitest';
import { bibtexEscape, citeAnnotation, citeSubject, type CitedSource } from '../../../../src/domain/publishing/citation.ts';

const source: CitedSource = {
	title: 'Kerry to Visit Cairo to Broker Gaza Ceasefire',
	editorialTitle: false,
	outlet: 'Israel National News',
	byline: 'Elad Benari',
	published: '2014-07-20',
	original: 'http://www.israelnationalnews.com/News/News.aspx/183135',
};
const url = 'https://sourcebook.test/articles/kerry-to-visit-cairo/#john-kerry-2';

describe('citing an annotation', () => {
	const cited = citeAnnotation({ source, words: 'Secretary of State\n John Kerry', url, key: 'kerry-to-visit-cairo-john-kerry-2' });

	it('names the source, outlet, date, words and permanent URL in plain text', () => {
		expect(cited.text).toBe(
			'Elad Benari, “Kerry to Visit Cairo to Broker Gaza Ceasefire”, Israel National News, 20 July 2014: “Secretary of State John Kerry”. ' +
				'Original: http://www.israelnationalnews.com/News/News.aspx/183135. Annotated in Sourcebook: ' +
				url,
		);
	});

	it('writes a BibTeX entry', () => {
		expect(cited.bibtex).toMatch(/^@article\{kerry-to-visit-cairo-john-kerry-2,\n/);
		expect(cited.bibtex).toContain('  title = {Kerry to Visit Cairo to Broker Gaza Ceasefire}');
		expect(cited.bibtex).toContain('  author = {{Elad Benari}}');
		expect(cited.bibtex).toContain('  journal = {Israel National News}');
		expect(cited.bibtex).toContain('  year = {2014}');
		expect(cited.bibtex).toContain('  month = {07}');
		expect(cited.bibtex).toContain(`  url = {${url}}`);
		expect(cited.bibtex).toContain('Annotated words: “Secretary of State John Kerry”');
		expect(cited.bibtex.endsWith('\n}')).toBe(true);
	});

	it('writes CSL-JSON', () => {
		const [item] = JSON.parse(cited.csl);
		expect(item).toMatchObject({
			id: 'kerry-to-visit-cairo-john-kerry-2',
			type: 'article-newspaper',
			title: source.title,
			author: [{ literal: 'Elad Benari' }],
			'container-title': 'Israel National News',
			issued: { 'date-parts': [[2014, 7, 20]] },
			URL: url,
		});
		expect(item.note).toContain('“Secretary of State John Kerry”');
	});

	it('brackets an editorial title and leaves out what the source does not name', () => {
		const editorial = citeAnnotation({ source: { ...source, editorialTitle: true, byline: null, outlet: null, original: null }, words: 'Cairo', url, key: 'k' });
		expect(editorial.text).toBe(`[Kerry to Visit Cairo to Broker Gaza Ceasefire], outlet not named, 20 July 2014: “Cairo”. Annotated in Sourcebook: ${url}`);
		expect(editorial.bibtex).not.toMatch(/author|journal/);
		expect(JSON.parse(editorial.csl)[0]).not.toHaveProperty('author');
		expect(JSON.parse(editorial.csl)[0].title).toBe('[Kerry to Visit Cairo to Broker Gaza Ceasefire]');
	});

	it('escapes BibTeX specials', () => {
		expect(bibtexEscape('R&D 50% {x} #1 a_b ~ ^ \\')).toBe('R\\&D 50\\% \\{x\\} \\#1 a\\_b \\textasciitilde{} \\textasciicircum{} \\textbackslash{}');
	});
});

describe('citing a subject', () => {
	it('names the subject, its kind and its page', () => {
		const cited = citeSubject({ title: 'John Kerry', kind: 'Person', url: '/people/john-kerry/', key: 'john-kerry' });
		expect(cited.text).toBe('“John Kerry” (person), Sourcebook: /people/john-kerry/');
		expect(cited.bibtex).toContain('howpublished = {\\url{/people/john-kerry/}}');
		expect(JSON.parse(cited.csl)[0]).toMatchObject({ type: 'webpage', title: 'John Kerry', URL: '/people/john-kerry/' });
	});
});
