import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../support/build.ts';
import { loadSourcebook } from '../../../../src/loading/load.ts';
import { allAnnotationPages, articleAnnotations, codePointOffset, contextLength, textSelectors } from '../../../../src/domain/publishing/web-annotation.ts';

const book = loadSourcebook(join(projectRoot, 'tests/fixtures/valid'));
const link = (path: string) => `https://sourcebook.test/${path}`;

describe('text selectors', () => {
	it('quote the words with the text around them, and their position', () => {
		const source = 'Ban met Kerry in Cairo on Monday.';
		const [quote, position] = textSelectors(source, 8, 13);
		expect(quote).toEqual({ type: 'TextQuoteSelector', exact: 'Kerry', prefix: 'Ban met ', suffix: ' in Cairo on Monday.' });
		expect(position).toEqual({ type: 'TextPositionSelector', start: 8, end: 13 });
	});

	it('keep at most contextLength characters of context', () => {
		const source = `${'a'.repeat(50)}WORD${'b'.repeat(50)}`;
		const [quote] = textSelectors(source, 50, 54);
		expect(quote.prefix).toBe('a'.repeat(contextLength));
		expect(quote.suffix).toBe('b'.repeat(contextLength));
	});

	it('count positions in code points, as the Web Annotation model does', () => {
		const source = 'A 😀 smile: Cairo';
		const start = source.indexOf('Cairo');
		expect(codePointOffset(source, start)).toBe(start - 1);
		const [quote, position] = textSelectors(source, start, start + 5);
		expect(quote.exact).toBe('Cairo');
		expect(Array.from(source).slice(position.start, position.end).join('')).toBe('Cairo');
	});

	it('never split a surrogate pair in the context', () => {
		const source = `😀${'x'.repeat(contextLength - 1)}Cairo`;
		const [quote] = textSelectors(source, source.indexOf('Cairo'), source.length);
		expect(quote.prefix.startsWith('😀')).toBe(true);
	});
});

describe('annotation collections', () => {
	const article = book.articles[0]!;
	const collection = articleAnnotations(book, article, link);

	it('hold one annotation per span, each identifying its subject', () => {
		expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
		expect(collection.type).toBe('AnnotationCollection');
		expect(collection.total).toBe(article.mentions.length);
		expect(collection.first.items).toHaveLength(article.mentions.length);
		const first = collection.first.items[0]!;
		const mention = article.mentions[0]!;
		expect(first.id).toBe(`https://sourcebook.test/articles/${article.slug}/#${mention.anchor}`);
		expect(first.body.id).toBe(link(book.subject(mention.subjectId)!.path));
		expect(first.target.source).toBe(link(`sources/${article.slug}.txt`));
		expect(first.target.selector[0].exact).toBe(mention.words);
	});

	it('for the whole site, hold every article’s annotations', () => {
		const all = allAnnotationPages(book, link).collection;
		expect(all.total).toBe(book.articles.reduce((sum, a) => sum + a.mentions.length, 0));
		expect(all.id).toBe(link('annotations.jsonld'));
	});

	it('give each annotation its own context, so that it stands alone', () => {
		for (const annotation of collection.first.items) expect(annotation['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
	});
});
