/**
 * What citations say of each source on a page, as the JSON the share script reads. A subject page
 * carries every source that mentions the subject, so each source's entry is written once per build.
 */
import type { CitedSource } from '../domain/citation';
import type { Article } from '../domain/sourcebook';
import { permalink } from './paths';

const entries = new WeakMap<Article, string>();

function entry(article: Article): string {
	let json = entries.get(article);
	if (json === undefined) {
		const { slug, meta } = article;
		const source: CitedSource & { page: string } = {
			title: meta.title,
			editorialTitle: meta.editorialTitle,
			outlet: meta.outlet,
			byline: meta.byline,
			published: meta.published,
			original: meta.url,
			page: permalink(`articles/${slug}/`),
		};
		// Inside a <script> element, "<" could close it.
		json = `${JSON.stringify(slug)}:${JSON.stringify(source)}`.replace(/</g, '\\u003c');
		entries.set(article, json);
	}
	return json;
}

/** `{ slug: source }` for the share script, in the order given. */
export const shareSourcesJson = (articles: readonly Article[]): string => `{${articles.map(entry).join(',')}}`;
