/**
 * npm run lighthouse: builds the site, serves it on 127.0.0.1 and runs Lighthouse (mobile
 * configuration, Debian's Chromium) on the home page and every article, then writes the scores
 * to bench/lighthouse.md. Exits non-zero when a score is below 100.
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadSourcebook } from '../src/loading/load.ts';
import { buildSite, projectRoot } from '../tests/support/build.ts';
import { chromiumPath } from '../tests/support/browser.ts';
import { audit, categories } from '../tests/support/lighthouse.ts';
import { serve } from '../tests/support/server.ts';

const outDir = resolve(projectRoot, '.tmp/lighthouse');
const { status, output } = buildSite({ outDir });
if (status !== 0) throw new Error(`The site did not build:\n${output}`);

const book = loadSourcebook(join(projectRoot, 'content'), projectRoot);
const pages = [
	{ name: 'Home', path: '' },
	...book.articles.map((a) => ({ name: `Article (${a.slug})`, path: `articles/${a.slug}/` })),
];

const server = await serve(outDir, '/', { gzip: true });
const audits = await audit(pages.map((p) => server.url + p.path));
await server.close();

const lighthouseVersion = (createRequire(import.meta.url)('lighthouse/package.json') as { version: string }).version;
const chromiumVersion = execFileSync(chromiumPath, ['--version'], { encoding: 'utf8' }).trim();
const lines = [
	'# Lighthouse scores',
	'',
	'Written by `npm run lighthouse` (scripts/lighthouse.ts): a fresh build served on 127.0.0.1, Lighthouse in its',
	'default mobile configuration (emulated phone, simulated slow 4G and 4x CPU slowdown); each page is',
	'audited three times and shown by its median run, as Lighthouse picks it.',
	'',
	`- Measured: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
	`- Lighthouse ${lighthouseVersion}, ${chromiumVersion}`,
	'',
	`| page | ${categories.join(' | ')} | FCP ms | LCP ms | TBT ms | CLS |`,
	`| --- | ${categories.map(() => '---:').join(' | ')} | ---: | ---: | ---: | ---: |`,
	...audits.map((a, i) => {
		const m = a.metrics;
		const ms = (id: string) => Math.round(m[id]!);
		return `| ${pages[i]!.name} | ${categories.map((c) => a.scores[c]).join(' | ')} | ${ms('first-contentful-paint')} | ${ms('largest-contentful-paint')} | ${ms('total-blocking-time')} | ${m['cumulative-layout-shift']!.toFixed(3)} |`;
	}),
	'',
];
const shortfalls = audits.flatMap((a, i) => a.shortfalls.map((s) => `- ${pages[i]!.name}: ${s}`));
if (shortfalls.length > 0) lines.push('Audits that cost points:', '', ...shortfalls, '');
mkdirSync(join(projectRoot, 'bench'), { recursive: true });
writeFileSync(join(projectRoot, 'bench/lighthouse.md'), lines.join('\n'));
console.log(lines.join('\n'));
if (audits.some((a) => categories.some((c) => a.scores[c] < 100))) process.exitCode = 1;
