/**
 * Every field of every kind of entry, in plain words: what it holds and what to write. A fault
 * in a field is told with these words ("url: not a web address (write the original's address,
 * or leave the line out)") rather than the validator's, and docs/authoring.md lists the same
 * fields (a unit test holds the three together: schema, these words and the docs).
 */
import type { z } from 'astro/zod';
import type { Kind } from './schema.ts';

export interface FieldHelp {
	/** What a right value is, as in "not …". */
	is: string;
	/** What to write, as in "(write …)". */
	write: string;
}

/** A field of one line of text. */
const line = (write: string): FieldHelp => ({ is: 'one line of text', write });
/** A field of a date. */
const date = (write: string): FieldHelp => ({ is: 'a date', write });

const dateNote = line('how the date was worked out, or leave the line out');
const id: FieldHelp = { is: 'an id in kebab-case', write: 'lowercase letters, digits and single hyphens, unique across all subjects, such as john-kerry' };
const draft: FieldHelp = { is: 'true or a list of one-line notes', write: 'what is left to review; remove the line to publish' };
const differences: FieldHelp = {
	is: 'a list of differences',
	write: 'each with aspect (timing, wording, numbers, names, attribution or detail), a one-line summary, and readings: article slug: the words that article uses; or leave the line out',
};
/** A subject's fields: its id, the fields of its kind, the differences recorded on it, and the draft marker (as schema.ts's subjectEntry). */
const subject = (fields: Record<string, FieldHelp>): Record<string, FieldHelp> => ({ id, ...fields, differences, draft });

const entity = subject({
	name: line('the name as the sources give it in full'),
	aliases: { is: 'a list of names', write: 'the other words the sources use for it, such as [Kerry], or leave the line out' },
	description: line('one neutral line, true as of the sources\' date'),
	context: line('a widely established fact the sources do not state, or leave the line out'),
	group: line('the heading the index lists it under, such as United Nations'),
});

export const fieldHelp: Record<Kind | 'article', Record<string, FieldHelp>> = {
	person: {
		...entity,
		roles: {
			is: 'a list of roles',
			write: 'each with title (such as Secretary of State), optional aliases (other words for the title, such as [the top US diplomat]), from and optional to (ISO dates); or leave the line out',
		},
	},
	organization: entity,
	place: entity,
	statement: subject({
		label: line('a short neutral title: who said what'),
		speaker: { is: 'the id of a person or organization', write: 'the id of whoever made the statement, such as john-kerry' },
		date: date('when the statement was made, as YYYY-MM-DD (or YYYY-MM, YYYY)'),
		dateNote,
		summary: line('one neutral line saying what was said'),
		mode: { is: 'quoted or reported', write: 'quoted for the speaker\'s own words, reported for the writer\'s' },
	}),
	figure: subject({
		label: line('what is counted, in a few words'),
		value: { is: 'a number', write: 'the number alone, such as 509' },
		unit: line('what the number counts, such as people killed'),
		qualifier: { is: 'at-least, more-than, about or exactly', write: 'how the source hedges the number, or leave the line out for exactly' },
		asOf: date('the date the number is true of, as YYYY-MM-DD (or YYYY-MM, YYYY)'),
		period: line('the span of time the number covers, in the source\'s terms, or leave the line out'),
		measure: { is: 'an id in kebab-case', write: 'a key shared by the figures that count the same thing, such as palestinians-killed' },
	}),
	event: subject({
		label: line('what happened, in a few words'),
		date: { is: 'a date or a range', write: 'YYYY-MM-DD, or a range start/end such as 2014-07-08/2014-07-21' },
		dateNote,
		summary: line('one neutral line, or leave the line out'),
	}),
	article: {
		title: line('the source\'s headline; if it has none, a title of your own and editorialTitle: true'),
		editorialTitle: { is: 'true or false', write: 'true when the title is Sourcebook\'s own, or leave the line out' },
		outlet: line('the outlet\'s name, or null when the source does not name it'),
		byline: line('the author as the source names them, or null when there is none'),
		published: date('the report\'s date, as YYYY-MM-DD (or YYYY-MM, YYYY)'),
		url: { is: 'a web address', write: 'the original\'s address, or leave the line out' },
		summary: line('one neutral line saying what the source reports'),
		provenance: line('where the title, outlet or date come from when not from the text, or leave the line out'),
		draft,
	},
};

/** A validation issue of an entry of `kind`, in plain words. */
export function describeIssue(kind: Kind | 'article', issue: z.core.$ZodIssue, input: unknown): string {
	const fields = fieldHelp[kind];
	if (issue.code === 'unrecognized_keys') {
		return issue.keys.map((key) => `${key}: not a field of ${article(kind)} (check its spelling; the fields are ${Object.keys(fields).join(', ')})`).join('; ');
	}
	const [first, ...rest] = issue.path;
	if (first === undefined) return `not a list of fields (write ${article(kind)} as field: value lines)`;
	const name = String(first);
	const help = fields[name];
	const value = typeof input === 'object' && input !== null ? (input as Record<string, unknown>)[name] : undefined;
	const where = [name, ...rest.map(String)].join('.');
	if (!help) return `${where}: ${issue.message}`;
	if (value === undefined && rest.length === 0) return `${where}: missing (write ${help.write})`;
	// Inside a list or a difference, the validator's own words are the precise ones.
	const detail = rest.length > 0 ? `: ${issue.message}` : '';
	return `${where}: not ${help.is}${detail} (write ${help.write})`;
}

function article(kind: Kind | 'article'): string {
	return kind === 'article' ? 'an article' : kind === 'organization' || kind === 'event' ? `an ${kind}` : `a ${kind}`;
}
