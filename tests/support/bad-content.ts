/** The bad-content cases, shared by the check's tests and the few real failing builds. */
import { expect } from 'vitest';

export interface BadContentCase {
	/** The file the message names, relative to the case's content folder, with `:line` (and `:column` where it gives one). */
	file: string;
	/** The id the message must name; null where the fault concerns the file as a whole. */
	id: string | null;
	fault: RegExp;
	/** Files of the valid fixture that the case takes away. */
	remove?: string[];
}

export const badContent: Record<string, BadContentCase> = {
	'unknown-id': { file: 'articles/short-report.mdx:11', id: 'jon-kerry', fault: /unknown id/ },
	'duplicate-id': { file: 'places.yaml:5', id: 'john-kerry', fault: /duplicate id: already used in .*people\.yaml/ },
	'kind-mismatch': { file: 'articles/short-report.mdx:11', id: 'cairo', fault: /<Org> marks a place: use <Place>/ },
	'unknown-speaker': { file: 'statements.yaml:3', id: 'ban-calls-for-ceasefire', fault: /unknown speaker "ban-ki-mun"/ },
	'figure-without-number': { file: 'figures.yaml:3', id: 'palestinians-killed-509', fault: /value: not a number \(write the number alone, such as 509\)/ },
	'figure-without-unit': { file: 'figures.yaml:1', id: 'palestinians-killed-509', fault: /unit: missing \(write what the number counts/ },
	'malformed-yaml': { file: 'people.yaml:4', id: null, fault: /malformed YAML/ },
	'malformed-frontmatter': { file: 'articles/short-report.mdx:3', id: 'short-report', fault: /malformed frontmatter/ },
	'malformed-mdx': { file: 'articles/short-report.mdx:11', id: null, fault: /malformed MDX: Unexpected closing tag `<\/Plac>`/ },
	'text-mismatch': { file: 'articles/short-report.mdx:13:73', id: 'short-report', fault: /no longer matches its source from here, .*sources\/short-report\.txt:2:27: the source has .*have been killed/ },
	'statement-outside-source': { file: 'articles/short-report.mdx:11:142', id: 'short-report', fault: /no longer matches its source from here, .*sources\/short-report\.txt:1:41: .*ceasefire now/ },
	'nested-same-subject': { file: 'articles/short-report.mdx:11', id: 'john-kerry', fault: /nested inside another annotation of the same subject/ },
	'empty-span': { file: 'articles/short-report.mdx:11', id: 'cairo', fault: /<Place> is empty/ },
	'illegal-id': { file: 'people.yaml:6', id: 'John_Kerry', fault: /id: not an id in kebab-case \(write lowercase letters/ },
	'impossible-event-date': { file: 'events.yaml:3', id: 'monday', fault: /date: not a date or a range \(write YYYY-MM-DD/ },
	'missing-source': { file: 'articles/short-report.mdx:1', id: 'short-report', fault: /sources\/short-report\.txt is missing/, remove: ['sources/short-report.txt'] },
	'marks-a-draft': { file: 'articles/short-report.mdx:11', id: 'cairo', fault: /is still a draft: review it before publishing an article that marks it/ },
	'unknown-tag': { file: 'articles/short-report.mdx:11', id: null, fault: /unknown tag <City>/ },
	'difference-not-in-source': { file: 'figures.yaml:12', id: 'palestinians-killed-509', fault: /"at least 600 Palestinians", which is not in the source/ },
	// Dossiers: each overlay replaces the valid fixture's dossiers/a-dossier.mdx (line 11 cites).
	'dossier-unknown-id': { file: 'dossiers/a-dossier.mdx:11', id: 'jon-kerry', fault: /<Cite> ref names unknown id/ },
	'dossier-wrong-kind': { file: 'dossiers/a-dossier.mdx:11', id: 'john-kerry', fault: /<Quote> statement must name a statement, and "john-kerry" is a person/ },
	'dossier-unknown-source': { file: 'dossiers/a-dossier.mdx:11', id: 'long-report', fault: /<Cite> names unknown source/ },
	'dossier-source-lacks-subject': { file: 'dossiers/a-dossier.mdx:11', id: 'test-council', fault: /<Cite>: the source "short-report" does not mention this subject/ },
	'dossier-unknown-component': { file: 'dossiers/a-dossier.mdx:11', id: null, fault: /unknown component <Citation>/ },
	'dossier-missing-subjects': { file: 'dossiers/a-dossier.mdx:2', id: 'a-dossier', fault: /frontmatter subjects: / },
};

/** Some line of the output names the case's file (in its content folder), its fault and its id. */
export function expectNamed(output: string, contentDir: string, { file, id, fault }: BadContentCase): void {
	// The place is followed by the id or the fault: `file:1:` is not `file:13:`.
	const line = output.split('\n').find((l) => l.includes(`${contentDir}/${file}: `) && fault.test(l));
	expect(line, `no line names the file and the fault in:\n${output}`).toBeDefined();
	if (id !== null) expect(line).toContain(`"${id}"`);
}
