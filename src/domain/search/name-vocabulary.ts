/**
 * The name vocabulary: every person's, organization's and place's name and aliases, split into
 * shards by the sound of their words (name-keys.ts), so that the browser fetches only the shards
 * of the words a reader typed. Built at build time, beside Pagefind's index.
 */
import type { Sourcebook } from '../model/sourcebook.ts';
import { foldedWords, nameWordKeys } from './name-keys.ts';
import { isEntity, isEntityKind } from '../views/copy.ts';
import type { NameSubject } from './name-suggestions.ts';

/** The vocabulary's folder, inside Pagefind's bundle folder. */
export const vocabularyFolder = 'names/';

/** The named subjects of a sourcebook, without Pagefind's page ids (known once it has indexed). */
export function nameSubjects(book: Sourcebook): Omit<NameSubject, 'page'>[] {
	return book.subjects.filter(isEntity).map((subject) => ({ kind: subject.kind, path: subject.path, name: subject.title, aliases: subject.data.aliases }));
}

/** Each shard's key and its subjects: a subject is in the shard of every key of every word of its names. */
export function vocabularyShards(subjects: readonly NameSubject[]): Map<string, NameSubject[]> {
	const shards = new Map<string, NameSubject[]>();
	for (const subject of subjects) {
		const keys = new Set([subject.name, ...subject.aliases].flatMap(foldedWords).flatMap(nameWordKeys));
		for (const key of keys) shards.set(key, [...(shards.get(key) ?? []), subject]);
	}
	return new Map([...shards].sort(([a], [b]) => a.localeCompare(b)));
}

/** A shard on the wire: one row per subject, `[kind, path, page, name, ...aliases]`, to keep it small. */
type Row = [NameSubject['kind'], string, string | null, string, ...string[]];

export function encodeShard(subjects: readonly NameSubject[]): string {
	return JSON.stringify(subjects.map((s): Row => [s.kind, s.path, s.page, s.name, ...s.aliases]));
}

export function decodeShard(text: string): NameSubject[] {
	const rows = JSON.parse(text) as unknown;
	if (!Array.isArray(rows)) throw new Error('A name vocabulary shard is not a list');
	return rows.map((row: unknown) => {
		if (!Array.isArray(row) || row.length < 4 || !isEntityKind(row[0]) || !row.every((cell, i) => typeof cell === 'string' || (i === 2 && cell === null))) {
			throw new Error(`A name vocabulary shard has a malformed row: ${JSON.stringify(row)}`);
		}
		const [kind, path, page, name, ...aliases] = row as Row;
		return { kind, path, page, name, aliases };
	});
}
