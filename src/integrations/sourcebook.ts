/**
 * The Sourcebook integration: validates the content before anything is built (so bad content
 * fails `astro build` and `astro dev` with every fault named) and publishes the domain for
 * the content loader and the pages (which reload it in `astro dev`: src/loaders/articles.ts).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { loadEditorial, loadShardLinks, loadSourcebook, onContentFault, publishShardLinks, publishSourcebook } from '../loading/load.ts';
import { lazyImports } from './lazy-imports.ts';

export interface SourcebookOptions {
	/** The content folder, relative to the project root. */
	contentDir?: string;
	/** In a sharded archive, the shard index file (docs/scaling.md), relative to the project root. */
	shardIndex?: string;
}

export default function sourcebook({ contentDir = 'content', shardIndex }: SourcebookOptions = {}): AstroIntegration {
	return {
		name: 'sourcebook',
		hooks: {
			'astro:config:setup': ({ config, updateConfig }) => {
				const dir = fileURLToPath(new URL(`${contentDir}/`, config.root));
				const book = loadSourcebook(dir, fileURLToPath(config.root));
				publishSourcebook(book, loadEditorial(book, dir, fileURLToPath(config.root)));
				publishShardLinks(shardIndex ? loadShardLinks(fileURLToPath(new URL(shardIndex, config.root)), config.base.replace(/\/?$/, '/'), book) : null);
				updateConfig({ vite: { plugins: [lazyImports()] } });
			},
			// A content fault after an edit shows at once in the open page, in Vite's error overlay;
			// the fixed content reloads it. Pages requested meanwhile throw it (getSourcebook).
			'astro:server:setup': ({ server }) => {
				onContentFault((error) => {
					if (error) server.ws.send({ type: 'error', err: { message: error.message, stack: '', plugin: 'sourcebook', id: '' } });
					else server.ws.send({ type: 'full-reload' });
				});
			},
		},
	};
}
