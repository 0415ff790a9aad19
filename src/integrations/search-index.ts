/**
 * Builds the Pagefind search index at the end of `astro build`, from the written pages, into
 * `<outDir>/pagefind/` (served at `<base>/pagefind/`): no separate step to forget.
 * What is indexed is decided in the pages' markup (`data-pagefind-*`); with periods, which index
 * a source's page goes to (src/domain/search/search-periods.ts): the older sources' indexes are
 * written in folders under the site's own, with a manifest the browser reads.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { periodsManifest, siteIndexGlob, sourcesGlob, type SearchPeriods } from '../domain/search/search-periods.ts';
import { periodsManifestFile } from '../domain/search/periods-manifest.ts';
import { giveBackMemory } from '../loading/memory.ts';

/**
 * The site's own labels (kind tags, "In the sources", section headings) are on every page: left
 * out, so that searching "source" or "person" does not match every page.
 */
const uiText = ['.kind-tag', '.editorial-tag', 'dt', 'h2'];

/** Pagefind's options, for the benchmark to index a built site as the build does. */
export const searchIndexOptions = { excludeSelectors: uiText };

export interface SearchIndexOptions {
	/** Lets go of what only rendering needed (Pagefind reads the written pages), before the collection. */
	beforeIndexing?: () => void;
	/** Adds to the bundle once Pagefind has written it (the name vocabulary); returns a line for the log. */
	afterIndexing?: (bundle: string) => string;
	/** Splits the index by period; read before `beforeIndexing`. Without it, one index of every page. */
	periods?: () => SearchPeriods;
	/** In an archive built in shards, the other shards, whose indexes a search merges on demand. */
	otherParts?: () => readonly { base: string; label: string }[];
}

/** Indexes the pages `glob` matches (every page without one) into `outputPath`; the pages indexed. */
async function writeIndex(site: string, outputPath: string, glob?: string): Promise<number> {
	const { index, errors } = await pagefind.createIndex(searchIndexOptions);
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	const added = await index.addDirectory({ path: site, ...(glob ? { glob } : {}) });
	if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
	const written = await index.writeFiles({ outputPath });
	if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
	// Each index is let go once written: the next one does not start beside it.
	await index.deleteIndex();
	return added.page_count;
}

/**
 * A merged index is searched by the site's own script and WebAssembly: its copies of them (640 KB
 * a year) are never fetched.
 */
function keepIndexOnly(folder: string): void {
	for (const file of readdirSync(folder)) if (/\.(js|css)$|^wasm\./.test(file)) rmSync(join(folder, file));
}

export default function searchIndex({ beforeIndexing, afterIndexing, periods, otherParts }: SearchIndexOptions = {}): AstroIntegration {
	return {
		name: 'sourcebook-search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const bundle = join(site, 'pagefind');
				const start = performance.now();
				const split = periods?.();
				beforeIndexing?.();
				// What rendering left behind is given back before Pagefind's process starts, so that the
				// two processes' memory does not add up: at 2,000 sources Node falls from about 0.9 GB to
				// 0.45 GB, beside Pagefind's 0.56 GB.
				giveBackMemory();
				try {
					const folders = readdirSync(site, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
					let pages = await writeIndex(site, bundle, split && siteIndexGlob(folders, split.recent));
					for (const period of split?.earlier ?? []) {
						pages += await writeIndex(site, join(bundle, period.bundle), sourcesGlob(period.sources));
						keepIndexOnly(join(bundle, period.bundle));
					}
					if (split) writeFileSync(join(bundle, periodsManifestFile), JSON.stringify(periodsManifest(split, otherParts?.())));
					const inPeriods = split && split.earlier.length > 0 ? ` (older sources in ${split.earlier.length} yearly indexes under it)` : '';
					// The benchmark reads the time from this line.
					logger.info(`indexed ${pages} pages into ${bundle}${inPeriods} in ${((performance.now() - start) / 1000).toFixed(2)} s`);
					if (afterIndexing) logger.info(afterIndexing(bundle));
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
