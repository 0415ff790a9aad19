/**
 * Writes `sitemap.xml` after the build from the pages Astro actually built, so that every page,
 * and only pages, are listed. The URLs are absolute when the site's origin (SITE_URL) is set.
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { sitemapXml } from '../domain/publishing/syndication.ts';
import { permalinkUnder } from '../lib/permalink.ts';

/** Error pages are not pages to index. */
const notListed = /^(?:404|500)\/?$/;

export default function sitemap(): AstroIntegration {
	let link = permalinkUnder('/', undefined);
	let site: string | undefined;
	return {
		name: 'sourcebook-sitemap',
		hooks: {
			'astro:config:done': ({ config }) => {
				link = permalinkUnder(config.base, config.site);
				site = config.site;
			},
			'astro:build:done': ({ pages, dir, logger }) => {
				const paths = pages.map((p) => p.pathname.replace(/^\//, '')).filter((p) => !notListed.test(p));
				writeFileSync(new URL('sitemap.xml', dir), sitemapXml(paths, link));
				if (!site) logger.info('sitemap.xml lists paths without an origin: set SITE_URL for absolute URLs.');
			},
		},
	};
}
