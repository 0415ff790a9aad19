/**
 * Publishes the open data files (`src/domain/publishing/open-data.ts`) straight from the domain: written
 * into the output in `astro:build:done`, served by the dev server in `astro dev`. As Astro
 * endpoints they went through the page pipeline one file at a time: 10 s of a 2,000-source build
 * for 4,001 files, written here in about 2 s (bench/analysis.md). The citations, the costliest
 * part, are formatted in worker threads from the start of the build, beside the pages.
 */
import type { AstroIntegration } from 'astro';
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getEditorial, getSourcebook } from '../loading/load.ts';
import { standardCitationsInThreads } from '../loading/citation-threads.ts';
import { giveBackMemory } from '../loading/memory.ts';
import { citationItems, citationsOneByOne, openDataFiles } from '../domain/publishing/open-data.ts';
import type { StandardCitations } from '../domain/publishing/standard-citations.ts';
import { permalinkUnder } from '../lib/permalink.ts';

export default function openData(): AstroIntegration {
	let base = '/';
	let site: string | undefined;
	const link = () => permalinkUnder(base, site);
	let citations: Promise<Map<string, StandardCitations>> | undefined;
	return {
		name: 'sourcebook-open-data',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.replace(/\/?$/, '/');
				site = config.site;
			},
			'astro:server:setup': ({ server }) => {
				server.middlewares.use((request, response, next) => {
					// Vite's base middleware may already have taken the base off `url`; connect keeps the
					// request's own URL in `originalUrl`.
					const url = (request as { originalUrl?: string }).originalUrl ?? request.url ?? '/';
					// Data paths are kebab-case slugs: nothing in them is percent-encoded.
					const { pathname } = new URL(url, 'http://localhost');
					const path = pathname.startsWith(base) && /\.(?:txt|json|jsonld)$/.test(pathname) ? pathname.slice(base.length) : undefined;
					const book = getSourcebook();
					const file = path === undefined ? undefined : openDataFiles(book, link(), getEditorial().dossiers, citationsOneByOne(citationItems(book, link()))).find((f) => f.path === path);
					if (!file) return next();
					response.setHeader('content-type', file.contentType);
					response.end([...file.body()].join(''));
				});
			},
			'astro:build:start': () => {
				// Reading the content left garbage that a large heap has not yet collected: given back
				// before the threads' engines start beside it, not added to them.
				giveBackMemory();
				citations = standardCitationsInThreads(citationItems(getSourcebook(), link()));
				// Awaited when the files are written; a build that fails first must not also report this.
				citations.catch(() => {});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const formatted = await citations!;
				// A link of this hook's own: the annotations, made once for each article's file and the
				// site-wide one, are cached by link and given back with it once the files are written.
				const files = openDataFiles(getSourcebook(), link(), getEditorial().dossiers, (id) => formatted.get(id)!).map((file) => ({ ...file, to: fileURLToPath(new URL(file.path, dir)) }));
				for (const folder of new Set(files.map((file) => dirname(file.to)))) mkdirSync(folder, { recursive: true });
				// Synchronous writes: nothing else runs while the hook does, and a round trip through
				// the thread pool for each of 6,000 files cost more than the writes (2.7-3.4 s against
				// 1.9 s at 2,000 sources). A body in pieces is written piece by piece, never joined.
				for (const file of files) {
					const fd = openSync(file.to, 'w');
					try {
						for (const piece of file.body()) writeSync(fd, piece);
					} finally {
						closeSync(fd);
					}
				}
				logger.info(`wrote ${files.length} open data files`);
				// The Web Annotation model wants IRIs for an annotation's id, body and target source.
				if (!site) logger.warn('SITE_URL is not set: the annotations name their ids, bodies and targets by root-relative paths, not the IRIs the Web Annotation model requires.');
			},
		},
	};
}
