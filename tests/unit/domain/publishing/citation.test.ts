import { readFileSync } from 'node:fs';
import { Cite } from '@citation-js/core';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { citeAnnotation, citeSubject, withAbsoluteUrl, type CitedSourceData } from '../../../../src/domain/publishing/citation.ts';
import { sourceItem, standardCitations, subjectItem } from '../../../../src/domain/publishing/standard-citations.ts';
import type { ArticleMeta } from '../../../../src/domain/model/schema.ts';

const meta: ArticleMeta = {
	title: 'Kerry to Visit Cairo to Broker Gaza Ceasefire',
	editorialTitle: false,
	outlet: 'Israel National News',
	byline: 'Elad Benari',
	published: '2014-07-20',
	url: 'http://www.israelnationalnews.com/News/News.aspx/183135',
	summary: 'A test.',
};
const page = 'https://sourcebook.test/articles/kerry-to-visit-cairo/';
const standard = standardCitations(sourceItem('kerry-to-visit-cairo', meta, page));
/** The CSL-JSON schema of the Citation Style Language project (tests/fixtures/csl/README.md). */
const validate = new Ajv({ strict: false }).compile(JSON.parse(readFileSync('tests/fixtures/csl/csl-data.json', 'utf8')));

describe('standard citations of a source', () => {
	it('formats APA, Chicago and MLA text', () => {
		expect(standard.apa).toBe('Benari, E. (2014, July 20). Kerry to Visit Cairo to Broker Gaza Ceasefire. Israel National News. http://www.israelnationalnews.com/News/News.aspx/183135');
		expect(standard.chicago).toBe('Benari, Elad. “Kerry to Visit Cairo to Broker Gaza Ceasefire.” Israel National News, July 20, 2014. http://www.israelnationalnews.com/News/News.aspx/183135.');
		expect(standard.mla).toBe('Benari, Elad. “Kerry to Visit Cairo to Broker Gaza Ceasefire.” Israel National News, 20 July 2014, http://www.israelnationalnews.com/News/News.aspx/183135.');
	});

	it('writes CSL-JSON that the CSL-JSON schema validates', () => {
		const data: unknown = JSON.parse(standard.csl);
		expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
		const subject: unknown = JSON.parse(standardCitations(subjectItem('jen-psaki', 'Jen Psaki', 'Person', '/people/jen-psaki/')).csl);
		expect(validate(subject), JSON.stringify(validate.errors)).toBe(true);
		// The schema is not vacuous: a date written as a string is refused.
		expect(validate([{ id: 'x', type: 'article-newspaper', issued: '2014-07-20' }])).toBe(false);
	});

	it('escapes BibTeX and RIS so that a title full of special characters parses back the same through Citation.js', () => {
		const title = 'R&D: 50% off #1 {braces} a_b $5 ~ ^ \\ “quotes” — Gaza & Tel Aviv';
		const outlet = 'News & Views_{daily} #7';
		const awkward = standardCitations(sourceItem('awkward', { ...meta, title, outlet, byline: 'Ana Lindqvist' }, page));
		expect(awkward.bibtex).toContain('title = {R\\&{D}: 50\\% off \\#1 \\textbraceleft{}braces\\textbraceright{} a\\textunderscore{}b');
		for (const format of [awkward.bibtex, awkward.ris]) {
			const [back] = new Cite(format).data;
			expect(back).toMatchObject({ title, 'container-title': outlet, URL: meta.url });
		}
		// Citation.js's RIS output for a newspaper article keeps the year only and leaves the author out; its BibTeX keeps both.
		expect(new Cite(awkward.bibtex).data[0]).toMatchObject({ author: [{ family: 'Lindqvist', given: 'Ana' }], issued: { 'date-parts': [[2014, 7, 20]] } });
	});
});

describe('the Cite panel’s citations', () => {
	const source: CitedSourceData = { title: meta.title, editorialTitle: false, outlet: meta.outlet, byline: meta.byline, published: meta.published, original: meta.url, citations: standard };

	it('quotes the annotated words in plain text, beside the source’s standard citations', () => {
		const url = `${page}#john-kerry-2`;
		const cited = citeAnnotation({ source, words: 'Secretary of State\n John Kerry', url });
		expect(cited.text).toBe(
			'Elad Benari, “Kerry to Visit Cairo to Broker Gaza Ceasefire”, Israel National News, 20 July 2014: “Secretary of State John Kerry”. ' +
				`Original: http://www.israelnationalnews.com/News/News.aspx/183135. Annotated in Sourcebook: ${url}`,
		);
		expect(cited.apa).toBe(standard.apa);
		const editorial = citeAnnotation({ source: { ...source, editorialTitle: true, byline: null, outlet: null, original: null }, words: 'Cairo', url });
		expect(editorial.text).toMatch(/^\[Kerry to Visit Cairo to Broker Gaza Ceasefire\], outlet not named, 20 July 2014: “Cairo”\. Annotated/);
	});

	it('cites a subject, its site-relative URLs made absolute where the site was built without its origin', () => {
		const citations = standardCitations(subjectItem('john-kerry', 'John Kerry', 'Person', '/people/john-kerry/'));
		const cited = citeSubject({ title: 'John Kerry', kind: 'Person', url: 'https://x.test/people/john-kerry/', citations: withAbsoluteUrl(citations, '/people/john-kerry/', 'https://x.test/people/john-kerry/') });
		expect(cited.text).toBe('“John Kerry” (person), Sourcebook: https://x.test/people/john-kerry/');
		for (const format of ['apa', 'chicago', 'mla', 'bibtex', 'ris', 'csl'] as const) {
			expect(cited[format]).toContain('https://x.test/people/john-kerry/');
		}
		expect(JSON.parse(cited.csl)[0]).toMatchObject({ type: 'webpage', title: 'John Kerry', 'container-title': 'Sourcebook', URL: 'https://x.test/people/john-kerry/' });
	});
});
