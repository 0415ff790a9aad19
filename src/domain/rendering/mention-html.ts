/**
 * Mentions in context, as HTML: on a subject's page, every mention in every source (grouped by
 * source); on /compare/, a statement's or a figure's in each source. Each is its sentence with
 * the mention marked; the sentence is the link to the mention in the source, and so names it,
 * rather than a "Read in source" beside each that needed the source's title to tell it apart
 * (about 90 bytes a mention). The share script adds the share controls, from that link and the
 * marked words. Written as strings, like the notes (notes-html.ts): a subject's page lists
 * hundreds of mentions at archive scale, two components each.
 */
import type { Article, ArticleMentions, Mention } from '../model/sourcebook.ts';
import { count, outletOf } from '../views/copy.ts';
import { html, type Markup } from './markup.ts';

/** Where an article (and an anchor in it) is, as the page linking to it writes the URL. */
export type ArticleLink = (slug: string, anchor?: string) => string;

function mentionItem(article: Article, mention: Mention, link: ArticleLink): Markup {
	const { before, after } = mention.context;
	return html`<li data-mention="${mention.anchor}"><a href="${link(article.slug, mention.anchor)}"><q>${before}<mark>${mention.words}</mark>${after}</q></a></li>`;
}

export function mentionItemHtml(article: Article, mention: Mention, link: ArticleLink): string {
	return mentionItem(article, mention, link).text;
}

/**
 * Each source's heading (title, outlet, count) and its mentions. The heading's title is also the
 * subject page's `source` filter value: Pagefind reads a filter from an element's text, inside an
 * element it does not index, so the title is written once rather than again in a `<data>` of its
 * own (about 75 bytes a source, 8 MB of subject pages at 2,000 sources).
 */
export function mentionListHtml(groups: readonly ArticleMentions[], link: ArticleLink): string {
	return groups
		.map(
			({ article, mentions }) =>
				html`<h3><a href="${link(article.slug)}" data-pagefind-filter="source">${article.meta.title}</a> <span class="meta">(${outletOf(article.meta)}, ${count(mentions.length, 'mention')})</span></h3>\n<ul class="mention-list">${mentions.map((mention) => mentionItem(article, mention, link))}</ul>`.text,
		)
		.join('\n');
}
