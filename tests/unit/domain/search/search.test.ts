import { describe, expect, it } from 'vitest';
import { loadSourcebook } from '../../../../src/loading/load.ts';
import { kinds, type Kind } from '../../../../src/domain/model/schema.ts';
import { annotationTitle, articleFacets, indexedAsPage, mentionedIn, openingWords, reportedElsewhere, subjectFacets } from '../../../../src/domain/search/search-index.ts';
import { book as threeSources } from '../../../support/three-sources.ts';
import { annotationHits, decodeMetaValue, encodeMetaValue, filteredHits, excerpt, resultBase, splitKind, withHash, words, type PageData } from '../../../../src/domain/search/search-results.ts';

const book = loadSourcebook('tests/fixtures/valid');
const article = book.article('short-report')!;
const mention = (id: string) => article.mentions.find((m) => m.subjectId === id)!;

describe('titles and facets of the index', () => {
	it('titles a statement by its speaker and the opening words of the quote, others by their subject', () => {
		expect(annotationTitle(book, mention('ban-calls-for-ceasefire'))).toBe('Statement · Ban Ki-moon: “We need a ceasefire.”');
		expect(annotationTitle(book, mention('cairo'))).toBe(`Place · ${book.subject('cairo')!.title}`);
	});

	it('cuts a long quote after its opening words and drops its own quotation marks', () => {
		expect(openingWords('“The United States – and our international partners – are deeply concerned,”', 5)).toBe('“The United States – and…”');
		expect(openingWords('He said no', 5)).toBe('“He said no”');
	});

	it('files a source under its title, its speakers, and the kinds found in it rather than on pages of their own', () => {
		expect(articleFacets(book, article)).toEqual({ type: ['Article', 'Statement', 'Figure', 'Event'], source: ['A short report'], speaker: ['Ban Ki-moon'] });
		expect(subjectFacets(book.subject('cairo')!)).toEqual({ type: ['Place'] });
	});

	it('files a source with no statement, figure or event under Article alone', () => {
		const names = { ...article, mentions: article.mentions.filter((m) => indexedAsPage(m.kind)) };
		expect(articleFacets(book, names)).toEqual({ type: ['Article'], source: ['A short report'], speaker: [] });
	});

	it('gives people, organizations and places pages of their own in the index, and finds the rest in their sources', () => {
		expect((Object.keys(kinds) as Kind[]).filter(indexedAsPage)).toEqual(['person', 'organization', 'place']);
	});
});

// "Jen Psaki said: “The United States is deeply concerned,” she added." with a statement (words
// 2–9) holding a place (3–4), as Pagefind's result data lists them.
const content = 'Jen Psaki said: “The United States is deeply concerned,” she added.';
const page = (hits: number[]): PageData => ({
	url: '/base/articles/a/?highlight=x',
	content,
	anchors: [
		{ id: 'jen-psaki', title: 'Person · Jen Psaki', text: 'Jen Psaki1', location: 0 },
		{ id: 'psaki-concerned', title: 'Statement · Jen Psaki: “The United…”', text: '“The United States2 is deeply concerned,” she added', location: 3 },
		{ id: 'united-states', title: 'Place · United States', text: 'United States', location: 4 },
		{ id: 'notes-heading', text: 'Notes', location: 11 },
	],
	weighted_locations: hits.map((location) => ({ location, balanced_score: 10 })),
});

