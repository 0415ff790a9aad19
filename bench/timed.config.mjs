// @ts-check
/**
 * The project's Astro config, with the time each MDX module spends in Vite's transforms and a hash
 * of what they made of it appended to the file TRANSFORM_TIMES (one JSON line per module), for
 * bench/editorial.ts. Its two hooks run before and after every other plugin's transform, so a
 * module's time covers all the work done on it, and any other module's work that interleaved with
 * it: an upper bound.
 */
import { createHash } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { resolve } from 'node:path';
import config from '../astro.config.mjs';

const out = process.env.TRANSFORM_TIMES;
// Modules are named, and hashed, from the content folder's root: two folders' compiled pages compare.
const content = resolve(process.env.CONTENT_DIR || 'content');
const started = new Map();
const isMdx = (/** @type {string} */ id) => /\.mdx(?:\?|$)/.test(id);

export default {
	...config,
	vite: {
		...config.vite,
		plugins: [
			...(config.vite?.plugins ?? []),
			{
				name: 'bench-transform-start',
				enforce: /** @type {const} */ ('pre'),
				transform: {
					order: /** @type {const} */ ('pre'),
					handler(/** @type {string} */ _code, /** @type {string} */ id) {
						if (isMdx(id)) started.set(id, performance.now());
					},
				},
			},
			{
				name: 'bench-transform-end',
				enforce: /** @type {const} */ ('post'),
				transform: {
					order: /** @type {const} */ ('post'),
					handler(/** @type {string} */ code, /** @type {string} */ id) {
						const start = started.get(id);
						if (!out || start === undefined) return;
						const ms = performance.now() - start;
						const output = createHash('sha256').update(code.replaceAll(content, '<content>')).digest('hex');
						appendFileSync(out, `${JSON.stringify({ id: id.replace(content, '<content>'), ms, output })}\n`);
					},
				},
			},
		],
	},
};
