/**
 * The open data of the built site: each article's W3C Web Annotation collection against its
 * source file and its page, the schema.org data of every page, the sitemap, robots.txt and feed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { directiveFor, parseTextDirective } from '../../src/domain/views/text-fragment.ts';
import { schemaType as typeOf } from '../../src/domain/publishing/schema-org.ts';
import type { AnnotationCollection, AnnotationPage, PagedAnnotationCollection } from '../../src/domain/publishing/web-annotation.ts';
import type { ValidateFunction } from 'ajv';
import { annotationModel, faultsOf } from '../support/annotation-model.ts';
import { projectRoot } from '../support/build.ts';
import { book, editorial } from '../support/content.ts';
import { attribute, listPages, readPage, select, selectAll } from '../support/html.ts';
import { sites } from '../support/sites.ts';

const linkKeys = new Set(['id', 'source', 'scope', 'first', 'last', 'next', 'prev', 'target']);

/** The data with every root-relative link made absolute, as a build that knows its origin writes it. */
function withOrigin(data: unknown, key = ''): unknown {
	if (typeof data === 'string') return linkKeys.has(key) && data.startsWith('/') ? `https://sourcebook.test${data}` : data;
	if (Array.isArray(data)) return data.map((item) => withOrigin(item, key));
	if (data && typeof data === 'object') return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, withOrigin(v, k)]));
	return data;
}

