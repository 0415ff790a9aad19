import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { loadSourcebook } from '../../../../src/loading/load.ts';
import { mentionItemHtml, mentionListHtml } from '../../../../src/domain/rendering/mention-html.ts';

const book = loadSourcebook('content');
const link = (slug: string, anchor?: string) => `/base/articles/${slug}/${anchor ? `#${anchor}` : ''}`;

describe('mentionListHtml', () => {
	it('lists each subject’s mentions source by source: heading with outlet and count, sentence, link, and no share (the script adds it)', () => {
		for (const subject of book.subjects) {
			const groups = book.mentionsByArticle(subject.id);
			const tree = fromHtml(mentionListHtml(groups, link), { fragment: true });
			expect(selectAll('h3', tree).map((h) => toString(h).replace(/\s+/g, ' '))).toEqual(
				groups.map(({ article, mentions }) => `${article.meta.title} (${article.meta.outlet ?? 'outlet not named'}, ${mentions.length} ${mentions.length === 1 ? 'mention' : 'mentions'})`),
			);
			// Each heading's title is the page's `source` filter value for that source.
			expect(selectAll('h3 > a[data-pagefind-filter="source"]', tree).map((a) => toString(a))).toEqual(groups.map(({ article }) => article.meta.title));
			const items = selectAll('ul.mention-list > li', tree);
			const mentions = groups.flatMap((g) => g.mentions);
			expect(items.map((li) => li.properties.dataMention)).toEqual(mentions.map((m) => m.anchor));
			items.forEach((item, i) => {
				const mention = mentions[i]!;
				expect(toString(select('q', item)!)).toBe(`${mention.context.before}${mention.words}${mention.context.after}`);
				expect(toString(select('q mark', item)!)).toBe(mention.words);
				// The sentence is the link: its words name it.
				expect(select('a', item)?.properties.href).toBe(link(mention.article, mention.anchor));
				expect(toString(select('a', item)!)).toBe(toString(select('q', item)!));
				expect(selectAll('a', item)).toHaveLength(1);
				expect(select('[data-share]', item)).toBeUndefined();
			});
		}
	});

	it('escapes the source’s words and the anchor', () => {
		const article = book.articles[0]!;
		const mention = { ...article.mentions[0]!, anchor: 'a"b', words: 'A <b> & "c"', context: { before: '<i>', after: '</i>' } };
		const html = mentionItemHtml(article, mention, link);
		expect(html).toContain('<q>&lt;i&gt;<mark>A &lt;b&gt; &amp; &quot;c&quot;</mark>&lt;/i&gt;</q>');
		expect(html).toContain('data-mention="a&quot;b"');
		expect(html).toContain(`href="${link(article.slug, 'a&quot;b')}"`);
	});
});
