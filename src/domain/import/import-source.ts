/**
 * Turns a new source into a draft: the article (the source's text with every known subject
 * marked and suggested statements and figures around their words) and draft subject entries for
 * review. Pure: the existing subjects in, the draft and a report out; the script writes files.
 */
import { stringify } from 'yaml';
import { pendingText, type ArticleMeta, type Kind } from '../model/schema.ts';
import type { ArticleFile, ContentInput, Sourcebook, Subject } from '../model/sourcebook.ts';
import { writeDraftBody, type Mark } from './draft-body.ts';
import { suggestEntities } from './entities.ts';
import { suggestFigures } from './figures.ts';
import { matchNames, namePattern, normalizeWords, type NamedSubject, type NameMark, type Usage } from './names.ts';
import { isEntity, type EntityKind } from '../views/copy.ts';
import { findParagraphs } from './paragraphs.ts';
import { abbreviationForms, compactForm, initials, roleNames } from './name-forms.ts';
import { suggestStatements } from './statements.ts';

export interface ImportMeta {
	title?: string;
	outlet?: string;
	byline?: string;
	/** ISO date: the report's date, also given to suggested statements and figures for review. */
	published: string;
	url?: string;
}

/** A draft subject entry, as written to its collection's YAML. */
export interface DraftEntry {
	kind: Kind;
	data: Record<string, unknown> & { id: string };
}

export interface ImportReport {
	/** Known subjects marked, with how many times. */
	matched: { id: string; count: number }[];
	suggested: { kind: Kind; id: string; words: string; note: string }[];
	leftAlone: { words: string; why: string }[];
}

export interface ImportResult {
	slug: string;
	/** The draft article, frontmatter included. */
	mdx: string;
	entries: DraftEntry[];
	/** Every annotation placed in the draft, offsets into the source. */
	marks: Mark[];
	report: ImportReport;
}

/**
 * People, organizations and places as the matcher knows them, drafts included: their aliases with
 * their abbreviations' other forms ("U.S." for "US"), and a person's titles held on `date`.
 */
export function namedSubjects(subjects: Subject[], date?: string): NamedSubject[] {
	return subjects.filter(isEntity).map((s) => {
		const roles = s.kind === 'person' && date !== undefined ? roleNames(s.data.roles, date) : [];
		const aliases = [...new Set([...s.data.aliases, ...s.data.aliases.flatMap(abbreviationForms), ...roles])];
		return { id: s.id, kind: s.kind, name: s.data.name, aliases, about: [s.data.description, s.data.context ?? ''].join(' ') };
	});
}

/** Whether a name the language model found is a form of a known subject's name ("U.S.", "UN", "IDF"). */
function isKnownForm(name: string, known: NamedSubject[]): boolean {
	const form = compactForm(name);
	return known.some((k) => [k.name, ...k.aliases].some((n) => compactForm(n) === form) || initials(k.name) === form);
}

/** Which subjects the existing articles mean by which words. */
export function usageOf(book: Sourcebook): Usage {
	const usage: Usage = new Map();
	for (const article of [...book.articles, ...book.drafts.articles]) {
		for (const mention of article.mentions) {
			const words = normalizeWords(mention.words);
			const counts = usage.get(words) ?? new Map<string, number>();
			counts.set(mention.subjectId, (counts.get(mention.subjectId) ?? 0) + 1);
			usage.set(words, counts);
		}
	}
	return usage;
}

