/**
 * The built site's scripts: lazy modules load without Vite's preload helper (which every page
 * would otherwise fetch up front), and every module a script imports, statically or lazily, is
 * in the site.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sites } from '../support/sites.ts';

describe.each(Object.values(sites))('scripts under $base', ({ outDir }) => {
	const folder = join(outDir, '_astro');
	const scripts = readdirSync(folder).filter((file) => file.endsWith('.js'));
	const imports = (code: string) => [...code.matchAll(/(?:\bimport\s*\(\s*|\bfrom\s*|\bimport\s*)[`"'](\.\/[^`"']+)[`"']/g)].map((m) => m[1]!);

	it('has lazy modules, and no preload helper', () => {
		expect(scripts.some((file) => /import\(`\.\//.test(readFileSync(join(folder, file), 'utf8')))).toBe(true);
		expect(scripts.filter((file) => file.startsWith('preload-helper'))).toEqual([]);
		for (const file of scripts) expect(readFileSync(join(folder, file), 'utf8'), file).not.toContain('preload-helper');
	});

	it('imports only modules that exist', () => {
		for (const file of scripts) {
			for (const target of imports(readFileSync(join(folder, file), 'utf8'))) expect(existsSync(join(folder, target)), `${file} imports ${target}`).toBe(true);
		}
	});
});
