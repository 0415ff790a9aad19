import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../support/build.ts';
import { loadSourcebook } from '../../../../src/loading/load.ts';
import { annotationMediaType, openDataFiles, type DataFile } from '../../../../src/domain/publishing/open-data.ts';
import { allAnnotations, allAnnotationsJson, articleAnnotations, articleAnnotationsJson } from '../../../../src/domain/publishing/web-annotation.ts';
import { permalinkUnder } from '../../../../src/lib/permalink.ts';

const book = loadSourcebook(join(projectRoot, 'content'));
const link = permalinkUnder('/sourcebook/', undefined);
const text = (file: DataFile) => [...file.body()].join('');

describe('openDataFiles', () => {
	const files = openDataFiles(book, link);

	it('publishes each source file and its citation data, each subject’s citations, each article’s annotations and the whole site’s, once each', () => {
		expect(files.map((f) => f.path)).toEqual([
			...book.articles.flatMap((a) => [`sources/${a.slug}.txt`, `sources/${a.slug}.json`, `annotations/${a.slug}.jsonld`]),
			...book.subjects.map((s) => `citations/${s.id}.json`),
			'annotations.jsonld',
		]);
	});

	it('gives each its media type and its body: the source byte for byte, its frontmatter’s citation data, the collections as JSON-LD', { timeout: 60_000 }, () => {
		for (const article of book.articles) {
			const source = files.find((f) => f.path === `sources/${article.slug}.txt`)!;
			expect(source.contentType).toBe('text/plain; charset=utf-8');
			expect(text(source)).toBe(article.sourceText);
			const cited = files.find((f) => f.path === `sources/${article.slug}.json`)!;
			expect(cited.contentType).toBe('application/json');
			const { meta } = article;
			expect(JSON.parse(text(cited))).toMatchObject({ title: meta.title, editorialTitle: meta.editorialTitle, outlet: meta.outlet, byline: meta.byline, published: meta.published, original: meta.url });
			expect(JSON.parse(JSON.parse(text(cited)).citations.csl)[0]).toMatchObject({ title: meta.editorialTitle ? `[${meta.title}]` : meta.title, note: `Annotated in Sourcebook: /sourcebook/articles/${article.slug}/` });
			const annotations = files.find((f) => f.path === `annotations/${article.slug}.jsonld`)!;
			expect(annotations.contentType).toBe(annotationMediaType);
			expect(JSON.parse(text(annotations))).toEqual(articleAnnotations(book, article, link));
		}
		const all = files.at(-1)!;
		expect(all.contentType).toBe(annotationMediaType);
		expect(JSON.parse(text(all))).toEqual(allAnnotations(book, link));
		expect(JSON.parse(text(all)).id).toBe('/sourcebook/annotations.jsonld');
	});
});

describe('articleAnnotationsJson', () => {
	it('writes an article’s collection exactly as JSON.stringify would, with or without annotations', () => {
		for (const article of book.articles) expect([...articleAnnotationsJson(book, article, link)].join('')).toBe(JSON.stringify(articleAnnotations(book, article, link)));
		const bare = { ...book.articles[0]!, mentions: [] };
		expect([...articleAnnotationsJson(book, bare, link)].join('')).toBe(JSON.stringify(articleAnnotations(book, bare, link)));
	});
});

describe('allAnnotationsJson', () => {
	it('writes the site-wide collection in one piece per article, exactly as JSON.stringify would whole', () => {
		const pieces = [...allAnnotationsJson(book, link)];
		expect(pieces).toHaveLength(book.articles.length + 2);
		expect(pieces.join('')).toBe(JSON.stringify(allAnnotations(book, link)));
	});

	it('leaves out articles without annotations and still writes valid JSON', () => {
		const bare = { ...book, articles: [{ ...book.articles[0]!, mentions: [] }, ...book.articles] };
		expect([...allAnnotationsJson(bare, link)].join('')).toBe(JSON.stringify(allAnnotations(bare, link)));
		const none = { ...book, articles: [{ ...book.articles[0]!, mentions: [] }] };
		expect(JSON.parse([...allAnnotationsJson(none, link)].join('')).first.items).toEqual([]);
	});
});

describe('permalinkUnder', () => {
	it('puts a path under the base, and under the origin when there is one', () => {
		expect(permalinkUnder('/', undefined)('articles/a/')).toBe('/articles/a/');
		expect(permalinkUnder('/sourcebook', undefined)('/articles/a/')).toBe('/sourcebook/articles/a/');
		expect(permalinkUnder('/sourcebook/', 'https://example.org')('articles/a/')).toBe('https://example.org/sourcebook/articles/a/');
		expect(permalinkUnder('/', 'https://example.org/')()).toBe('https://example.org/');
	});
});
