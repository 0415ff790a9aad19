import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { article } from './domain/schema.ts';

// Subjects (people, statements, figures…) are read and cross-validated by the domain
// (src/domain), which the pages render; the articles are the collection Astro compiles.
const contentDir = process.env.CONTENT_DIR || 'content';

export const collections = {
	articles: defineCollection({
		loader: glob({ pattern: '*.mdx', base: `./${contentDir}/articles` }),
		schema: article,
	}),
};
