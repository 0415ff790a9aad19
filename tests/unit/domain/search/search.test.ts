import { describe, expect, it } from 'vitest';
import { loadSourcebook } from '../../../../src/loading/load.ts';
import { annotationTitle, articleFacets, mentionedIn, openingWords, subjectFacets } from '../../../../src/domain/search/search-index.ts';
import { annotationHits, decodeMentionedIn, encodeMentionedIn, excerpt, splitKind, withHash, words, type PageData } from '../../../../src/domain/search/search-results.ts';

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

	it('files an article under its title and a subject under its kind and speaker (its sources come from its mention list)', () => {
		expect(articleFacets(article)).toEqual({ type: ['Article'], source: ['A short report'], speaker: [] });
		expect(subjectFacets(book, book.subject('ban-calls-for-ceasefire')!)).toEqual({ type: ['Statement'], speaker: ['Ban Ki-moon'] });
		expect(subjectFacets(book, book.subject('cairo')!)).toEqual({ type: ['Place'], speaker: [] });
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

	it('travels as one hex token that holds no searchable word, and reads back whole', () => {
		const value = { sources: [{ slug: 'kerry-to-visit-cairo', anchor: 'john-kerry', title: 'Kerry to Visit Cairo — “Gaza”' }], more: 2 };
		const encoded = encodeMentionedIn(value);
		expect(encoded).toMatch(/^[0-9a-f]+$/);
		expect(decodeMentionedIn(encoded)).toEqual(value);
	});
});
