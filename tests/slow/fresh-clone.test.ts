/**
 * A user's clone has nothing beside it: no test may read a file outside the repository. The
 * committed HEAD is cloned into an empty folder and its unit tier run there, with this
 * project's installed packages linked in (installing them again would test the registry, not
 * the repository).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroEnv, projectRoot } from '../support/build.ts';

const isCheckout = existsSync(join(projectRoot, '.git'));

describe.skipIf(!isCheckout)('a fresh clone', () => {
	it('passes its unit tests with nothing beside it', { timeout: 600_000 }, () => {
		const empty = mkdtempSync(join(tmpdir(), 'sourcebook-clone-'));
		const clone = join(empty, 'sourcebook');
		const cloned = spawnSync('git', ['clone', '--quiet', '--no-hardlinks', projectRoot, clone], { encoding: 'utf8' });
		expect(cloned.status, cloned.stderr).toBe(0);
		expect(readdirSync(empty)).toEqual(['sourcebook']);
		symlinkSync(join(projectRoot, 'node_modules'), join(clone, 'node_modules'), 'dir');

		const run = spawnSync(process.execPath, [join(clone, 'node_modules/vitest/vitest.mjs'), 'run', '--project', 'unit'], {
			cwd: clone,
			encoding: 'utf8',
			env: astroEnv({ CI: 'true' }),
		});
		const output = `${run.stdout}\n${run.stderr}`;
		expect(run.status, output).toBe(0);
		expect(output).toMatch(/Test Files\s+\d+ passed/);
	});
});
