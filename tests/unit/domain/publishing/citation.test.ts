import { readFileSync } from 'node:fs';
import { Cite, plugins } from '@citation-js/core';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { citeAnnotation, citeSubject, withAbsoluteUrl, type CitedSourceData } from '../../../../src/domain/publishing/citation.ts';
import { sourceItem, standaloneStyle, standardCitations, standardCitationsOf, subjectItem } from '../../../../src/domain/publishing/standard-citations.ts';
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
		expect(new Cite(awkward.bibtex).data[0]).toMatchObject({ author: [{ family: 'Lindqvist', given: 'Ana' }], issued: { 'date-parts': [[2014, 7, 20]] } });
	});

	it('writes RIS for a newspaper article with its reporter and full date, read back by Citation.js', () => {
		const ris = standard.ris.split('\n');
		expect(ris[0]).toBe('TY  - NEWS');
		expect(ris.at(-1)).toMatch(/^ER {2}-/);
		expect(ris).toEqual(expect.arrayContaining(['TI  - Kerry to Visit Cairo to Broker Gaza Ceasefire', 'T2  - Israel National News', 'AU  - Benari, Elad', 'PY  - 2014', 'DA  - 2014/07/20/', `UR  - ${meta.url}`]));
		// Citation.js reads a NEWS record's AU as the CSL variable `reporter`, and its DA not at all:
		// the record its RIS parser reads keeps both.
		const [back] = new Cite(standard.ris).data;
		expect(back).toMatchObject({ type: 'article-newspaper', title: meta.title, 'container-title': meta.outlet, reporter: 'Benari, Elad', URL: meta.url });
		const [record] = plugins.input.data(standard.ris, '@ris/file') as Record<string, string>[];
		expect(record).toMatchObject({ TY: 'NEWS', AU: 'Benari, Elad', DA: '2014/07/20/', PY: '2014' });
		expect(record!.DA!.split('/').filter(Boolean).map(Number)).toEqual(JSON.parse(standard.csl)[0].issued['date-parts'][0]);
	});

	it('writes a byline that is not one name as it is, a month without a day, and no AU or DA where there is none', () => {
		const byline = 'By our correspondent in Gaza';
		const month = standardCitations(sourceItem('month', { ...meta, byline, published: '2014-07' }, page)).ris;
		expect(plugins.input.data(month, '@ris/file')).toMatchObject([{ AU: byline, DA: '2014/07//', PY: '2014' }]);
		const bare = standardCitations(sourceItem('bare', { ...meta, byline: null, outlet: null, published: '2014' }, page)).ris;
		expect(bare).not.toMatch(/^(?:AU|DA|T2) {2}-/m);
		expect(bare).toMatch(/^PY {2}- 2014$/m);
	});
});

describe('standard citations of many items at once', () => {
	// Two reports by one reporter on one day, and two subjects of one kind with one title: a
	// bibliography would tell them apart ("2014a", "———", "n.d.-b"); a citation read alone must not.
	const items = [
		sourceItem('first-report', { ...meta, title: 'Talks resume in the capital' }, 'https://sourcebook.test/articles/first-report/'),
		sourceItem('second-report', { ...meta, title: 'Envoys wait for a reply' }, 'https://sourcebook.test/articles/second-report/'),
		subjectItem('envoy-arrives', 'An envoy arrives', 'Event', '/events/envoy-arrives/'),
		subjectItem('envoy-arrives-again', 'An envoy arrives', 'Event', '/events/envoy-arrives-again/'),
	];

	it('gives each item the citation it gets alone', () => {
		const together = standardCitationsOf(items);
		expect([...together.keys()]).toEqual(items.map((item) => item.id));
		for (const item of items) expect(together.get(item.id)).toEqual(standardCitations(item));
		expect(together.get('second-report')!.mla).toMatch(/^Benari, Elad\. /);
		expect(together.get('second-report')!.apa).toContain('(2014, July 20)');
		expect(together.get('envoy-arrives-again')!.apa).toContain('(n.d.)');
	});

	it('takes out of a style only the attributes that compare entries', () => {
		const style = '<citation disambiguate-add-year-suffix="true" disambiguate-add-names="true" et-al-min="3"><bibliography subsequent-author-substitute="---" subsequent-author-substitute-rule="complete-all" hanging-indent="true">';
		expect(standaloneStyle(style)).toBe('<citation et-al-min="3"><bibliography hanging-indent="true">');
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
