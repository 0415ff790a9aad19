/**
 * The import command on a folder of sources: a progress line per source, a report of what was
 * matched, suggested and left alone, and drafts that later sources of the same folder reuse.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSourcebook } from '../../src/loading/load.ts';
import { projectRoot } from '../support/build.ts';

const importCommand = (args: string[]) => {
	const run = spawnSync(process.execPath, ['scripts/import.ts', ...args], { cwd: projectRoot, encoding: 'utf8' });
	return { status: run.status, stdout: run.stdout, stderr: run.stderr };
};

describe('npm run import on a folder', () => {
	let dir = '';
	let content = '';
	let folder = '';

	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'sourcebook-import-folder-'));
		content = join(dir, 'content');
		cpSync(join(projectRoot, 'tests', 'fixtures', 'valid'), content, { recursive: true });
		folder = join(dir, 'incoming');
		mkdirSync(folder);
		writeFileSync(join(folder, 'a-first.txt'), 'President Barack Obama met Jen Psaki in Cairo.\nObama said: “We want a ceasefire.”\n');
		writeFileSync(join(folder, 'b-second.txt'), 'Barack Obama & Jen Psaki left Cairo with *at least 12 aides* {sic}.\n');
	});

	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('refuses to guess a date, and names what is missing', () => {
		const run = importCommand([folder, '--content', content]);
		expect(run.status).toBe(1);
		expect(run.stderr).toMatch(/Give --published/);
	});

	it('imports every source with a progress line and a report, later sources reusing earlier drafts', () => {
		const run = importCommand([folder, '--content', content, '--published', '2014-07-20']);
		expect(run.status, run.stderr + run.stdout).toBe(0);
		expect(run.stderr).toMatch(/\[1\/2\] #+\.* a-first\.txt/);
		expect(run.stderr).toMatch(/\[2\/2\] #{20} b-second\.txt/);
		expect(run.stdout).toMatch(/a-first: draft written to/);
		expect(run.stdout).toMatch(/Suggested \d+:\n(?:.*\n)*\s+person barack-obama: “Barack Obama”/);
		expect(run.stdout).toMatch(/statement [a-z0-9-]+: “Obama said: “We want a ceasefire\.”” \(quoted, speaker guessed/);
		expect(run.stdout).toMatch(/b-second: draft written to[^\n]*\n\s+Matched \d+ mentions of \d+ known subjects: [^\n]*barack-obama ×1/);
		expect(run.stdout).toMatch(/Left alone \d+:/);
		expect(run.stdout).toMatch(/2 of 2 imported as drafts/);

		const book = loadSourcebook(content, dir);
		expect(book.drafts.articles.map((a) => a.slug)).toEqual(['a-first', 'b-second']);
		const second = book.drafts.articles[1]!;
		expect(readFileSync(join(content, 'sources', 'b-second.txt'), 'utf8')).toBe(readFileSync(join(folder, 'b-second.txt'), 'utf8'));
		expect(second.mentions.map((m) => `${m.kind} ${m.words}`)).toEqual(expect.arrayContaining(['person Barack Obama', 'figure at least 12 aides']));
		const figure = book.drafts.subjects.find((s) => s.kind === 'figure');
		expect(figure?.kind === 'figure' && [figure.data.value, figure.data.qualifier, figure.data.unit]).toEqual([12, 'at-least', 'aides']);
	});

	it('never overwrites an article', () => {
		const run = importCommand([join(folder, 'a-first.txt'), '--content', content, '--published', '2014-07-20']);
		expect(run.status).toBe(1);
		expect(run.stderr).toMatch(/a-first\.mdx already exists/);
	});
});
