import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../support/build.ts';
import { loadSourcebook } from '../../../../src/loading/load.ts';
import { annotationMediaType, openDataFiles, type DataFile } from '../../../../src/domain/publishing/open-data.ts';
import { allAnnotationPages, annotationItemsJson, articleAnnotations, articleAnnotationsJson, type AnnotationPage, type PagedAnnotationCollection } from '../../../../src/domain/publishing/web-annotation.ts';
import { permalinkUnder } from '../../../../src/lib/permalink.ts';
import { buildSourcebook } from '../../../../src/domain/model/sourcebook.ts';
import { contentInput, makeArchive } from '../../../support/archive.ts';

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
			'annotations-1.jsonld',
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
		const all = files.find((f) => f.path === 'annotations.jsonld')!;
		expect(all.contentType).toBe(annotationMediaType);
		expect(JSON.parse(text(all))).toEqual(allAnnotationPages(book, link).collection);
		expect(JSON.parse(text(all)).id).toBe('/sourcebook/annotations.jsonld');
		const page = files.find((f) => f.path === 'annotations-1.jsonld')!;
		expect(page.contentType).toBe(annotationMediaType);
		expect((JSON.parse(text(page)) as AnnotationPage).items).toEqual(book.articles.flatMap((a) => articleAnnotations(book, a, link).first.items));
	});
});

describe('articleAnnotationsJson', () => {
	it('writes an article’s collection exactly as JSON.stringify would, with or without annotations', () => {
		for (const article of book.articles) expect([...articleAnnotationsJson(article, link, annotationItemsJson(book, article, link))].join('')).toBe(JSON.stringify(articleAnnotations(book, article, link)));
		const bare = { ...book.articles[0]!, mentions: [] };
		expect([...articleAnnotationsJson(bare, link, annotationItemsJson(book, bare, link))].join('')).toBe(JSON.stringify(articleAnnotations(book, bare, link)));
	});
});

describe('allAnnotationPages', () => {
	const archive = buildSourcebook(contentInput(makeArchive(40, 3)));
	const origin = permalinkUnder('/', 'https://sourcebook.test');
	const read = (paged: ReturnType<typeof allAnnotationPages>) => paged.pages.map((p) => ({ path: p.path, text: [...p.json()].join('') }));

	it('pages the site-wide collection, each page at most the bound, linked first to last by next and prev', () => {
		const maxBytes = 200_000;
		const paged = allAnnotationPages(archive, origin, maxBytes);
		const pages = read(paged).map((p) => ({ ...p, page: JSON.parse(p.text) as AnnotationPage }));
		expect(pages.length).toBeGreaterThan(3);
		for (const { text } of pages) expect(Buffer.byteLength(text)).toBeLessThanOrEqual(maxBytes);
		const collection: PagedAnnotationCollection = paged.collection;
		expect(collection).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', id: 'https://sourcebook.test/annotations.jsonld' });
		expect(collection.first).toBe(pages[0]!.page.id);
		expect(collection.last).toBe(pages.at(-1)!.page.id);
		// Walking `next` from the first page visits every page once, and `prev` walks back.
		const byId = new Map(pages.map((p) => [p.page.id, p.page]));
		const walked: AnnotationPage[] = [];
		for (let page = byId.get(collection.first); page; page = page.next ? byId.get(page.next) : undefined) walked.push(page);
		expect(walked.map((p) => p.id)).toEqual(pages.map((p) => p.page.id));
		walked.forEach((page, i) => {
			expect(page.prev).toBe(i > 0 ? walked[i - 1]!.id : undefined);
			expect(page.partOf).toEqual({ id: collection.id, label: collection.label, total: collection.total });
			expect(page.id).toBe(`https://sourcebook.test/annotations-${i + 1}.jsonld`);
		});
		// Every annotation once, in order, each counted from its page's startIndex.
		const items = walked.flatMap((p) => p.items);
		expect(items).toEqual(archive.articles.flatMap((a) => articleAnnotations(archive, a, origin).first.items));
		expect(new Set(items.map((a) => a.id)).size).toBe(items.length);
		expect(collection.total).toBe(items.length);
		expect(walked.map((p) => p.startIndex)).toEqual(walked.map((_, i) => walked.slice(0, i).reduce((sum, p) => sum + p.items.length, 0)));
	});

	it('writes each page exactly as JSON.stringify would', () => {
		for (const { text } of read(allAnnotationPages(archive, origin, 300_000))) expect(JSON.stringify(JSON.parse(text))).toBe(text);
	});

	it('is one page, with neither next nor prev, when everything fits', () => {
		const paged = allAnnotationPages(book, link);
		expect(paged.pages).toHaveLength(1);
		expect(paged.collection.first).toBe(paged.collection.last);
		const page = JSON.parse(read(paged)[0]!.text) as AnnotationPage;
		expect(page).not.toHaveProperty('next');
		expect(page).not.toHaveProperty('prev');
		const none = { ...book, articles: book.articles.map((a) => ({ ...a, mentions: [] })) };
		expect((JSON.parse(read(allAnnotationPages(none, link))[0]!.text) as AnnotationPage).items).toEqual([]);
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
