/**
 * The Sourcebook integration: validates the content before anything is built (so bad content
 * fails `astro build` and `astro dev` with every fault named) and publishes the domain for
 * the pages and the annotation plugin.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { ContentErrors } from '../domain/errors.ts';
import { loadSourcebook, publishSourcebook } from '../domain/load.ts';

export interface SourcebookOptions {
	/** The content folder, relative to the project root. */
	contentDir?: string;
}

export default function sourcebook({ contentDir = 'content' }: SourcebookOptions = {}): AstroIntegration {
	let root = '';
	let dir = '';
	const load = () => publishSourcebook(loadSourcebook(dir, root));
	return {
		name: 'sourcebook',
		hooks: {
			'astro:config:setup': ({ config }) => {
				root = fileURLToPath(config.root);
				dir = fileURLToPath(new URL(`${contentDir}/`, config.root));
				load();
			},
			'astro:server:setup': ({ server, logger }) => {
				server.watcher.on('change', (file) => {
					if (!file.startsWith(dir)) return;
					try {
						load();
					} catch (error) {
						if (error instanceof ContentErrors) logger.error(error.message);
						else throw error;
					}
				});
			},
		},
	};
}
