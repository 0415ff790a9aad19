/** The bad-content cases, shared by the check's tests and the few real failing builds. */
import { expect } from 'vitest';

export interface BadContentCase {
	/** The file the message names, relative to the case's content folder, with `:line` where it gives one. */
	file: string;
	/** The id the message must name; null where the fault concerns the file as a whole. */
	id: string | null;
	fault: RegExp;
	/** Files of the valid fixture that the case takes away. */
	remove?: string[];
}

export const badContent: Record<string, BadContentCase> = {
	'unknown-id': { file: 'articles/short-report.mdx:11', id: 'jon-kerry', fault: /unknown id/ },
	'duplicate-id': { file: 'places.yaml', id: 'john-kerry', fault: /duplicate id: already used in .*people\.yaml/ },
	'kind-mismatch': { file: 'articles/short-report.mdx:11', id: 'cairo', fault: /<Org> marks a place: use <Place>/ },
	'unknown-speaker': { file: 'statements.yaml', id: 'ban-calls-for-ceasefire', fault: /unknown speaker "ban-ki-mun"/ },
	'figure-without-number': { file: 'figures.yaml', id: 'palestinians-killed-509', fault: /value: a figure needs a numeric value/ },
	'figure-without-unit': { file: 'figures.yaml', id: 'palestinians-killed-509', fault: /unit: / },
	'malformed-yaml': { file: 'people.yaml:4', id: null, fault: /malformed YAML/ },
	'malformed-frontmatter': { file: 'articles/short-report.mdx:3', id: 'short-report', fault: /malformed frontmatter/ },
	'malformed-mdx': { file: 'articles/short-report.mdx:11', id: null, fault: /malformed MDX: Unexpected closing tag `<\/Plac>`/ },
	'text-mismatch': { file: 'articles/short-report.mdx', id: 'short-report', fault: /no longer matches .*line 2, column 27/ },
	'statement-outside-source': { file: 'articles/short-report.mdx', id: 'short-report', fault: /no longer matches .*ceasefire now/ },
	'nested-same-subject': { file: 'articles/short-report.mdx:11', id: 'john-kerry', fault: /nested inside another annotation of the same subject/ },
	'empty-span': { file: 'articles/short-report.mdx:11', id: 'cairo', fault: /<Place> is empty/ },
	'illegal-id': { file: 'people.yaml', id: 'John_Kerry', fault: /an id must be kebab-case/ },
	'impossible-event-date': { file: 'events.yaml', id: 'monday', fault: /a date must be ISO 8601/ },
	'missing-source': { file: 'articles/short-report.mdx', id: 'short-report', fault: /sources\/short-report\.txt is missing/, remove: ['sources/short-report.txt'] },
	'unknown-tag': { file: 'articles/short-report.mdx:11', id: null, fault: /unknown tag <City>/ },
	'difference-not-in-source': { file: 'figures.yaml', id: 'palestinians-killed-509', fault: /"at least 600 Palestinians", which is not in the source/ },
};

/** Some line of the output names the case's file (in its content folder), its fault and its id. */
export function expectNamed(output: string, contentDir: string, { file, id, fault }: BadContentCase): void {
	const line = output.split('\n').find((l) => l.includes(`${contentDir}/${file}`) && fault.test(l));
	expect(line, `no line names the file and the fault in:\n${output}`).toBeDefined();
	if (id !== null) expect(line).toContain(`"${id}"`);
}
