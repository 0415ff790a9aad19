/**
 * The content model: the one place that says what a subject and an article are.
 * `content.config.ts`, the check command and the domain all take their types from here.
 */
import { z } from 'astro/zod';

/** Kebab-case, unique across all collections: it becomes a URL segment and an HTML id. */
export const subjectId = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id must be kebab-case: lowercase letters, digits and single hyphens');

/**
 * `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, each part a real calendar value. Astro's frontmatter parser
 * reads an unquoted date as a Date: it is taken back to its ISO day.
 */
export const partialDate = z.preprocess(
	(value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
	z.string().refine(isPartialDate, 'a date must be ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD'),
);

/** A partial date, or an ISO 8601 interval `start/end` whose end does not precede its start. */
export const dateOrRange = z.string().refine((value) => {
	const parts = value.split('/');
	if (parts.length === 1) return isPartialDate(value);
	return parts.length === 2 && parts.every(isPartialDate) && parts[0]! <= parts[1]!;
}, 'a date must be ISO 8601 (YYYY-MM-DD, or a range start/end in order)');

export function isPartialDate(value: string): boolean {
	const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
	if (!match) return false;
	const [, year, month, day] = match;
	if (month === undefined) return true;
	const m = Number(month);
	if (m < 1 || m > 12) return false;
	if (day === undefined) return true;
	const d = Number(day);
	const daysInMonth = new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
	return d >= 1 && d <= daysInMonth;
}

const oneLine = z
	.string()
	.trim()
	.min(1)
	.refine((s) => !s.includes('\n'), 'must be a single line');

/**
 * Marks an entry written by the import for review: `true`, or the list of what to review
 * (for example a guessed speaker). A draft is validated like any entry but not published;
 * removing the marker publishes it.
 */
export const draft = z.union([z.literal(true), z.array(oneLine).min(1)]).optional();

/** The text the import writes where only an editor can write (a description, a summary). */
export const pendingText = 'Draft: to be written by an editor.';

/**
 * Where the sources differ about a subject. Each reading quotes one source's own words,
 * verbatim, so the difference can be checked against the text and shown without taking sides.
 */
export const difference = z.object({
	aspect: z.enum(['timing', 'wording', 'numbers', 'names', 'attribution', 'detail']),
	summary: oneLine,
	readings: z.record(subjectId, z.string().min(1)),
});

/** A subject's entry: its id, the fields of its kind, the differences recorded on it, and the import's draft marker. */
function subjectEntry<Shape extends z.ZodRawShape>(shape: Shape) {
	return z.object({ id: subjectId, ...shape, differences: z.array(difference).default([]), draft }).strict();
}

const entityFields = {
	name: oneLine,
	aliases: z.array(z.string().min(1)).default([]),
	/** What the sources themselves say of the subject. */
	description: oneLine,
	/** Widely established facts as of July 2014 that the sources do not state: shown as editorial context. */
	context: oneLine.optional(),
	/** Heading under which the index page lists the subject. */
	group: oneLine,
};

export const person = subjectEntry(entityFields);
export const organization = subjectEntry(entityFields);
export const place = subjectEntry(entityFields);

export const statement = subjectEntry({
	/** A short neutral title: who said what. */
	label: oneLine,
	speaker: subjectId,
	date: partialDate,
	/** Editorial note on how the date was resolved (for example from "on Sunday"). */
	dateNote: oneLine.optional(),
	summary: oneLine,
	/** Quoted in the speaker's own words, or reported in the writer's. */
	mode: z.enum(['quoted', 'reported']),
});

export const figure = subjectEntry({
	label: oneLine,
	value: z.number({ error: 'a figure needs a numeric value' }),
	unit: oneLine,
	qualifier: z.enum(['at-least', 'more-than', 'about', 'exactly']).default('exactly'),
	asOf: partialDate,
	/** The span of time the figure covers, in the source's terms, when it says. */
	period: oneLine.optional(),
	/** Figures with the same measure count the same thing and are compared with each other. */
	measure: subjectId,
});

export const event = subjectEntry({
	label: oneLine,
	date: dateOrRange,
	/** Editorial note on how the date was resolved from the sources' words. */
	dateNote: oneLine.optional(),
	summary: oneLine.optional(),
});

export const article = z
	.object({
		title: oneLine,
		/** True when the source carries no headline and the title is Sourcebook's. */
		editorialTitle: z.boolean().default(false),
		outlet: oneLine.nullable(),
		byline: oneLine.nullable(),
		published: partialDate,
		url: z.url().nullable(),
		summary: oneLine,
		/** Where the provenance comes from, when not from the text itself. */
		provenance: oneLine.optional(),
		draft,
	})
	.strict();

export type Person = z.infer<typeof person>;
export type Organization = z.infer<typeof organization>;
export type Place = z.infer<typeof place>;
export type Statement = z.infer<typeof statement>;
export type Figure = z.infer<typeof figure>;
export type Event = z.infer<typeof event>;
export type ArticleMeta = z.infer<typeof article>;
export type Difference = z.infer<typeof difference>;

/** Each kind of subject: its collection, the MDX tag that marks it and the `data-kind` it renders as. */
export const kinds = {
	person: { collection: 'people', tag: 'Person', schema: person, singular: 'Person', plural: 'People' },
	organization: {
		collection: 'organizations',
		tag: 'Org',
		schema: organization,
		singular: 'Organization',
		plural: 'Organizations',
	},
	place: { collection: 'places', tag: 'Place', schema: place, singular: 'Place', plural: 'Places' },
	statement: {
		collection: 'statements',
		tag: 'Statement',
		schema: statement,
		singular: 'Statement',
		plural: 'Statements',
	},
	figure: { collection: 'figures', tag: 'Figure', schema: figure, singular: 'Figure', plural: 'Figures' },
	event: { collection: 'events', tag: 'Event', schema: event, singular: 'Event', plural: 'Events' },
} as const;

export type Kind = keyof typeof kinds;
export type Collection = (typeof kinds)[Kind]['collection'];
export const kindNames = Object.keys(kinds) as Kind[];

export interface SubjectByKind {
	person: Person;
	organization: Organization;
	place: Place;
	statement: Statement;
	figure: Figure;
	event: Event;
}
