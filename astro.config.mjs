// @ts-check
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sourcebook from './src/integrations/sourcebook.ts';
import openData from './src/integrations/open-data.ts';
import searchIndex from './src/integrations/search-index.ts';
import nameVocabulary from './src/integrations/name-vocabulary.ts';
import { getShardLinks, getSourcebook, releaseSourcebook } from './src/loading/load.ts';
import { recentSourcesDefault, searchPeriods } from './src/domain/search/search-periods.ts';
import sitemap from '@astrojs/sitemap';
import { contentSecurityPolicy } from './src/lib/csp.ts';

// The name vocabulary reads its subjects before the search index lets the domain go, and is
// written into Pagefind's folder after it, with the ids Pagefind gave the subjects' pages.
const names = nameVocabulary();

// BASE_PATH deploys the site under a sub-path (for example /sourcebook/); SITE_URL sets its origin.
// SHARD_INDEX makes the build one shard of a larger archive (docs/scaling.md).
const base = process.env.BASE_PATH || '/';
export default defineConfig({
	site: process.env.SITE_URL || undefined,
	base,
	outDir: process.env.OUT_DIR || './dist',
	// The content layer cache keeps an unchanged entry's first path: a build of another content
	// folder (tests, imports) must not leave the real content pointing into it. CACHE_DIR gives a
	// build an empty cache of its own (the reproducibility test builds clean twice).
	cacheDir: process.env.CACHE_DIR || ((process.env.CONTENT_DIR || 'content') === 'content' ? undefined : './node_modules/.astro/other-content'),
	trailingSlash: 'always',
	// Lossless whitespace removal in .astro templates only: the source text is rendered HTML from
	// the content loader, which no compression touches (the fidelity test checks it). 'jsx' would
	// drop spaces between inline elements in the templates.
	compressHTML: true,
	// A strict policy in every page: see src/lib/csp.ts.
	security: { csp: contentSecurityPolicy },
	markdown: {
		// The sources are prose, with no code to highlight: Shiki would only load its engine (34 MB).
		syntaxHighlight: false,
		processor: satteri({
			// Smart punctuation would turn the sources' straight quotes into curly ones.
			features: { smartPunctuation: false },
		}),
	},
	// Scripts ship as files, never inlined into pages, so that a strict Content-Security-Policy can allow them.
	vite: { build: { assetsInlineLimit: 0 } },
	// The search index is built last, from the written pages alone: the domain is let go before
	// Pagefind starts, so that its memory is not held beside Pagefind's.
	// Sitemaps need absolute URLs: with SITE_URL, @astrojs/sitemap writes sitemap-index.xml and
	// sitemaps of at most 45,000 URLs each (the protocol allows 50,000); without, it warns and skips.
	// @astrojs/mdx compiles the editorial pages and dossiers (content/pages, content/dossiers) with the
	// markdown settings above; the articles are not compiled by it: their loader reads them through the domain.
	integrations: [
		mdx(),
		sourcebook({ contentDir: process.env.CONTENT_DIR || 'content', shardIndex: process.env.SHARD_INDEX || undefined }),
		openData(),
		names.integration,
		searchIndex({
			// A first search covers the latest SEARCH_RECENT_SOURCES sources (and every person,
			// organization and place); older ones are searched on demand (docs/search.md).
			periods: () => searchPeriods(getSourcebook(), Number(process.env.SEARCH_RECENT_SOURCES || recentSourcesDefault)),
			// In a shard, the other shards' indexes are searched on demand too (docs/scaling.md).
			otherParts: () => getShardLinks()?.others ?? [],
			beforeIndexing: releaseSourcebook,
			afterIndexing: names.write,
		}),
		// In a shard, a subject whose permanent page is in another shard is listed in that shard's sitemap only.
		sitemap({ filter: (page) => getShardLinks()?.isPermanent(new URL(page).pathname.slice(base.replace(/\/?$/, '/').length)) ?? true }),
	],
});
