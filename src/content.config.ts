import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { isAbsolute } from 'node:path';
import { article } from './domain/schema.ts';

// Subjects (people, statements, figures…) are read and cross-validated by the domain
// (src/domain), which the pages render; the articles are the collection Astro compiles.
const contentDir = process.env.CONTENT_DIR || 'content';

export const collections = {
	articles: defineCollection({
		// CONTENT_DIR is relative to the project, or absolute (tests build temporary copies).
		loader: glob({ pattern: '*.mdx', base: isAbsolute(contentDir) ? `${contentDir}/articles` : `./${contentDir}/articles` }),
		schema: article,
	}),
};
