/**
 * Bad dossiers fail `npm run check` with the file, the line and the fault, and fail the build the
 * same way. Each case in tests/fixtures/bad-dossiers/ is laid over a copy of the valid fixture
 * (its dossier, and any subject file it needs); the check runs per case, one case builds.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, projectRoot, runCheck } from '../support/build.ts';

interface Case {
	line: number;
	id: string | null;
	fault: RegExp;
}

const cases: Record<string, Case> = {
	'unknown-id': { line: 11, id: 'jon-kerry', fault: /<Cite> ref names unknown id/ },
	'wrong-kind': { line: 11, id: 'john-kerry', fault: /<Quote> statement must name a statement, and "john-kerry" is a person/ },
	'unknown-source': { line: 11, id: 'long-report', fault: /<Cite> names unknown source/ },
	'source-lacks-subject': { line: 11, id: 'test-council', fault: /<Cite>: the source "short-report" does not mention this subject/ },
	'unknown-component': { line: 11, id: null, fault: /unknown component <Citation>/ },
	'missing-subjects': { line: NaN, id: 'a-dossier', fault: /frontmatter subjects: / },
};

// Inside the project, so that messages name the file as the project sees it.
const scratch = resolve(projectRoot, '.tmp');
mkdirSync(scratch, { recursive: true });
const root = mkdtempSync(join(scratch, 'bad-dossiers-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A content folder of its own: the valid fixture with the case's files laid over it. */
function contentFor(fixture: string, folder = fixture): string {
	const dir = join(root, folder);
	cpSync(join(projectRoot, 'tests/fixtures/valid'), dir, { recursive: true });
	cpSync(join(projectRoot, 'tests/fixtures/bad-dossiers', fixture), dir, { recursive: true });
	return dir;
}

function expectNamed(output: string, dir: string, { line, id, fault }: Case): void {
	const file = `${dir.slice(projectRoot.length + 1)}/dossiers/a-dossier.mdx${Number.isNaN(line) ? '' : `:${line}`}`;
	const named = output.split('\n').find((l) => l.includes(`${file}:`) && fault.test(l));
	expect(named, `no line names ${file} and the fault in:\n${output}`).toBeDefined();
	if (id !== null) expect(named).toContain(`"${id}"`);
}

describe('bad dossiers', () => {
	for (const [name, expected] of Object.entries(cases)) {
		it(`${name}: fails npm run check, naming the file, the line and the fault`, () => {
			const dir = contentFor(name);
			const result = runCheck(dir);
			expect(result.status).not.toBe(0);
			expectNamed(result.output, dir, expected);
		});
	}

	it('source-lacks-subject: fails astro build the same way', () => {
		const dir = contentFor('source-lacks-subject', 'source-lacks-subject-build');
		const outDir = mkdtempSync(join(tmpdir(), 'sourcebook-bad-dossier-'));
		const result = buildSite({ outDir, contentDir: dir });
		expect(result.status).not.toBe(0);
		expectNamed(result.output, dir, cases['source-lacks-subject']!);
	});

	it('the valid fixture with a good dossier passes the check', () => {
		// The unknown-id dossier, citing the subject the source has instead.
		const dir = contentFor('unknown-id', 'good');
		const good = join(dir, 'dossiers/a-dossier.mdx');
		writeFileSync(good, readFileSync(good, 'utf8').replace('jon-kerry', 'john-kerry'));
		const result = runCheck(dir);
		expect(result.output).toContain('1 dossiers');
		expect(result.status).toBe(0);
	});
});
