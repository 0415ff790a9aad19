/**
 * Vitest global setup: builds the real site, at the root and under a sub-path, once for every
 * test of the built site. SOURCEBOOK_REUSE_BUILD=1 reuses existing builds while iterating.
 */
import { existsSync } from 'node:fs';
import { buildSite } from './build.ts';
import { sites } from './sites.ts';

export default function setup(): void {
	// Every project that reads the shared build names this setup: one run of Vitest builds once.
	if (process.env.SOURCEBOOK_SITES_BUILT === '1') return;
	for (const site of Object.values(sites)) {
		if (process.env.SOURCEBOOK_REUSE_BUILD === '1' && existsSync(`${site.outDir}/index.html`)) continue;
		const { status, output } = buildSite(site);
		if (status !== 0) throw new Error(`The site did not build (base ${site.base}):\n${output}`);
	}
	process.env.SOURCEBOOK_SITES_BUILT = '1';
}