describe('annotation hits', () => {
	it('gives a word of a quote that follows a nested name to the quote, not to the name', () => {
		const [hit, ...others] = annotationHits(page([7, 8]));
		expect(others).toEqual([]);
		expect(hit).toMatchObject({ id: 'psaki-concerned', kind: 'Statement', title: 'Jen Psaki: “The United…”', url: '/base/articles/a/?highlight=x#psaki-concerned' });
		expect(hit!.excerpt).toContain('<mark>deeply</mark> <mark>concerned,”</mark>');
	});

	it('gives a name inside a quote to the name', () => {
		expect(annotationHits(page([4])).map((h) => h.id)).toEqual(['united-states']);
		expect(annotationHits(page([4, 5])).map((h) => h.id)).toEqual(['united-states']);
	});

	it('gives a phrase that runs past a nested name to the annotation that holds all of it', () => {
		const [hit, ...others] = annotationHits(page([3, 4, 5]));
		expect(others).toEqual([]);
		expect(hit).toMatchObject({ id: 'psaki-concerned', score: 30 });
		expect(hit!.excerpt).toContain('<mark>“The</mark> <mark>United</mark> <mark>States</mark> is');
	});

	it('gives each word of a phrase that crosses an annotation’s edge to its own annotation', () => {
		// "Psaki said": the name ends, the quote has not begun.
		expect(annotationHits(page([1, 2])).map((h) => h.id)).toEqual(['jen-psaki']);
		expect(annotationHits(page([1, 2, 3])).map((h) => h.id)).toEqual(['jen-psaki', 'psaki-concerned']);
	});

	it('puts the annotation with the most hits first and leaves hits outside annotations to the page', () => {
		expect(annotationHits(page([0, 7, 8])).map((h) => h.id)).toEqual(['psaki-concerned', 'jen-psaki']);
		expect(annotationHits(page([2]))).toEqual([]);
	});

	it('gives a hit in a dossier’s section to the section, which runs to the next section', () => {
		const sections: PageData = {
			url: '/dossiers/d/',
			content: 'Intro words. First heading then its prose. Second heading and more prose here.',
			anchors: [
				{ element: 'section', id: 'first', title: 'Dossier · First heading', text: '', location: 2 },
				{ element: 'a', id: 'cite-1', text: 'its prose.', location: 5 },
				{ element: 'section', id: 'second', title: 'Dossier · Second heading', text: '', location: 7 },
			],
			weighted_locations: [4, 11, 12].map((location) => ({ location, balanced_score: 10 })),
		};
		const hits = annotationHits(sections);
		expect(hits.map((h) => [h.id, h.kind, h.title, h.url])).toEqual([
			['second', 'Dossier', 'Second heading', '/dossiers/d/#second'],
			['first', 'Dossier', 'First heading', '/dossiers/d/#first'],
		]);
		expect(hits[0]!.excerpt).toBe('Second heading and more <mark>prose</mark> <mark>here.</mark>');
		expect(annotationHits({ ...sections, weighted_locations: [{ location: 0, balanced_score: 1 }] })).toEqual([]);
	});

	it('escapes the page text of an excerpt', () => {
		const [hit] = annotationHits({ ...page([3]), content: 'a b c <x> d', anchors: [{ id: 'x', title: 'Figure · X', text: '<x> d', location: 3 }] });
		expect(hit!.excerpt).toBe('<mark>&lt;x&gt;</mark> d');
	});
});

describe('hits under filters', () => {
	// Hits on the person (word 0), the statement (7, 8) and the place inside it (4).
	const hits = annotationHits(page([0, 4, 7, 8]));
	const ids = (filters: Record<string, string[]>) => filteredHits(hits, filters).map((h) => h.id);

	it('keeps every hit when no kind or speaker is asked for, or when the sources themselves are', () => {
		expect(ids({})).toEqual(hits.map((h) => h.id));
		expect(ids({ source: ['A short report'] })).toEqual(hits.map((h) => h.id));
		expect(ids({ type: ['Article'] })).toEqual(hits.map((h) => h.id));
	});

	it('keeps only the hits of the kinds asked for', () => {
		expect(ids({ type: ['Statement'] })).toEqual(['psaki-concerned']);
		expect(ids({ type: ['Place', 'Person'] }).sort()).toEqual(['jen-psaki', 'united-states']);
		expect(ids({ type: ['Figure'] })).toEqual([]);
	});

	it('keeps only the statements of the speakers asked for', () => {
		expect(ids({ speaker: ['Jen Psaki'] })).toEqual(['psaki-concerned']);
		expect(ids({ speaker: ['Jen'] })).toEqual([]);
		expect(ids({ speaker: ['John Kerry'] })).toEqual([]);
	});
});

