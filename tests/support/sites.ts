/** The sites the global setup builds, shared by every test of the built site. */
import { resolve } from 'node:path';
import { projectRoot } from './build.ts';

export const sites = {
	root: { outDir: resolve(projectRoot, '.tmp/site'), base: '/' },
	subpath: { outDir: resolve(projectRoot, '.tmp/site-base'), base: '/sourcebook/' },
} as const;
