/**
 * The site's English copy that more than one page or writer uses: how a source is named, how
 * a count is worded, who a statement's speaker is, which kinds are entities. One wording each,
 * so that the pages say a thing the same way. Types only from the model: scripts in the browser
 * use it too.
 */
import type { ArticleMeta, Kind } from '../model/schema.ts';
import type { Sourcebook, Subject, SubjectOf } from '../model/sourcebook.ts';

/** People, organizations and places: named by the sources, compared by the terms they use. */
export const entityKinds = ['person', 'organization', 'place'] as const satisfies readonly Kind[];
export type EntityKind = (typeof entityKinds)[number];

export function isEntityKind(kind: string): kind is EntityKind {
	return (entityKinds as readonly string[]).includes(kind);
}

/** A person, organization or place: a subject with a name, aliases and a description. */
export type Entity = Extract<Subject, { kind: EntityKind }>;

export function isEntity(subject: Subject): subject is Entity {
	return isEntityKind(subject.kind);
}

/** What a list or a table calls a source: its outlet, else (when it names none) its title. */
export function sourceName(meta: Pick<ArticleMeta, 'outlet' | 'title'>): string {
	return meta.outlet ?? meta.title;
}

/** The words shown where a source does not name its outlet. */
export const outletNotNamed = 'outlet not named';

/** A source's outlet, or the words that say the source names none. */
export function outletOf(meta: Pick<ArticleMeta, 'outlet'>): string {
	return meta.outlet ?? outletNotNamed;
}

/** The text with its first letter upper-case, for words that start a sentence or a cell. */
export function capitalize(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "1 source", "3 sources"; `plural` for words that do not take an s. */
export function count(n: number, singular: string, plural = `${singular}s`): string {
	return `${n} ${n === 1 ? singular : plural}`;
}

/** A statement's speaker by name, or by id when the speaker has no entry. */
export function speakerName(book: Sourcebook, statement: SubjectOf<'statement'>): string {
	return book.subject(statement.data.speaker)?.title ?? statement.data.speaker;
}
