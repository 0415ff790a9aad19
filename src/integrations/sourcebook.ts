/**
 * The Sourcebook integration: validates the content before anything is built (so bad content
 * fails `astro build` and `astro dev` with every fault named) and publishes the domain for
 * the content loader and the pages (which reload it in `astro dev`: src/loaders/articles.ts).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { loadEditorial, loadSourcebook, publishSourcebook } from '../loading/load.ts';
import { lazyImports } from './lazy-imports.ts';

export interface SourcebookOptions {
	/** The content folder, relative to the project root. */
	contentDir?: string;
}

export default function sourcebook({ contentDir = 'content' }: SourcebookOptions = {}): AstroIntegration {
	return {
		name: 'sourcebook',
		hooks: {
			'astro:config:setup': ({ config, updateConfig }) => {
				const dir = fileURLToPath(new URL(`${contentDir}/`, config.root));
				const book = loadSourcebook(dir, fileURLToPath(config.root));
				publishSourcebook(book, loadEditorial(book, dir, fileURLToPath(config.root)));
				updateConfig({ vite: { plugins: [lazyImports()] } });
			},
		},
	};
}
