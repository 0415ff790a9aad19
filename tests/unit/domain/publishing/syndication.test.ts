import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../support/build.ts';
import { fromHtml } from 'hast-util-from-html';
import { loadSourcebook } from '../../../../src/loading/load.ts';
import { feedEntries, latestSources, sourcesFeed } from '../../../../src/domain/publishing/syndication.ts';
import { buildSourcebook } from '../../../../src/domain/model/sourcebook.ts';
import { contentInput, makeArchive } from '../../../support/archive.ts';

const book = loadSourcebook(join(projectRoot, 'tests/fixtures/valid'));

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

describe('feed of a large archive', () => {
	it('carries the latest 50 sources, newest first', () => {
		const archive = buildSourcebook(contentInput(makeArchive(60, 2)));
		const xml = sourcesFeed(archive, (path) => `/${path}`);
		const linked = [...xml.matchAll(/href="\/articles\/([^/]+)\/"/g)].map((m) => m[1]);
		expect(linked).toHaveLength(feedEntries);
		expect(linked).toEqual(latestSources(archive).slice(0, feedEntries).map((a) => a.slug));
		const dates = latestSources(archive).map((a) => a.meta.published);
		expect(dates).toEqual([...dates].sort().reverse());
		// The oldest ten are left out.
		expect(linked).not.toContain('report-00001');
	});
});
