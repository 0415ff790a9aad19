/**
 * Publishes the open data files (`src/domain/open-data.ts`) straight from the domain: written
 * into the output in `astro:build:done`, served by the dev server in `astro dev`. As Astro
 * endpoints they went through the page pipeline one file at a time: 10 s of a 2,000-source build
 * for 4,001 files that take 3 s to write (bench/analysis.md).
 */
import type { AstroIntegration } from 'astro';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getSourcebook } from '../domain/load.ts';
import { openDataFiles } from '../domain/open-data.ts';
import { permalinkUnder } from '../lib/permalink.ts';

export default function openData(): AstroIntegration {
	let base = '/';
	let site: string | undefined;
	const link = () => permalinkUnder(base, site);
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
					const file = path === undefined ? undefined : openDataFiles(getSourcebook(), link()).find((f) => f.path === path);
					if (!file) return next();
					response.setHeader('content-type', file.contentType);
					response.end([...file.body()].join(''));
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				// A link of this hook's own: the annotations, made once for each article's file and the
				// site-wide one, are cached by link and given back with it once the files are written.
				const files = openDataFiles(getSourcebook(), link()).map((file) => ({ ...file, to: fileURLToPath(new URL(file.path, dir)) }));
				for (const folder of new Set(files.map((file) => dirname(file.to)))) await mkdir(folder, { recursive: true });
				// A few writes in flight: the disk works while the next bodies are made. A body in
				// pieces is written piece by piece.
				const inFlight = new Set<Promise<void>>();
				for (const file of files) {
					const written: Promise<void> = writeFile(file.to, file.body()).then(() => void inFlight.delete(written));
					inFlight.add(written);
					if (inFlight.size >= 16) await Promise.race(inFlight);
				}
				await Promise.all(inFlight);
				logger.info(`wrote ${files.length} open data files`);
			},
		},
	};
}
