// @ts-check
// The benchmark's baseline: the same texts as plain Markdown pages, in Sourcebook's layout, with
// the same Markdown processor and settings and the same search index, but no annotations, notes
// or subject pages.
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import searchIndex from '../../src/integrations/search-index.ts';

export default defineConfig({
	outDir: process.env.OUT_DIR || './dist',
	cacheDir: process.env.CACHE_DIR || './node_modules/.astro',
	trailingSlash: 'always',
	compressHTML: true,
	markdown: { processor: satteri({ features: { smartPunctuation: false } }) },
	integrations: [searchIndex()],
});