describe('excerpts and URLs', () => {
	const text = words('one two three four five six seven eight nine ten');

	it('keeps to the annotation and marks the cuts', () => {
		expect(excerpt(text, 2, 10, [6], 4)).toBe('… six <mark>seven</mark> eight nine …');
		expect(excerpt(text, 2, 9, [6], 4)).toBe('… six <mark>seven</mark> eight nine');
		expect(excerpt(text, 0, 3, [1], 10)).toBe('one <mark>two</mark> three');
		expect(excerpt(text, 0, 10, [0], 3)).toBe('<mark>one</mark> two three …');
	});

	it('adds the anchor to a URL and keeps its query', () => {
		expect(withHash('/articles/a/?highlight=509', 'f')).toBe('/articles/a/?highlight=509#f');
		expect(withHash('https://example.org/sb/articles/a/', 'f')).toBe('https://example.org/sb/articles/a/#f');
	});

	it('finds the base of the site a source’s or a subject’s result belongs to', () => {
		expect(resultBase('/articles/a/?highlight=509')).toBe('/');
		expect(resultBase('/sb/people/ana-ruiz/')).toBe('/sb/');
		expect(resultBase('/2015/articles/a/')).toBe('/2015/');
		expect(resultBase('https://example.org/2015/places/port-elm/')).toBe('/2015/');
	});

	it('reads the kind in front of a title', () => {
		expect(splitKind('Figure · 509 killed')).toEqual({ kind: 'Figure', title: '509 killed' });
		expect(splitKind('A page')).toEqual({ kind: null, title: 'A page' });
	});
});

describe('a subject result’s sources', () => {
	it('names the first sources of a subject, with the anchor of its first mention in each, and counts the rest', () => {
		const cairo = book.subject('cairo')!;
		const all = mentionedIn(book, cairo);
		expect(all.sources).toEqual(book.articles.filter((a) => a.mentions.some((m) => m.subjectId === 'cairo')).map((a) => ({ slug: a.slug, anchor: 'cairo', title: a.meta.title })));
		expect(all.more).toBe(0);
		expect(mentionedIn(book, cairo, 0)).toEqual({ sources: [], more: all.sources.length });
	});

	it('offers a statement, figure or event found in one source in the other sources that report it, with its page for the rest', () => {
		const a = threeSources.article('a')!;
		const source = (slug: string, anchor: string) => ({ slug, anchor, title: threeSources.article(slug)!.meta.title });
		const elsewhere = reportedElsewhere(threeSources, a);
		// The people are pages of their own, and the 509 killed are reported by this source alone.
		expect(Object.keys(elsewhere).sort()).toEqual(['ban-condemns', 'trip']);
		expect(elsewhere['ban-condemns']).toEqual({ sources: [source('b', 'ban-condemns')], more: 0, page: threeSources.subject('ban-condemns')!.path });
		expect(elsewhere.trip).toEqual({ sources: [source('b', 'trip'), source('c', 'trip')], more: 0, page: threeSources.subject('trip')!.path });
		expect(reportedElsewhere(threeSources, a, 1).trip).toMatchObject({ sources: [source('b', 'trip')], more: 1 });
		expect(reportedElsewhere(book, article)).toEqual({});
	});

	it('travels as one hex token that holds no searchable word, and reads back whole', () => {
		const value = { sources: [{ slug: 'kerry-to-visit-cairo', anchor: 'john-kerry', title: 'Kerry to Visit Cairo — “Gaza”' }], more: 2 };
		const encoded = encodeMetaValue(value);
		expect(encoded).toMatch(/^[0-9a-f]+$/);
		expect(decodeMetaValue(encoded)).toEqual(value);
	});
});
