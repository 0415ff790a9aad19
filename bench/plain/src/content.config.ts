import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { article } from '../../../src/domain/model/schema.ts';

// PLAIN_DIR: the folder of plain Markdown pages the benchmark generated (an absolute path).
export const collections = {
	articles: defineCollection({
		loader: glob({ pattern: '*.md', base: process.env.PLAIN_DIR ?? './pages' }),
		schema: article,
	}),
};
