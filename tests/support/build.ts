/** Runs the real `astro build` (and so the search index) in a child process. */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../..');
export const astroBin = resolve(projectRoot, 'node_modules/astro/bin/astro.mjs');

/**
 * The environment of an `astro` child process started from a test, with `settings` added.
 * Vitest's own variables would change how Astro runs: its BASE_URL (`/`) overrides the base,
 * and with NODE_ENV=test and VITEST set, `astro dev` answers pages with 404.
 */
export function astroEnv(settings: Record<string, string | undefined>): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
	for (const name of Object.keys(env)) if (name === 'BASE_URL' || name === 'NODE_ENV' || name.startsWith('VITEST')) delete env[name];
	for (const [name, value] of Object.entries(settings)) if (value !== undefined) env[name] = value;
	return env;
}

export interface BuildOptions {
	outDir: string;
	contentDir?: string;
	base?: string;
	/** The site's origin (SITE_URL), for absolute URLs in data and metadata. */
	site?: string;
	/** A cache folder of the build's own (default: Astro's shared one). */
	cacheDir?: string;
	/** How many of the latest sources the site's own search index holds (SEARCH_RECENT_SOURCES). */
	recentSources?: number;
	/** The shard index, when the build is one shard of a larger archive (SHARD_INDEX). */
	shardIndex?: string;
}

export interface BuildResult {
	status: number | null;
	output: string;
}

export function buildSite({ outDir, contentDir = 'content', base = '/', site, cacheDir, recentSources, shardIndex }: BuildOptions): BuildResult {
	// --force: builds of different content folders must not reuse each other's content layer cache.
	const result = spawnSync(process.execPath, [astroBin, 'build', '--force'], {
		cwd: projectRoot,
		encoding: 'utf8',
		env: astroEnv({ OUT_DIR: outDir, CONTENT_DIR: contentDir, BASE_PATH: base, SITE_URL: site, CACHE_DIR: cacheDir, SEARCH_RECENT_SOURCES: recentSources?.toString(), SHARD_INDEX: shardIndex }),
	});
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

export function runCheck(contentDir: string): BuildResult {
	const result = spawnSync(process.execPath, ['scripts/check.ts', contentDir], { cwd: projectRoot, encoding: 'utf8' });
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