describe.each(Object.values(sites))('open data (base $base)', ({ outDir, base }) => {
	const readJson = <T>(path: string): T => JSON.parse(readFileSync(join(outDir, path), 'utf8')) as T;

	describe.each(book.articles.map((a) => a.slug))('annotations of %s', (slug) => {
		const collection = readJson<AnnotationCollection>(`annotations/${slug}.jsonld`);
		const source = readFileSync(join(projectRoot, 'content/sources', `${slug}.txt`), 'utf8');
		// Positions count code points.
		const chars = Array.from(source);
		const items = collection.first.items;

		it('is an AnnotationCollection with as many annotations as the page has', () => {
			expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
			expect(collection.type).toBe('AnnotationCollection');
			expect(collection.id).toBe(`${base}annotations/${slug}.jsonld`);
			const onPage = selectAll('[data-annotation]', readPage(outDir, `articles/${slug}/`));
			expect(onPage.length).toBeGreaterThan(0);
			expect(collection.total).toBe(onPage.length);
			expect(items).toHaveLength(onPage.length);
			// One annotation per span, in the page's order, named by the span's anchor.
			expect(items.map((a) => a.id.split('#')[1])).toEqual(onPage.map((span) => attribute(span, 'id')));
		});

		it('selects, for every annotation, exactly the words of the source file and the text around them', () => {
			for (const annotation of items) {
				const [quote, position] = annotation.target.selector;
				expect(quote.type).toBe('TextQuoteSelector');
				expect(position.type).toBe('TextPositionSelector');
				expect(chars.slice(position.start, position.end).join('')).toBe(quote.exact);
				expect(quote.exact.length).toBeGreaterThan(0);
				const prefix = Array.from(quote.prefix);
				const suffix = Array.from(quote.suffix);
				expect(chars.slice(position.start - prefix.length, position.start).join('')).toBe(quote.prefix);
				expect(chars.slice(position.end, position.end + suffix.length).join('')).toBe(quote.suffix);
				// Context runs to the start or end of the file, or is a full 32 characters.
				expect(prefix.length === 32 || position.start - prefix.length === 0).toBe(true);
				expect(suffix.length === 32 || position.end + suffix.length === chars.length).toBe(true);
				expect(annotation.target.source).toBe(`${base}sources/${slug}.txt`);
			}
		});

		it('points each annotation’s body at its subject’s page, and its id at the span', () => {
			const page = readPage(outDir, `articles/${slug}/`);
			for (const annotation of items) {
				const anchor = annotation.id.split('#')[1]!;
				const span = select(`[id="${anchor}"]`, page)!;
				const subject = book.subject(attribute(span, 'dataRef')!)!;
				expect(annotation.body.id).toBe(`${base}${subject.path}`);
				expect(existsSync(join(outDir, subject.path, 'index.html'))).toBe(true);
			}
		});

		it('publishes the source file byte for byte', () => {
			expect(readFileSync(join(outDir, 'sources', `${slug}.txt`), 'utf8')).toBe(source);
		});
	});

	it.each(book.articles.filter((a) => a.meta.url))('the provenance panel of $slug links each statement into the original at its words', (article) => {
		const panel = select('.provenance-panel', readPage(outDir, `articles/${article.slug}/`))!;
		const links = selectAll('[data-statement] a', panel).map((a) => attribute(a, 'href')!);
		const statements = article.mentions.filter((m) => m.kind === 'statement');
		expect(statements.length).toBeGreaterThan(0);
		expect(links).toHaveLength(statements.length);
		statements.forEach((mention, i) => {
			expect(links[i]!.startsWith(`${article.meta.url}#:~:text=`)).toBe(true);
			expect(parseTextDirective(links[i]!)).toEqual(directiveFor(mention.words));
		});
	});

	it('has one collection of every annotation for the whole site', () => {
		const all = readJson<PagedAnnotationCollection>('annotations.jsonld');
		const perArticle = book.articles.map((a) => readJson<AnnotationCollection>(`annotations/${a.slug}.jsonld`));
		expect(all.total).toBe(perArticle.reduce((sum, c) => sum + c.total, 0));
		// The first edition fits one page; a larger archive's pages are tested in tests/slow/archive-scale.test.ts.
		expect(all.first).toBe(all.last);
		const page = readJson<AnnotationPage>(all.first.slice(base.length));
		expect(page.items).toEqual(perArticle.flatMap((c) => c.first.items));
	});

	it('misses only the IRIs of the Web Annotation model when the origin is not known', () => {
		// With SITE_URL, tests/slow/site-url.test.ts finds no fault at all: root-relative ids are the
		// one thing a build without an origin cannot do better, and why it warns.
		const model = annotationModel();
		const all = readJson<PagedAnnotationCollection>('annotations.jsonld');
		const files: [ValidateFunction, unknown][] = [
			[model.pagedCollection, all],
			[model.page, readJson(all.first.slice(base.length))],
			...book.articles.map(({ slug }): [ValidateFunction, unknown] => [model.collectionOfAnnotations, readJson(`annotations/${slug}.jsonld`)]),
		];
		expect(files.flatMap(([validate, data]) => faultsOf(validate, data)).length).toBeGreaterThan(0);
		expect(files.flatMap(([validate, data]) => faultsOf(validate, withOrigin(data)))).toEqual([]);
	});

	describe('schema.org data on every page', () => {
		type Data = Record<string, unknown> & { '@type': string };
		const dataOf = (path: string): Data[] =>
			selectAll('script[type="application/ld+json"]', readPage(outDir, path)).map((script) => JSON.parse(toString(script)) as Data);

		it.each(listPages(outDir))('%s parses and describes the page', (path) => {
			const data = dataOf(path);
			expect(data.length).toBeGreaterThan(0);
			for (const item of data) {
				expect(item['@context']).toBe('https://schema.org');
				expect(typeof item['@type']).toBe('string');
			}
			const page = data.find((d) => d['@type'] === 'WebPage')!;
			expect(page.name).toEqual(expect.any(String));
			if (path !== '404.html') expect(page.url).toBe(`${base}${path}`);
		});

		it.each(book.articles)('the article $slug is a NewsArticle based on its original, with its mentions', (article) => {
			const news = dataOf(`articles/${article.slug}/`).find((d) => d['@type'] === 'NewsArticle')!;
			expect(news).toMatchObject({ headline: article.meta.title, datePublished: article.meta.published, url: `${base}articles/${article.slug}/` });
			expect(news.isBasedOn).toBe(article.meta.url);
			const mentions = news.mentions as Data[];
			// The people, organizations, places and events it names; its statements and figures are its own words.
			const named = article.notes.map((n) => book.subject(n.subjectId)!).filter((s) => s.kind !== 'statement' && s.kind !== 'figure');
			expect(mentions.map((m) => m['@id'])).toEqual(named.map((s) => `${base}${s.path}`));
			expect(new Set(mentions.map((m) => m['@type']))).toEqual(new Set(['Person', 'Organization', 'Place', 'Event']));
		});

		it.each(book.subjects.map((s) => [s.path, s] as const))('the subject %s is described as what it is', (_, subject) => {
			const thing = dataOf(subject.path).find((d) => d['@type'] === typeOf(subject.kind))!;
			expect(thing).toMatchObject({ name: subject.title, url: `${base}${subject.path}` });
			if (subject.kind === 'statement') {
				const speaker = book.subject(subject.data.speaker)!;
				expect(thing.creator).toMatchObject({ name: speaker.title, '@id': `${base}${speaker.path}` });
				expect(thing.text).toEqual(expect.any(String));
			}
			// The sources mention it, and each says so in its own data; `subjectOf` would claim they are about it.
			// (A statement or figure is a source's own words: its Web Annotations tie it to its page.)
			expect(thing).not.toHaveProperty('subjectOf');
			if (subject.kind === 'statement' || subject.kind === 'figure') return;
			for (const slug of new Set(book.mentionsOf(subject.id).map((m) => m.article))) {
				const news = dataOf(`articles/${slug}/`).find((d) => d['@type'] === 'NewsArticle')!;
				expect((news.mentions as Data[]).map((m) => m['@id'])).toContain(`${base}${subject.path}`);
			}
		});
	});

	it('writes no sitemap without the site’s origin: a sitemap’s URLs must be absolute', () => {
		expect(readdirSync(outDir).filter((file) => file.startsWith('sitemap'))).toEqual([]);
		expect(readFileSync(join(outDir, 'robots.txt'), 'utf8')).not.toContain('Sitemap:');
	});

	it('has robots.txt and an Atom feed of the sources, linked from every page', () => {
		expect(readFileSync(join(outDir, 'robots.txt'), 'utf8')).toMatch(/^User-agent: \*\nAllow: \//);
		const feed = readFileSync(join(outDir, 'feed.xml'), 'utf8');
		for (const article of book.articles) expect(feed).toContain(`href="${base}articles/${article.slug}/"`);
		// One entry per source and per dossier (tests/site/dossiers.test.ts checks the dossiers').
		expect(feed.match(/<entry>/g)).toHaveLength(book.articles.length + editorial.dossiers.length);
		for (const path of listPages(outDir)) {
			const page = readPage(outDir, path);
			expect(attribute(select('link[type="application/atom+xml"]', page)!, 'href')).toBe(`${base}feed.xml`);
			expect(select('meta[property="og:title"]', page)).toBeDefined();
			expect(select('meta[name="twitter:card"]', page)).toBeDefined();
			// Without SITE_URL there is no origin to name: no canonical URL is made up.
			expect(select('link[rel="canonical"]', page)).toBeUndefined();
		}
	});
});
