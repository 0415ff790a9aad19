/**
 * The `articles` content collection's loader: one entry per published article, its frontmatter
 * validated by the collection's schema, from the domain, which has read and validated the MDX
 * against its source file. The body is not stored: the page writes it from the domain
 * (`domain/rendering/article-html.ts`). Astro serializes the whole data store into one module, and at
 * 2,000 sources the bodies made it 60 MB to compile. Drafts from the import have no entry: they
 * are not published until an editor says so.
 */
import type { Loader } from 'astro/loaders';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContentErrors } from '../domain/model/errors.ts';
import { getSourcebook, loadEditorial, loadSourcebook, publishSourcebook } from '../loading/load.ts';

/** @param contentDir the content folder, relative to the project root or absolute */
export function sourcebookArticles(contentDir: string): Loader {
	return {
		name: 'sourcebook-articles',
		async load({ store, parseData, generateDigest, watcher, logger, config }) {
			const fill = async () => {
				store.clear();
				for (const article of getSourcebook().articles) {
					const data = await parseData({ id: article.slug, data: { ...article.meta }, filePath: article.file });
					store.set({ id: article.slug, data, filePath: article.file, digest: generateDigest(data) });
				}
			};
			await fill();
			// In `astro dev`, an edit anywhere in the content folder can change any article, its notes or its links.
			const root = fileURLToPath(config.root);
			const dir = resolve(root, contentDir);
			watcher?.on('change', async (file) => {
				if (relative(dir, file).startsWith('..')) return;
				try {
					const book = loadSourcebook(dir, root);
					publishSourcebook(book, loadEditorial(book, dir, root));
					await fill();
				} catch (error) {
					if (error instanceof ContentErrors) logger.error(error.message);
					else throw error;
				}
			});
		},
	};
}
