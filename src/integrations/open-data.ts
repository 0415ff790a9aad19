/**
 * Publishes the open data files (`src/domain/open-data.ts`) straight from the domain: written
 * into the output in `astro:build:done`, served by the dev server in `astro dev`. As Astro
 * endpoints they went through the page pipeline one file at a time: 10 s of a 2,000-source build
 * for 4,001 files that take 3 s to write (bench/analysis.md).
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getSourcebook } from '../domain/load.ts';
import { openDataFiles } from '../domain/open-data.ts';
import { permalinkUnder } from '../lib/permalink.ts';

export default function openData(): AstroIntegration {
	let base = '/';
	let link = permalinkUnder('/', undefined);
	return {
		name: 'sourcebook-open-data',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.replace(/\/?$/, '/');
				link = permalinkUnder(config.base, config.site);
			},
			'astro:server:setup': ({ server }) => {
				server.middlewares.use((request, response, next) => {
					// Vite's base middleware may already have taken the base off `url`; connect keeps the
					// request's own URL in `originalUrl`.
					const url = (request as { originalUrl?: string }).originalUrl ?? request.url ?? '/';
					const pathname = decodeURI(new URL(url, 'http://localhost').pathname);
					const file = pathname.startsWith(base) ? openDataFiles(getSourcebook(), link).find((f) => f.path === pathname.slice(base.length)) : undefined;
					if (!file) return next();
					response.setHeader('content-type', file.contentType);
					response.end(file.body());
				});
			},
			'astro:build:done': ({ dir, logger }) => {
				const files = openDataFiles(getSourcebook(), link);
				for (const file of files) {
					const path = fileURLToPath(new URL(file.path, dir));
					mkdirSync(dirname(path), { recursive: true });
					writeFileSync(path, file.body());
				}
				logger.info(`wrote ${files.length} open data files`);
			},
		},
	};
}
