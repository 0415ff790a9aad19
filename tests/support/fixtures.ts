/**
 * Bad-content cases as small overlays: each folder of tests/fixtures/bad holds only the files
 * that differ from tests/fixtures/valid. A case's content folder is the valid one with the
 * overlay laid on it (and some files taken away), written under .tmp/fixtures/.
 */
import { cpSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './build.ts';

export const validFixture = 'tests/fixtures/valid';

export interface OverlayOptions {
	/** Files of the valid fixture to take away. */
	remove?: readonly string[];
	/** The folder to write, under .tmp/fixtures/ (default: the case's name): suites that run at once each write their own. */
	as?: string;
}

/** Writes the content folder of a case and returns it, relative to the project. */
export function overlayFixture(name: string, { remove = [], as = name }: OverlayOptions = {}): string {
	const dir = `.tmp/fixtures/${as}`;
	const target = join(projectRoot, dir);
	rmSync(target, { recursive: true, force: true });
	cpSync(join(projectRoot, validFixture), target, { recursive: true });
	const overlay = join(projectRoot, 'tests/fixtures/bad', name);
	if (existsSync(overlay)) cpSync(overlay, target, { recursive: true });
	for (const path of remove) rmSync(join(target, path));
	return dir;
}
