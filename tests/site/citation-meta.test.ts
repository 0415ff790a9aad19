/**
 * What reference managers read from the built site: Highwire `citation_*` tags on every article
 * and subject page, and the standard citations published beside the pages (made at build time:
 * Citation.js is in no page's scripts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { book } from '../support/content.ts';
import { attribute, readPage, selectAll } from '../support/html.ts';
import { sites } from '../support/sites.ts';

const { outDir, base } = sites.subpath;
const tags = (path: string) => new Map(selectAll('meta[name^="citation_"]', readPage(outDir, path)).map((m) => [attribute(m, 'name')!, attribute(m, 'content')!]));

describe('citation metadata', () => {
	it.each(book.articles.map((a) => [a.slug, a] as const))('article %s describes its source', (slug, article) => {
		const meta = tags(`articles/${slug}/`);
		expect(meta.get('citation_title')).toBe(article.meta.title);
		expect(meta.get('citation_publication_date')).toBe(article.meta.published.replaceAll('-', '/'));
		if (article.meta.byline) expect(meta.get('citation_author')).toBe(article.meta.byline);
		else expect(meta.has('citation_author')).toBe(false);
		if (article.meta.outlet) expect(meta.get('citation_journal_title')).toBe(article.meta.outlet);
		expect(meta.get('citation_public_url')).toBe(`${base}articles/${slug}/`);
	});

	it('every subject page carries its title and address', () => {
		for (const subject of book.subjects) {
			const meta = tags(subject.path);
			expect(meta.get('citation_title'), subject.id).toBe(subject.title);
			expect(meta.get('citation_public_url')).toBe(`${base}${subject.path}`);
		}
	});

	it('publishes each source’s and subject’s standard citations, and ships no citation engine', () => {
		for (const article of book.articles) {
			const data = JSON.parse(readFileSync(join(outDir, 'sources', `${article.slug}.json`), 'utf8')) as { citations: Record<string, string> };
			expect(Object.keys(data.citations).sort()).toEqual(['apa', 'bibtex', 'chicago', 'csl', 'mla', 'ris']);
			expect(JSON.parse(data.citations.csl!)[0].title).toContain(article.meta.title);
		}
		for (const subject of book.subjects) {
			const citations = JSON.parse(readFileSync(join(outDir, 'citations', `${subject.id}.json`), 'utf8')) as Record<string, string>;
			expect(JSON.parse(citations.csl!)[0].title, subject.id).toBe(subject.title);
			expect(citations.mla, subject.id).toContain(`${base}${subject.path}`);
		}
		const scripts = readdirSync(join(outDir, '_astro')).filter((name) => name.endsWith('.js'));
		for (const name of scripts) expect(readFileSync(join(outDir, '_astro', name), 'utf8'), name).not.toMatch(/citeproc|@citation-js|CSL\.Engine/);
	});
});
