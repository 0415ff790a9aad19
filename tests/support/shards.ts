/**
 * A small synthetic archive built in two shards under one origin, as docs/scaling.md says: the
 * shard index made from the shards' content, each shard built with it into `<served>/<base>/`,
 * then the archive's root written.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect } from 'vitest';
import { makeArchive, writeFiles } from './archive.ts';
import { buildSite, projectRoot } from './build.ts';

export const shards = [
	{ base: '/early/', label: 'Reports 1 to 12', only: (report: number) => report <= 12 },
	{ base: '/late/', label: 'Reports 13 to 24', only: (report: number) => report > 12 },
] as const;
export const archiveSources = 24;
export const archiveSeed = 5;

export interface ShardedArchive {
	/** The folder served at the origin's root. */
	served: string;
	indexFile: string;
	content(base: string): string;
	outDir(base: string): string;
	/** Writes the archive's root (`npm run shard-root`). */
	writeRoot(): void;
	/** Writes the shards' content, makes the index, builds both shards (with `site` as their origin, if given) and writes the root. */
	build(site?: string): void;
}

export function shardedArchive(dir: string): ShardedArchive {
	const served = join(dir, 'served');
	const indexFile = join(dir, 'shards.json');
	const writeRoot = () => {
		const root = spawnSync(process.execPath, ['scripts/shard-root.ts', '--index', indexFile, '--served', served], { cwd: projectRoot, encoding: 'utf8' });
		expect(root.status, root.stderr).toBe(0);
	};
	const content = (base: string) => join(dir, 'content', base);
	const outDir = (base: string) => join(served, base);
	const build = (site?: string) => {
		for (const shard of shards) writeFiles(content(shard.base), makeArchive(archiveSources, archiveSeed, { only: shard.only }).files);
		const made = spawnSync(process.execPath, ['scripts/shard-index.ts', '--out', indexFile, ...shards.flatMap((shard) => ['--base', shard.base, '--label', shard.label, '--content', content(shard.base)])], { cwd: projectRoot, encoding: 'utf8' });
		expect(made.status, made.stderr).toBe(0);
		for (const shard of shards) {
			const result = buildSite({ outDir: outDir(shard.base), contentDir: content(shard.base), base: shard.base, site, cacheDir: join(dir, 'cache', shard.base), shardIndex: indexFile });
			expect(result.status, result.output.slice(-3000)).toBe(0);
		}
		writeRoot();
	};
	return { served, indexFile, content, outDir, writeRoot, build };
}
