/**
 * The two sides of an evaluation: what the import suggests for a text, and what an editor
 * annotates in it (the gold standard), either an article of the content or a gold file written
 * for a test text. Pure.
 */
import { parse } from 'yaml';
import type { Article, Sourcebook } from '../model/sourcebook.ts';
import type { AnnotatedSubject, Annotations } from './evaluation.ts';
import type { ImportResult } from './import-source.ts';
import { namePattern } from './names.ts';
import { isEntityKind, type EntityKind } from '../views/copy.ts';
import type { Range } from './paragraphs.ts';

function subjects(marks: { id: string; kind: string; start: number; end: number }[], text: string): AnnotatedSubject[] {
	const byId = new Map<string, AnnotatedSubject>();
	for (const mark of marks) {
		if (!isEntityKind(mark.kind)) continue;
		const subject = byId.get(mark.id) ?? { id: mark.id, kind: mark.kind, spans: [], words: text.slice(mark.start, mark.end).replace(/\s+/g, ' ') };
		subject.spans.push({ start: mark.start, end: mark.end });
		byId.set(mark.id, subject);
	}
	return [...byId.values()];
}

/** What the import suggests: the subjects it marks (known and new) and the statements it writes, with their speakers. */
export function suggestionsOf(result: ImportResult, source: string): Annotations {
	const speakers = new Map(result.entries.filter((e) => e.kind === 'statement').map((e) => [e.data.id, String(e.data.speaker)]));
	return {
		entities: subjects(result.marks, source),
		statements: result.marks.filter((m) => m.kind === 'statement').map((m) => ({ start: m.start, end: m.end, speaker: speakers.get(m.id) ?? null })),
	};
}

/** What the content annotates in one of its articles: the gold standard for importing its source as new. */
export function goldOfArticle(article: Article, book: Sourcebook): Annotations {
	return {
		entities: subjects(article.mentions.map((m) => ({ id: m.subjectId, kind: m.kind, start: m.start, end: m.end })), article.sourceText),
		statements: article.mentions.flatMap((m) => {
			const statement = book.subject(m.subjectId);
			return statement?.kind === 'statement' ? [{ start: m.start, end: m.end, speaker: statement.data.speaker }] : [];
		}),
	};
}

export interface GoldFile {
	/** The text's date, for the roles people held then. */
	published: string;
	annotations: Annotations;
}

interface GoldEntry {
	id: string;
	names: string[];
}

const collections: [EntityKind, string][] = [
	['person', 'people'],
	['organization', 'organizations'],
	['place', 'places'],
];

function fail(file: string, message: string): never {
	throw new Error(`${file}: ${message}`);
}

function entriesOf(value: unknown, file: string, collection: string): GoldEntry[] {
	if (value === undefined || value === null) return [];
	if (!Array.isArray(value)) fail(file, `${collection}: a list of { id, names }`);
	return value.map((entry: unknown) => {
		const { id, names } = (entry ?? {}) as { id?: unknown; names?: unknown };
		if (typeof id !== 'string' || !Array.isArray(names) || names.length === 0 || !names.every((n) => typeof n === 'string')) {
			fail(file, `${collection}: each entry needs an id and a list of the names the text uses`);
		}
		return { id, names: names as string[] };
	});
}

/**
 * A gold file: the people, organizations and places an editor would annotate, each with the
 * names the text uses (every whole-word occurrence counts, a longer name before a shorter one),
 * and each statement's exact words (found once in the text) with its speaker's id.
 */
export function readGoldFile(text: string, yaml: string, file: string): GoldFile {
	const data = (parse(yaml) ?? {}) as Record<string, unknown>;
	const published = String(data.published ?? '');
	if (!/^\d{4}(?:-\d{2}){0,2}$/.test(published)) fail(file, 'published: the text’s date, YYYY-MM-DD');
	const named = collections.flatMap(([kind, collection]) =>
		entriesOf(data[collection], file, collection).flatMap((entry) => entry.names.map((name) => ({ id: entry.id, kind, name }))),
	);
	const spans: { id: string; kind: EntityKind; start: number; end: number }[] = [];
	for (const { id, kind, name } of [...named].sort((a, b) => b.name.length - a.name.length)) {
		const at = [...text.matchAll(namePattern(name))].map((m) => ({ start: m.index, end: m.index + m[0].length }));
		if (at.length === 0) fail(file, `"${name}" (${id}) is not in the text`);
		const own = at.filter((span) => !spans.some((s) => s.start < span.end && span.start < s.end));
		// Tags do not nest in one another: a name only ever inside a longer one is not annotated.
		if (own.length === 0) fail(file, `"${name}" (${id}) is only ever part of a longer name`);
		spans.push(...own.map((span) => ({ id, kind, ...span })));
	}
	spans.sort((a, b) => a.start - b.start);

	const statements = data.statements ?? [];
	if (!Array.isArray(statements)) fail(file, 'statements: a list of { words, speaker }');
	const ids = new Set(named.map((n) => n.id));
	return {
		published,
		annotations: {
			entities: subjects(spans, text),
			statements: statements.map((entry: unknown) => {
				const { words, speaker } = (entry ?? {}) as { words?: unknown; speaker?: unknown };
				if (typeof words !== 'string' || typeof speaker !== 'string') fail(file, 'statements: each needs its words and a speaker id');
				const start = text.indexOf(words);
				if (start < 0 || text.indexOf(words, start + 1) >= 0) fail(file, `statement "${words}" must be in the text exactly once`);
				if (!ids.has(speaker)) fail(file, `statement "${words}": speaker ${speaker} is not one of the file's people or organizations`);
				return { start, end: start + words.length, speaker } satisfies Range & { speaker: string };
			}),
		},
	};
}
