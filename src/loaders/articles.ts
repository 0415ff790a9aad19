/**
 * The `articles` content collection's loader: one entry per published article, its frontmatter
 * validated by the collection's schema and its body rendered from the domain (see
 * `domain/article-html.ts`), which has read and validated the MDX against its source file.
 * Drafts from the import have no entry: they are not published until an editor says so.
 */
import type { Loader } from 'astro/loaders';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleBodyHtml } from '../domain/article-html.ts';
import { ContentErrors } from '../domain/errors.ts';
import { getSourcebook, loadSourcebook, publishSourcebook } from '../domain/load.ts';

/** @param contentDir the content folder, relative to the project root or absolute */
export function sourcebookArticles(contentDir: string): Loader {
	return {
		name: 'sourcebook-articles',
		async load({ store, parseData, generateDigest, watcher, logger, config }) {
			const render = async () => {
				const book = getSourcebook();
				store.clear();
				for (const article of book.articles) {
					const data = await parseData({ id: article.slug, data: { ...article.meta }, filePath: article.file });
					const html = articleBodyHtml(book, article);
					store.set({ id: article.slug, data, filePath: article.file, digest: generateDigest(html), rendered: { html } });
				}
			};
			await render();
			// In `astro dev`, an edit anywhere in the content folder can change any article's notes or links.
			const root = fileURLToPath(config.root);
			const dir = resolve(root, contentDir);
			watcher?.on('change', async (file) => {
				if (relative(dir, file).startsWith('..')) return;
				try {
					publishSourcebook(loadSourcebook(dir, root));
					await render();
				} catch (error) {
					if (error instanceof ContentErrors) logger.error(error.message);
					else throw error;
				}
			});
		},
	};
}
