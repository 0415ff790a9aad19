/** The Atom feed of sources and dossiers: a pure XML builder. (Sitemaps are @astrojs/sitemap's.) */
import type { EditorialEntry } from '../model/editorial.ts';
import type { Sourcebook } from '../model/sourcebook.ts';
import { xml } from '../rendering/markup.ts';
import type { Link } from './web-annotation.ts';
import { articlePath } from '../model/page-paths.ts';

/** A day, or a partial date, as the RFC 3339 timestamp Atom wants (midnight UTC, first of the month…). */
function timestamp(date: string): string {
	const [year, month = '01', day = '01'] = date.split('-');
	return `${year}-${month}-${day}T00:00:00Z`;
}

export const feedPath = 'feed.xml';

/** A dossier's entry: Sourcebook's own words, so its editors are its authors. */
function dossierEntry({ id, meta }: EditorialEntry, link: Link) {
	const url = link(`dossiers/${id}/`);
	return xml`  <entry>
    <id>${/^https?:/.test(url) ? url : `urn:sourcebook:dossier:${id}`}</id>
    <title>${meta.title}</title>
    <link rel="alternate" type="text/html" href="${url}"/>
    <published>${timestamp(meta.date)}</published>
    <updated>${timestamp(meta.date)}</updated>
${meta.authors.map((author) => xml`    <author><name>${author}</name></author>\n`)}    <category term="dossier" label="Dossier"/>
    <summary>${meta.summary}</summary>
  </entry>
`;
}

/**
 * An Atom feed with one entry per source, and one per dossier before them. A source's id is the
 * original's address when known, else a URN of the slug: ids must be absolute, and the site's own
 * origin may not be.
 */
/** Entries for sources in the feed: a reader's feed tool wants what is new, not the archive (3.4 MB at 8,000 sources). */
export const feedEntries = 50;

export function sourcesFeed(book: Sourcebook, link: Link, dossiers: readonly EditorialEntry[] = []): string {
	const articles = latestSources(book).slice(0, feedEntries);
	const latest = [articles[0]?.meta.published, ...dossiers.map((d) => d.meta.date)].filter((d) => d !== undefined).sort().at(-1);
	const updated = latest ? timestamp(latest) : '1970-01-01T00:00:00Z';
	const home = link('');
	const entries = articles.map(({ slug, meta }) => {
		const url = link(articlePath(slug));
		return xml`  <entry>
    <id>${meta.url ?? `urn:sourcebook:source:${slug}`}</id>
    <title>${meta.title}</title>
    <link rel="alternate" type="text/html" href="${url}"/>
${meta.url && xml`    <link rel="via" href="${meta.url}"/>\n`}    <published>${timestamp(meta.published)}</published>
    <updated>${timestamp(meta.published)}</updated>
    <author><name>${meta.byline ?? meta.outlet ?? 'Not named'}</name></author>
    <summary>${meta.summary}</summary>
  </entry>
`;
	});
	return xml`<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${/^https?:/.test(home) ? home : 'urn:sourcebook:sources'}</id>
  <title>Sourcebook: sources</title>
  <link rel="self" type="application/atom+xml" href="${link(feedPath)}"/>
  <link rel="alternate" type="text/html" href="${home}"/>
  <updated>${updated}</updated>
  <author><name>Sourcebook</name></author>
${dossiers.map((dossier) => dossierEntry(dossier, link))}${entries}</feed>
`.text;
}

/** What orders sources: an article, or anything that stands for one. */
export interface Dated {
	slug: string;
	meta: { published: string };
}

/** The sources, the latest published first (then by slug, so that the order is stable). */
export function latestSources<A extends Dated>(book: { articles: readonly A[] }): A[] {
	return [...book.articles].sort((a, b) => b.meta.published.localeCompare(a.meta.published) || a.slug.localeCompare(b.slug));
}
