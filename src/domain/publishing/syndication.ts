/** The sitemap and the Atom feed of sources: pure XML builders. */
import type { Sourcebook } from '../model/sourcebook.ts';
import { xml } from '../rendering/markup.ts';
import type { Link } from './web-annotation.ts';

/** Page paths (`articles/x/`) to a sitemap; `link` makes each a URL. */
export function sitemapXml(paths: readonly string[], link: Link): string {
	const urls = [...paths].sort().map((path) => xml`  <url><loc>${link(path)}</loc></url>`.text);
	return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

/** A day, or a partial date, as the RFC 3339 timestamp Atom wants (midnight UTC, first of the month…). */
function timestamp(date: string): string {
	const [year, month = '01', day = '01'] = date.split('-');
	return `${year}-${month}-${day}T00:00:00Z`;
}

export const feedPath = 'feed.xml';

/**
 * An Atom feed with one entry per source. An entry's id is the original's address when known,
 * else a URN of the slug: ids must be absolute, and the site's own origin may not be.
 */
export function sourcesFeed(book: Sourcebook, link: Link): string {
	const articles = [...book.articles].sort((a, b) => b.meta.published.localeCompare(a.meta.published) || a.slug.localeCompare(b.slug));
	const updated = articles[0] ? timestamp(articles[0].meta.published) : '1970-01-01T00:00:00Z';
	const home = link('');
	const entries = articles.map(({ slug, meta }) => {
		const url = link(`articles/${slug}/`);
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
${entries}</feed>
`.text;
}
