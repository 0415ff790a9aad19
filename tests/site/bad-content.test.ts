/**
 * Every kind of bad content fails both `npm run check` and `astro build`, with a message that
 * names the file, the id and the fault. Each case is a small content folder in tests/fixtures.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, runCheck } from '../support/build.ts';

interface Case {
	file: string;
	/** The id the message must name; null where the fault concerns the file as a whole. */
	id: string | null;
	fault: RegExp;
}

const cases: Record<string, Case> = {
	'unknown-id': { file: 'articles/short-report.mdx:11', id: 'jon-kerry', fault: /unknown id/ },
	'duplicate-id': { file: 'places.yaml:5', id: 'john-kerry', fault: /duplicate id: already used in .*people\.yaml/ },
	'kind-mismatch': { file: 'articles/short-report.mdx:11', id: 'cairo', fault: /<Org> marks a place: use <Place>/ },
	'unknown-speaker': { file: 'statements.yaml:3', id: 'ban-calls-for-ceasefire', fault: /unknown speaker "ban-ki-mun"/ },
	'figure-without-number': { file: 'figures.yaml:3', id: 'palestinians-killed-509', fault: /value: not a number \(write the number alone, such as 509\)/ },
	'figure-without-unit': { file: 'figures.yaml:1', id: 'palestinians-killed-509', fault: /unit: missing \(write what the number counts/ },
	'malformed-yaml': { file: 'people.yaml:4', id: null, fault: /malformed YAML/ },
	'malformed-frontmatter': { file: 'articles/short-report.mdx:3', id: 'short-report', fault: /malformed frontmatter/ },
	'malformed-mdx': { file: 'articles/short-report.mdx:11', id: null, fault: /malformed MDX: Unexpected closing tag `<\/Plac>`/ },
	'text-mismatch': { file: 'articles/short-report.mdx', id: 'short-report', fault: /no longer matches .*line 2, column 27/ },
	'statement-outside-source': { file: 'articles/short-report.mdx', id: 'short-report', fault: /no longer matches .*ceasefire now/ },
	'nested-same-subject': { file: 'articles/short-report.mdx:11', id: 'john-kerry', fault: /nested inside another annotation of the same subject/ },
	'empty-span': { file: 'articles/short-report.mdx:11', id: 'cairo', fault: /<Place> is empty/ },
	'illegal-id': { file: 'people.yaml:6', id: 'John_Kerry', fault: /id: not an id in kebab-case \(write lowercase letters/ },
	'impossible-event-date': { file: 'events.yaml:3', id: 'monday', fault: /date: not a date or a range \(write YYYY-MM-DD/ },
	'missing-source': { file: 'articles/short-report.mdx', id: 'short-report', fault: /sources\/short-report\.txt is missing/ },
	'unknown-tag': { file: 'articles/short-report.mdx:11', id: null, fault: /unknown tag <City>/ },
	'difference-not-in-source': { file: 'figures.yaml:12', id: 'palestinians-killed-509', fault: /"at least 600 Palestinians", which is not in the source/ },
};

function expectNamed(output: string, name: string, { file, id, fault }: Case): void {
	const line = output.split('\n').find((l) => l.includes(`tests/fixtures/${name}/${file}`) && fault.test(l));
	expect(line, `no line names the file and the fault in:\n${output}`).toBeDefined();
	if (id !== null) expect(line).toContain(`"${id}"`);
}

describe('bad content', () => {
	it('the valid fixture passes the check', () => {
		const result = runCheck('tests/fixtures/valid');
		expect(result.output).toContain('Content is valid');
		expect(result.status).toBe(0);
	});

	for (const [name, expected] of Object.entries(cases)) {
		it(`${name}: fails npm run check, with one fault for its one cause`, () => {
			const result = runCheck(`tests/fixtures/${name}`);
			expect(result.status).not.toBe(0);
			expectNamed(result.output, name, expected);
			expect(result.output).toContain('Sourcebook content has 1 fault:');
		});

		it(`${name}: fails astro build`, () => {
			const outDir = mkdtempSync(join(tmpdir(), `sourcebook-${name}-`));
			const result = buildSite({ outDir, contentDir: `tests/fixtures/${name}` });
			expect(result.status).not.toBe(0);
			expectNamed(result.output, name, expected);
		});
	}
});
