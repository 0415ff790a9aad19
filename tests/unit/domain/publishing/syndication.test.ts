import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../support/build.ts';
import { fromHtml } from 'hast-util-from-html';
import { loadSourcebook } from '../../../../src/loading/load.ts';
import { sitemapXml, sourcesFeed } from '../../../../src/domain/publishing/syndication.ts';

const book = loadSourcebook(join(projectRoot, 'tests/fixtures/valid'));

describe('sitemap', () => {
	it('lists each path once, as a URL, sorted', () => {
		const xml = sitemapXml(['people/', '', 'articles/a&b/'], (path) => `https://sourcebook.test/sub/${path}`);
		expect([...xml.matchAll(/<loc>(.*?)<\/loc>/g)].map((m) => m[1])).toEqual([
			'https://sourcebook.test/sub/',
			'https://sourcebook.test/sub/articles/a&amp;b/',
			'https://sourcebook.test/sub/people/',
		]);
		expect(xml).toContain('xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"');
	});
});

describe('feed of sources', () => {
	it('is an Atom feed with one entry per source', () => {
		const xml = sourcesFeed(book, (path) => `/base/${path}`);
		expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
		const entries = xml.match(/<entry>/g) ?? [];
		expect(entries).toHaveLength(book.articles.length);
		const article = book.articles[0]!;
		expect(xml).toContain(`<link rel="alternate" type="text/html" href="/base/articles/${article.slug}/"/>`);
		expect(xml).toContain(`<published>${article.meta.published}T00:00:00Z</published>`);
		// Without the site's origin, ids are URNs rather than invented addresses.
		expect(xml).toContain('<id>urn:sourcebook:sources</id>');
		expect(xml).toContain(`<id>urn:sourcebook:source:${article.slug}</id>`);
		expect(fromHtml(xml, { fragment: true }).children.length).toBeGreaterThan(0);
	});

	it('uses the site’s address as the feed id when it is known', () => {
		expect(sourcesFeed(book, (path) => `https://sourcebook.test/${path}`)).toContain('<id>https://sourcebook.test/</id>');
	});
});