export function kebab(words: string): string {
	return words
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/['’‘]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** An id no subject has, and that cannot pass for a numbered anchor of another ("kerry-2"). */
function uniqueId(base: string, taken: Set<string>): string {
	const root = kebab(base).split('-').slice(0, 8).join('-') || 'subject';
	let id = root;
	for (let n = 0; taken.has(id); n++) id = `${root}-${String.fromCharCode(98 + (n % 25)).repeat(1 + Math.floor(n / 25))}`;
	taken.add(id);
	return id;
}

const collapse = (words: string) => words.replace(/\s+/g, ' ').trim();
const excerpt = (words: string, max = 12) => {
	const list = collapse(words).split(' ');
	return list.length > max ? `${list.slice(0, max).join(' ')}…` : list.join(' ');
};

/** What one import is building up: the entries it will write and what it reports. */
interface Draft {
	slug: string;
	meta: ImportMeta;
	taken: Set<string>;
	entries: DraftEntry[];
	marks: Mark[];
	report: ImportReport;
}

export function importSource(slug: string, source: string, meta: ImportMeta, book: Sourcebook): ImportResult {
	const existing = [...book.subjects, ...book.drafts.subjects];
	const known = namedSubjects(existing, meta.published);
	const usage = usageOf(book);
	const draft: Draft = { slug, meta, taken: new Set(existing.map((s) => s.id)), entries: [], marks: [], report: { matched: [], suggested: [], leftAlone: [] } };

	// New people, organizations and places first, so that every mention of them is marked too.
	const fresh = suggestNewSubjects(draft, source, matchNames(source, known, usage).marks, known);
	const names = matchNames(source, [...known, ...fresh], usage);
	for (const a of names.ambiguous) draft.report.leftAlone.push({ words: a.words, why: `could name ${a.ids.join(' or ')}; nothing in the text tells which` });
	draft.marks.push(...names.marks);
	const nameOf = new Map([...known, ...fresh].map((s) => [s.id, s.name]));
	suggestStatementEntries(draft, source, names.marks, nameOf);
	suggestFigureEntries(draft, source, existing.flatMap((s) => (s.kind === 'figure' ? [s.data.unit] : [])));

	const body = writeDraftBody(source, draft.marks);
	const { report } = draft;
	for (const { mark, why } of body.leftAlone) report.leftAlone.push({ words: excerpt(source.slice(mark.start, mark.end)), why: `${why} (${mark.kind} ${mark.id})` });
	// A suggestion whose words could not be marked is not written either (unless it speaks).
	const placed = new Set(body.placed.map((m) => m.id));
	const speakers = new Set(draft.entries.filter((e) => e.kind === 'statement' && placed.has(e.data.id)).map((e) => String(e.data.speaker)));
	const entries = draft.entries.filter((e) => placed.has(e.data.id) || speakers.has(e.data.id));
	const written = new Set(entries.map((e) => e.data.id));
	report.suggested = report.suggested.filter((s) => written.has(s.id));
	const existingIds = new Set(existing.map((s) => s.id));
	const counts = new Map<string, number>();
	for (const m of body.placed) if (existingIds.has(m.id)) counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
	report.matched = [...counts].map(([id, count]) => ({ id, count }));

	return { slug, mdx: withFrontmatter(source, meta, body.body), entries, marks: body.placed, report };
}

/**
 * Draft entries for the names the language model finds; a surname alone ("Obama" after "Barack
 * Obama") and an organization's name without its "of …" become aliases.
 */
function suggestNewSubjects(draft: Draft, source: string, known: NameMark[], subjects: NamedSubject[]): NamedSubject[] {
	const found = suggestEntities(source, known).filter((f) => !isKnownForm(f.name, subjects));
	const fresh = new Map<string, NamedSubject>();
	const add = (name: string, kind: EntityKind): NamedSubject => {
		const subject: NamedSubject = { id: uniqueId(name, draft.taken), kind, name, aliases: [], about: '' };
		fresh.set(name, subject);
		// The entry shares the aliases array, so aliases found later are written too.
		draft.entries.push({
			kind,
			data: {
				id: subject.id,
				name,
				aliases: subject.aliases,
				description: pendingText,
				group: 'Drafts',
				draft: [`found by the language model as a ${kind} in ${draft.slug}: check the kind, the name and the aliases, write the description`],
			},
		});
		draft.report.suggested.push({ kind, id: subject.id, words: name, note: 'new, found by the language model' });
		return subject;
	};
	for (const { name, kind } of found) {
		// "Obama" after "Barack Obama"; "Calder Institute" after "Calder Institute of Hydrology".
		const longer = (f: { name: string; kind: EntityKind }) =>
			f.kind === kind && (kind === 'person' ? f.name.endsWith(` ${name}`) : kind === 'organization' && f.name.startsWith(`${name} of `));
		const fullName = found.find(longer)?.name;
		if (fullName !== undefined) {
			const owner = fresh.get(fullName) ?? add(fullName, kind);
			if (!owner.aliases.includes(name)) owner.aliases.push(name);
		} else if (!fresh.has(name)) add(name, kind);
	}
	const taken = new Set([...subjects, ...fresh.values()].flatMap((s) => [s.name, ...s.aliases]));
	for (const subject of fresh.values()) {
		// A new person's surname alone ("Farrant added") is that person, unless it names another subject.
		const surname = subject.kind === 'person' ? subject.name.split(' ').at(-1)! : '';
		const others = [...fresh.values()].filter((s) => s !== subject && s.kind === 'person' && s.name.split(' ').at(-1) === surname);
		const forms = [surname, ...[subject.name, surname].map((n) => n.toUpperCase())].filter((f) => f.length > 1 && f !== subject.name);
		// Used on its own, not only inside the full name.
		const rest = source.replace(namePattern(subject.name), '');
		for (const form of forms) {
			if (others.length > 0 || taken.has(form) || subject.aliases.includes(form) || !namePattern(form).test(rest)) continue;
			subject.aliases.push(form);
		}
	}
	return [...fresh.values()];
}

function suggestStatementEntries(draft: Draft, source: string, names: NameMark[], nameOf: Map<string, string>): void {
	for (const statement of suggestStatements(source, names)) {
		const words = source.slice(statement.start, statement.end);
		if (statement.speaker === null) {
			draft.report.leftAlone.push({ words: excerpt(words), why: 'a statement whose speaker could not be guessed' });
			continue;
		}
		const id = uniqueId(`${nameOf.get(statement.speaker) ?? statement.speaker} ${excerpt(words, 6).replace(/…$/, '')}`, draft.taken);
		draft.entries.push({
			kind: 'statement',
			data: {
				id,
				label: excerpt(words),
				speaker: statement.speaker,
				date: draft.meta.published,
				dateNote: "Draft: the report's date; check when the statement was made.",
				summary: pendingText,
				mode: statement.mode,
				draft: [`${statement.reason}: check it`, 'write the label and summary'],
			},
		});
		draft.marks.push({ kind: 'statement', id, start: statement.start, end: statement.end });
		draft.report.suggested.push({ kind: 'statement', id, words: excerpt(words), note: `${statement.mode}, ${statement.reason}` });
	}
}

function suggestFigureEntries(draft: Draft, source: string, countedUnits: string[]): void {
	const { figures, skipped } = suggestFigures(source, countedUnits);
	for (const number of skipped) draft.report.leftAlone.push({ words: source.slice(number.start, number.end), why: `a number not suggested as a figure: ${number.why}` });
	for (const figure of figures) {
		const words = collapse(source.slice(figure.start, figure.end));
		const qualifier = figure.qualifier === 'exactly' ? '' : figure.qualifier;
		const id = uniqueId(`${figure.unit} ${qualifier} ${figure.value}`, draft.taken);
		draft.entries.push({
			kind: 'figure',
			data: {
				id,
				label: words,
				value: figure.value,
				unit: figure.unit,
				qualifier: figure.qualifier,
				asOf: draft.meta.published,
				measure: kebab(figure.unit) || 'count',
				draft: [`value, unit and qualifier read from “${words}”: check them, and the date (the report's)`],
			},
		});
		draft.marks.push({ kind: 'figure', id, start: figure.start, end: figure.end });
		draft.report.suggested.push({ kind: 'figure', id, words, note: `${figure.qualifier} ${figure.value} ${figure.unit}` });
	}
}

/** The source as a draft with no annotation: what the content looks like while a source is being imported. */
export function plainDraft(source: string, meta: ImportMeta): string {
	return withFrontmatter(source, meta, writeDraftBody(source, []).body);
}

/** The content with a new source in it as a plain draft: the knowledge an import suggests from. */
export function withPlainDraft(content: ContentInput, source: Omit<ArticleFile, 'mdx' | 'sourceText'> & { sourceText: string }, meta: ImportMeta): ContentInput {
	return { ...content, articleFiles: [...content.articleFiles, { ...source, mdx: plainDraft(source.sourceText, meta) }] };
}

function withFrontmatter(source: string, meta: ImportMeta, body: string): string {
	return `---\n${stringify(frontmatter(source, meta))}---\n\n${body}`;
}

function frontmatter(source: string, meta: ImportMeta): ArticleMeta {
	const notes: string[] = [];
	const firstParagraph = findParagraphs(source)[0];
	const firstLine = firstParagraph ? collapse(source.slice(firstParagraph.start, firstParagraph.end)) : '';
	let title = meta.title;
	if (!title) {
		title = firstLine.length > 0 && firstLine.length <= 120 ? firstLine : 'Untitled source';
		notes.push('title taken from the first line of the source: check it, and set editorialTitle if the source has no headline');
	}
	if (meta.outlet === undefined) notes.push('outlet not given: set it, or leave null if the source does not name it');
	if (meta.byline === undefined) notes.push('byline not given: set it, or leave null if there is none');
	if (meta.url === undefined) notes.push('url not given');
	notes.push('write the summary', 'review every annotation and the draft subjects it uses');
	return {
		title,
		editorialTitle: false,
		outlet: meta.outlet ?? null,
		byline: meta.byline ?? null,
		published: meta.published,
		url: meta.url ?? null,
		summary: pendingText,
		draft: notes,
	};
}
