/**
 * Reproducible build: two clean builds of the same tree, each with an empty cache and into a
 * folder of its own, are byte for byte identical, file by file: anyone can rebuild the site and
 * check that what is served is what the sources say.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { buildSite, projectRoot } from '../support/build.ts';

/** Every file of a build, by path, with the SHA-256 of its bytes. */
function hashes(outDir: string): Map<string, string> {
	const files = new Map<string, string>();
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) walk(path);
			else files.set(relative(outDir, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
		}
	};
	walk(outDir);
	return files;
}

function cleanBuild(name: string): Map<string, string> {
	const outDir = resolve(projectRoot, '.tmp', name);
	const cacheDir = resolve(projectRoot, '.tmp', `${name}-cache`);
	for (const dir of [outDir, cacheDir]) rmSync(dir, { recursive: true, force: true });
	const { status, output } = buildSite({ outDir, cacheDir });
	if (status !== 0) throw new Error(`The site did not build:\n${output}`);
	const files = hashes(outDir);
	for (const dir of [outDir, cacheDir]) rmSync(dir, { recursive: true, force: true });
	return files;
}

it('two clean builds are byte-identical', { timeout: 600_000 }, () => {
	const first = cleanBuild('reproducible-1');
	const second = cleanBuild('reproducible-2');
	expect(first.size).toBeGreaterThan(10);
	expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
	const differing = [...first].filter(([path, hash]) => second.get(path) !== hash).map(([path]) => path);
	expect(differing).toEqual([]);
});
