/**
 * `astro dev` serves the open data files from the domain, as the build writes them, under the
 * base path: an editor previewing the site gets the same files a reader of the built site does.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDataFiles } from '../../src/domain/publishing/open-data.ts';
import { permalinkUnder } from '../../src/lib/permalink.ts';
import { startDev, type DevServer } from '../support/dev-server.ts';
import { book } from '../support/content.ts';

const base = '/sourcebook/';
const cacheDir = mkdtempSync(join(tmpdir(), 'sourcebook-dev-'));
let dev: DevServer;

beforeAll(async () => {
	dev = await startDev({ BASE_PATH: base, CACHE_DIR: cacheDir });
}, 90_000);

afterAll(() => {
	dev?.process.kill();
	rmSync(cacheDir, { recursive: true, force: true });
});

describe('astro dev', () => {
	it.each(openDataFiles(book, permalinkUnder(base, undefined)).map((file) => [file.path, file] as const))('serves %s as the build writes it', async (path, file) => {
		const response = await dev.get(`${base}${path}`);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe(file.contentType);
		expect(await response.text()).toBe([...file.body()].join(''));
	});

	it('leaves other paths to Astro', async () => {
		expect((await dev.get(`${base}articles/${book.articles[0]!.slug}/`)).status, dev.output()).toBe(200);
		expect((await dev.get(`${base}annotations/no-such-article.jsonld`)).status).toBe(404);
		expect((await dev.get(`/annotations.jsonld`)).status).toBe(404);
	});
});
