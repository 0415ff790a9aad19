import { defineCollection } from 'astro:content';
import { article } from './domain/model/schema.ts';
import { sourcebookArticles } from './loaders/articles.ts';

// Subjects (people, statements, figures…) are read and cross-validated by the domain
// (src/domain), which the pages render; the articles are the collection the reader reads.
export const collections = {
	articles: defineCollection({
		// CONTENT_DIR is relative to the project, or absolute (tests build temporary copies).
		loader: sourcebookArticles(process.env.CONTENT_DIR || 'content'),
		schema: article,
	}),
};
