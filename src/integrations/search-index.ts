/**
 * Builds the Pagefind search index at the end of `astro build`, from the written pages, into
 * `<outDir>/pagefind/` (served at `<base>/pagefind/`): no separate step to forget.
 * What is indexed is decided in the pages' markup (`data-pagefind-*`).
 */
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import * as pagefind from 'pagefind';

/**
 * The site's own labels (kind tags, "In the sources", section headings) are on every page: left
 * out, so that searching "source" or "person" does not match every page.
 */
const uiText = ['.kind-tag', '.editorial-tag', 'dt', 'h2'];

/** Pagefind's options, for the benchmark to index a built site as the build does. */
export const searchIndexOptions = { excludeSelectors: uiText };

/**
 * A full, memory-reducing garbage collection before Pagefind's process starts, so that what
 * rendering left behind is given back to the system and the two processes' memory does not add
 * up: at 2,000 sources Node falls from about 0.9 GB to 0.45 GB, beside Pagefind's 0.56 GB. (A
 * regular collection frees the heap but returns the memory only seconds later.) `--expose-gc` is
 * set at run time, as Jest's leak detector does.
 */
function collectGarbage(): void {
	setFlagsFromString('--expose-gc');
	const gc = runInNewContext('gc') as (options: { type: 'major'; execution: 'sync'; flavor: 'last-resort' }) => void;
	gc({ type: 'major', execution: 'sync', flavor: 'last-resort' });
}

export interface SearchIndexOptions {
	/** Lets go of what only rendering needed (Pagefind reads the written pages), before the collection. */
	beforeIndexing?: () => void;
	/** Adds to the bundle once Pagefind has written it (the name vocabulary); returns a line for the log. */
	afterIndexing?: (bundle: string) => string;
}

export default function searchIndex({ beforeIndexing, afterIndexing }: SearchIndexOptions = {}): AstroIntegration {
	return {
		name: 'sourcebook-search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const start = performance.now();
				beforeIndexing?.();
				collectGarbage();
				try {
					const { index, errors } = await pagefind.createIndex(searchIndexOptions);
					if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
					const added = await index.addDirectory({ path: site });
					if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
					const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
					if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
					// The benchmark reads the time from this line.
					logger.info(`indexed ${added.page_count} pages into ${written.outputPath} in ${((performance.now() - start) / 1000).toFixed(2)} s`);
					if (afterIndexing) logger.info(afterIndexing(written.outputPath));
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
