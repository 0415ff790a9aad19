import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { article, dossier, editorialPage } from './domain/model/schema.ts';
import { sourcebookArticles } from './loaders/articles.ts';

// CONTENT_DIR is relative to the project, or absolute (tests build temporary copies).
const contentDir = process.env.CONTENT_DIR || 'content';

// Subjects (people, statements, figures…) are read and cross-validated by the domain
// (src/domain), which the pages render; the articles are the collection the reader reads.
// Editorial pages and dossiers are Sourcebook's own prose, compiled by @astrojs/mdx; the domain
// has checked every citation in them before the build (src/domain/model/editorial.ts).
export const collections = {
	articles: defineCollection({
		loader: sourcebookArticles(contentDir),
		schema: article,
	}),
	pages: defineCollection({
		loader: glob({ pattern: '*.mdx', base: `${contentDir}/pages` }),
		schema: editorialPage,
	}),
	dossiers: defineCollection({
		loader: glob({ pattern: '*.mdx', base: `${contentDir}/dossiers` }),
		schema: dossier,
	}),
};
