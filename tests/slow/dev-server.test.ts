/**
 * `astro dev` serves the open data files from the domain, as the build writes them, under the
 * base path: an editor previewing the site gets the same files a reader of the built site does.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDataFiles } from '../../src/domain/publishing/open-data.ts';
import { permalinkUnder } from '../../src/lib/permalink.ts';
import { astroBin, astroEnv, projectRoot } from '../support/build.ts';
import { book } from '../support/content.ts';

const base = '/sourcebook/';
const cacheDir = mkdtempSync(join(tmpdir(), 'sourcebook-dev-'));
let dev: ChildProcess;
let origin = '';
let output = '';

beforeAll(async () => {
	// Port 0: the system picks a free one, which the server prints.
	dev = spawn(process.execPath, [astroBin, 'dev', '--host', '127.0.0.1', '--port', '0'], { cwd: projectRoot, env: astroEnv({ BASE_PATH: base, CACHE_DIR: cacheDir }) });
	origin = await new Promise<string>((found, failed) => {
		const timer = setTimeout(() => failed(new Error(`astro dev did not start within 60 s:\n${output}`)), 60_000);
		const read = (chunk: Buffer) => {
			output += chunk.toString();
			const url = /http:\/\/127\.0\.0\.1:\d+/.exec(output);
			if (url) {
				clearTimeout(timer);
				found(url[0]);
			}
		};
		dev.stdout!.on('data', read);
		dev.stderr!.on('data', read);
		dev.on('exit', (code) => failed(new Error(`astro dev exited (${code}):\n${output}`)));
	});
}, 90_000);

afterAll(() => {
	dev?.kill();
	rmSync(cacheDir, { recursive: true, force: true });
});

describe('astro dev', () => {
	it.each(openDataFiles(book, permalinkUnder(base, undefined)).map((file) => [file.path, file] as const))('serves %s as the build writes it', async (path, file) => {
		const response = await fetch(`${origin}${base}${path}`);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe(file.contentType);
		expect(await response.text()).toBe([...file.body()].join(''));
	});

	it('leaves other paths to Astro', async () => {
		expect((await fetch(`${origin}${base}articles/${book.articles[0]!.slug}/`)).status, output).toBe(200);
		expect((await fetch(`${origin}${base}annotations/no-such-article.jsonld`)).status).toBe(404);
		expect((await fetch(`${origin}/annotations.jsonld`)).status).toBe(404);
	});
});
