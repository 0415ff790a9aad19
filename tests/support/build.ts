/** Runs the real `astro build` (and so the search index) in a child process. */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../..');
const astroBin = resolve(projectRoot, 'node_modules/astro/bin/astro.mjs');

export interface BuildOptions {
	outDir: string;
	contentDir?: string;
	base?: string;
	/** The site's origin (SITE_URL), for absolute URLs in data and metadata. */
	site?: string;
	/** A cache folder of the build's own (default: Astro's shared one). */
	cacheDir?: string;
}

export interface BuildResult {
	status: number | null;
	output: string;
}

export function buildSite({ outDir, contentDir = 'content', base = '/', site, cacheDir }: BuildOptions): BuildResult {
	// Vitest gives test files Vite's BASE_URL (`/`) as an environment variable, which would
	// override the base of a build started from a test.
	const inherited = { ...process.env };
	delete inherited.BASE_URL;
	// --force: builds of different content folders must not reuse each other's content layer cache.
	const result = spawnSync(process.execPath, [astroBin, 'build', '--force'], {
		cwd: projectRoot,
		encoding: 'utf8',
		env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', OUT_DIR: outDir, CONTENT_DIR: contentDir, BASE_PATH: base, NO_COLOR: '1', ...(site ? { SITE_URL: site } : {}), ...(cacheDir ? { CACHE_DIR: cacheDir } : {}) },
	});
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

export function runCheck(contentDir: string): BuildResult {
	const result = spawnSync(process.execPath, ['scripts/check.ts', contentDir], { cwd: projectRoot, encoding: 'utf8' });
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
