// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sourcebook from './src/integrations/sourcebook.ts';
import searchIndex from './src/integrations/search-index.ts';
import sitemap from './src/integrations/sitemap.ts';
import { annotationMarkup } from './src/integrations/annotation-markup.ts';
import { counterpartLinks } from './src/integrations/counterpart-links.ts';
import { getSourcebook } from './src/domain/load.ts';
import { contentSecurityPolicy } from './src/lib/csp.ts';

// BASE_PATH deploys the site under a sub-path (for example /sourcebook/); SITE_URL sets its origin.
export default defineConfig({
	site: process.env.SITE_URL || undefined,
	base: process.env.BASE_PATH || '/',
	outDir: process.env.OUT_DIR || './dist',
	// The content layer cache keeps an unchanged entry's first path: a build of another content
	// folder (tests, imports) must not leave the real content pointing into it. CACHE_DIR gives a
	// build an empty cache of its own (the reproducibility test builds clean twice).
	cacheDir: process.env.CACHE_DIR || ((process.env.CONTENT_DIR || 'content') === 'content' ? undefined : './node_modules/.astro/other-content'),
	trailingSlash: 'always',
	// Whitespace between inline elements is part of the source text: never drop it.
	compressHTML: false,
	// A strict policy in every page: see src/lib/csp.ts.
	security: { csp: contentSecurityPolicy },
	markdown: {
		processor: satteri({
			// Smart punctuation would turn the sources' straight quotes into curly ones.
			features: { smartPunctuation: false },
			hastPlugins: [annotationMarkup(getSourcebook), counterpartLinks(getSourcebook)],
		}),
	},
	// Scripts ship as files, never inlined into pages, so that a strict Content-Security-Policy can allow them.
	vite: { build: { assetsInlineLimit: 0 } },
	integrations: [sourcebook({ contentDir: process.env.CONTENT_DIR || 'content' }), mdx(), searchIndex(), sitemap()],
});
