/** Runs the real `astro build` (and so the search index) in a child process. */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../..');
const astroBin = resolve(projectRoot, 'node_modules/astro/bin/astro.mjs');

export interface BuildOptions {
	outDir: string;
	contentDir?: string;
	base?: string;
	/** A cache folder of the build's own (default: Astro's shared one). */
	cacheDir?: string;
}

export interface BuildResult {
	status: number | null;
	output: string;
}

export function buildSite({ outDir, contentDir = 'content', base = '/', cacheDir }: BuildOptions): BuildResult {
	const result = spawnSync(process.execPath, [astroBin, 'build'], {
		cwd: projectRoot,
		encoding: 'utf8',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', OUT_DIR: outDir, CONTENT_DIR: contentDir, BASE_PATH: base, NO_COLOR: '1', ...(cacheDir && { CACHE_DIR: cacheDir }) },
	});
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

export function runCheck(contentDir: string): BuildResult {
	const result = spawnSync(process.execPath, ['scripts/check.ts', contentDir], { cwd: projectRoot, encoding: 'utf8' });
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
