/** robots.txt: everything may be crawled; the sitemap index is named when its absolute URL is known. */
export function robotsText(sitemapIndex: string | null): string {
	return `User-agent: *\nAllow: /\n${sitemapIndex ? `Sitemap: ${sitemapIndex}\n` : ''}`;
}
