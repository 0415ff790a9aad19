/**
 * `npm run bench:reading`: what reading the first edition costs, measured in Chromium on a fresh
 * build of `content/`. For every article page: everything it fetches without a reader's action
 * (HTML, stylesheets, scripts, including what loads once the page is idle), gzipped, and the
 * script among it; and the layout shift (CLS) of a load with no saved layers, with every layer
 * saved, and with plain text saved. Writes bench/READING.md and bench/READING.json.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../tests/support/browser.ts';
import { serve } from '../tests/support/server.ts';
import { markLayers } from '../src/domain/views/layers.ts';
import { buildEnvironment, timed, weighPage, type PageWeight } from './measure.ts';

const root = resolve(import.meta.dirname, '..');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const budget = { pageBytes: 16 * 1024, scriptBytes: 5 * 1024 };

/** Layout shift of one load, with a choice of layers saved beforehand (`null`: nothing saved). */
async function layoutShift(browser: Browser, url: string, saved: string | null): Promise<number> {
	const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
	await context.addInitScript((layers) => {
		if (layers !== null) localStorage.setItem('sourcebook-layers', layers);
		const shifts: number[] = [];
		(window as unknown as { shifts: number[] }).shifts = shifts;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) shifts.push(entry.value);
		}).observe({ type: 'layout-shift', buffered: true });
	}, saved);
	const page = await context.newPage();
	await page.goto(url, { waitUntil: 'networkidle' });
	await page.waitForTimeout(1000);
	const cls = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts.reduce((a, b) => a + b, 0));
	await context.close();
	return cls;
}

interface ArticleResult {
	path: string;
	weight: PageWeight;
	cls: Record<string, number>;
}

const site = mkdtempSync(join(tmpdir(), 'sourcebook-reading-'));
try {
	const env = { ...process.env, ...buildEnvironment((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: { build: string } }).scripts.build), ASTRO_TELEMETRY_DISABLED: '1', BASE_PATH: '/', OUT_DIR: site };
	await timed(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: root, env });
	const server = await serve(site, '/');
	const browser = await launchChromium();
	const results: ArticleResult[] = [];
	try {
		for (const file of readdirSync(join(root, 'content/articles')).sort()) {
			const path = `articles/${file.replace(/\.mdx$/, '')}/`;
			const weight = await weighPage(browser, server.url, path, { untilIdle: true });
			const cls: Record<string, number> = {};
			for (const [name, saved] of [['nothing saved', null], ['every layer saved', markLayers.join(' ')], ['plain text saved', 'plain']] as const) cls[name] = await layoutShift(browser, server.url + path, saved);
			results.push({ path, weight, cls });
			process.stderr.write(`${path}: ${kb(weight.gzipBytes)}, script ${kb(weight.scriptGzipBytes)}\n`);
		}
		const chromium = browser.version();
		const lines = [
			'# Reading: what an article page costs',
			'',
			`Measured by \`npm run bench:reading\` on ${new Date().toISOString().slice(0, 10)} (Chromium ${chromium}, Node ${process.versions.node}), on a fresh build of the first edition.`,
			'Bytes are as a server gzipping text would send them: everything the page fetches without a reader’s action, what it loads once idle included.',
			'Layout shift is measured at 375 × 800 from navigation until the network is idle.',
			'',
			'| Page | Fetched (≤ 16 KB) | Script (≤ 5 KB) | Stylesheets | Requests | CLS, nothing saved | CLS, every layer saved | CLS, plain text saved |',
			'| --- | --- | --- | --- | --- | --- | --- | --- |',
			...results.map(({ path, weight, cls }) => `| \`${path}\` | ${kb(weight.gzipBytes)} ${weight.gzipBytes <= budget.pageBytes ? '(met)' : '(**over**)'} | ${kb(weight.scriptGzipBytes)} ${weight.scriptGzipBytes <= budget.scriptBytes ? '(met)' : '(**over**)'} | ${kb(weight.styleGzipBytes ?? 0)} | ${weight.requests} | ${Object.values(cls).map((v) => v.toFixed(3)).join(' | ')} |`),
			'',
			'## What each page fetched',
			'',
			...results.map(({ path, weight }) => `- \`${path}\`: ${(weight.responses ?? []).map((r) => `\`${r.path}\` ${kb(r.bytes)}`).join(', ')}`),
			'',
		];
		writeFileSync(join(root, 'bench/READING.md'), lines.join('\n'));
		writeFileSync(join(root, 'bench/READING.json'), `${JSON.stringify({ date: new Date().toISOString(), chromium, results }, null, '\t')}\n`);
	} finally {
		await browser.close();
		await server.close();
	}
} finally {
	rmSync(site, { recursive: true, force: true });
}
