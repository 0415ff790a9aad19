/**
 * Editorial pages and dossiers: Sourcebook's own prose, compiled by @astrojs/mdx, citing the
 * sources' annotations through components. This module reads each file's frontmatter and finds
 * every component use with its line (with Sätteri's MDX parser, as the articles are read), checks
 * each against the domain, and numbers the notes the page shows. Pure: the same checks run in
 * `npm run check` and before the build, so that both name the file, the line and the fault.
 */
import { readFrontmatter } from './frontmatter.ts';
import type { Root } from 'mdast';
import { mdxToMdast, type MdxJsxFlowElement, type MdxJsxTextElement } from 'satteri';
import { ContentErrors, type ContentFault } from './errors.ts';
import { dossier as dossierSchema, editorialPage as pageSchema, type EditorialPageMeta, type Kind } from './schema.ts';
import type { Mention, Sourcebook } from './sourcebook.ts';

export type EditorialCollection = 'pages' | 'dossiers';

/** The page whose prose introduces the home page (`content/pages/home.mdx`): it has no URL of its own. */
export const homeIntroduction = 'home';

export interface EditorialFile {
	collection: EditorialCollection;
	/** The file name without `.mdx`: the page's URL segment. */
	id: string;
	/** Path shown in messages, relative to the project. */
	file: string;
	mdx: string;
}

/** Each component an editor may use, the attributes it requires, and what kind of subject each names. */
export const components = {
	Quote: { attributes: { statement: ['statement'], source: null } },
	Cite: { attributes: { ref: 'any', source: null } },
	Subject: { attributes: { id: 'any' } },
	Value: { attributes: { figure: ['figure'] } },
	Wordings: { attributes: { subject: ['statement', 'figure'] } },
} as const satisfies Record<string, { attributes: Record<string, readonly Kind[] | 'any' | null> }>;

export type ComponentName = keyof typeof components;
const componentNames = Object.keys(components) as ComponentName[];
const isComponent = (name: string): name is ComponentName => (componentNames as string[]).includes(name);

/** One component as written in the MDX: its literal attributes and the words it wraps. */
export interface ComponentUse {
	component: ComponentName;
	/** 1-based line in the file. */
	line: number;
	attributes: Record<string, string>;
	/** The plain text of its children (what a <Cite> links). */
	words: string;
}

export interface LineFault {
	line: number;
	id: string | null;
	fault: string;
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;
interface Node {
	type: string;
	value?: string;
	children?: Node[];
	position?: { start: { line: number } };
}

/** Text of a subtree, as the reader sees it. */
function textOf(node: Node): string {
	if (typeof node.value === 'string' && node.type === 'text') return node.value;
	return (node.children ?? []).map(textOf).join('');
}

/**
 * Every use of a citing component in an MDX body, in document order, with its line counted from
 * `firstLine` (the body's first line in the file). Unknown capitalised components and
 * non-literal attributes are faults: a typo must not render as nothing.
 */
export function findComponentUses(body: string, firstLine = 1): { uses: ComponentUse[]; faults: LineFault[] } {
	const uses: ComponentUse[] = [];
	const faults: LineFault[] = [];
	let tree: Root;
	try {
		tree = mdxToMdast(body, { position: true }) as Root;
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		const position = /^(\d+):\d+/.exec(message);
		return { uses, faults: [{ line: (position ? Number(position[1]) : 1) + firstLine - 1, id: null, fault: `malformed MDX: ${message.replace(/^[\d:-]+\s*/, '')}` }] };
	}
	const visit = (node: Node) => {
		if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
			const element = node as unknown as JsxElement;
			const line = (node.position?.start.line ?? 1) + firstLine - 1;
			const name = element.name ?? '';
			if (isComponent(name)) {
				const attributes: Record<string, string> = {};
				for (const attribute of element.attributes) {
					if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string') attributes[attribute.name] = attribute.value;
					else faults.push({ line, id: null, fault: `<${name}> takes literal attributes only (name="…"), not ${attribute.type === 'mdxJsxAttribute' ? attribute.name : '{…}'}` });
				}
				uses.push({ component: name, line, attributes, words: textOf(node).trim() });
			} else if (/^[A-Z]/.test(name)) {
				faults.push({ line, id: null, fault: `unknown component <${name}>: use ${componentNames.map((c) => `<${c}>`).join(', ')}` });
			}
		}
		for (const child of node.children ?? []) visit(child);
	};
	visit(tree as unknown as Node);
	return { uses, faults };
}

/** The annotation a use cites, when it cites one (<Quote>, <Cite>). */
export interface ResolvedUse extends ComponentUse {
	/** The subject the component names. */
	subjectId: string;
	/** The source's annotation it cites: the subject's first mention in that source. */
	mention: Mention | null;
	/** The note it links to, for <Quote>, <Cite> and <Subject>. */
	note: number | null;
}

/**
 * Checks one use against the domain: the id exists and is of the right kind, the source exists
 * and mentions the subject. Returns the resolved use, or the faults.
 */
export function checkUse(book: Sourcebook, use: ComponentUse): { use: Omit<ResolvedUse, 'note'> | null; faults: LineFault[] } {
	const faults: LineFault[] = [];
	const tag = `<${use.component}>`;
	const expected = components[use.component].attributes as Record<string, readonly Kind[] | 'any' | null>;
	for (const name of Object.keys(use.attributes)) {
		if (!(name in expected)) faults.push({ line: use.line, id: null, fault: `${tag} has no attribute "${name}": it takes ${Object.keys(expected).join(', ')}` });
	}
	let subjectId: string | null = null;
	let mention: Mention | null = null;
	for (const [name, kindsAllowed] of Object.entries(expected)) {
		const value = use.attributes[name];
		if (value === undefined) {
			faults.push({ line: use.line, id: null, fault: `${tag} needs a ${name}="…" attribute` });
			continue;
		}
		if (kindsAllowed === null) continue;
		const subject = book.subject(value);
		if (!subject) {
			faults.push({ line: use.line, id: value, fault: `${tag} ${name} names unknown id: no subject has it` });
		} else if (kindsAllowed !== 'any' && !kindsAllowed.includes(subject.kind)) {
			faults.push({ line: use.line, id: value, fault: `${tag} ${name} must name a ${kindsAllowed.join(' or a ')}, and "${value}" is a ${subject.kind}` });
		} else subjectId = subject.id;
	}
	const source = use.attributes.source;
	if ('source' in expected && source !== undefined) {
		const article = book.article(source);
		if (!article) faults.push({ line: use.line, id: source, fault: `${tag} names unknown source: no published article has the slug "${source}"` });
		else if (subjectId !== null) {
			mention = article.mentions.find((m) => m.subjectId === subjectId) ?? null;
			if (!mention) faults.push({ line: use.line, id: subjectId, fault: `${tag}: the source "${source}" does not mention this subject` });
		}
	}
	if (use.component === 'Cite' && use.words === '') faults.push({ line: use.line, id: subjectId, fault: '<Cite> is empty: it must wrap the words that make the claim' });
	if (use.component === 'Wordings' && subjectId !== null && book.mentionsOf(subjectId).length === 0) {
		faults.push({ line: use.line, id: subjectId, fault: '<Wordings>: no source mentions this subject' });
	}
	if (faults.length > 0 || subjectId === null) return { use: null, faults };
	return { use: { ...use, subjectId, mention }, faults };
}

/** A note of an editorial page: a cited annotation, or a subject named with <Subject>. */
export interface EditorialNote {
	number: number;
	/** The note's element id: `note-<subject>` for a subject, `note-<source>--<anchor>` for an annotation. */
	id: string;
	subjectId: string;
	/** The cited annotation; null for a subject's note. */
	mention: Mention | null;
	/** How many uses link to it: the first is `cite-<n>`, the k-th `cite-<n>-<k>`. */
	uses: number;
}

export interface EditorialEntry {
	collection: EditorialCollection;
	id: string;
	file: string;
	meta: EditorialPageMeta;
	/** For a dossier, the subjects it names in its frontmatter and every one it cites; else those it cites. */
	subjects: string[];
	uses: ResolvedUse[];
	notes: EditorialNote[];
}

export const citationNoteId = (mention: Mention) => `note-${mention.article}--${mention.anchor}`;
export const subjectNoteId = (subjectId: string) => `note-${subjectId}`;
/** The id of the k-th (1-based) use of note n: what the note's backlinks point to. */
export const useId = (note: number, k: number) => (k === 1 ? `cite-${note}` : `cite-${note}-${k}`);

/** The note a component links to, by what it names. */
export function noteFor(entry: EditorialEntry, subjectId: string, source: string | undefined): EditorialNote | undefined {
	return entry.notes.find((n) => n.subjectId === subjectId && (source === undefined ? n.mention === null : n.mention?.article === source));
}

/** Numbers the notes in order of first use, as an article numbers its subjects. */
function numberNotes(uses: Omit<ResolvedUse, 'note'>[]): { uses: ResolvedUse[]; notes: EditorialNote[] } {
	const notes: EditorialNote[] = [];
	const byId = new Map<string, EditorialNote>();
	const resolved = uses.map((use): ResolvedUse => {
		if (use.component === 'Value' || use.component === 'Wordings') return { ...use, note: null };
		const id = use.mention ? citationNoteId(use.mention) : subjectNoteId(use.subjectId);
		let note = byId.get(id);
		if (!note) {
			note = { number: notes.length + 1, id, subjectId: use.subjectId, mention: use.mention, uses: 0 };
			notes.push(note);
			byId.set(id, note);
		}
		note.uses++;
		return { ...use, note: note.number };
	});
	return { uses: resolved, notes };
}


/** Reads and checks one file; its faults are added to `faults`. */
export function readEditorialFile(book: Sourcebook, file: EditorialFile, faults: ContentFault[]): EditorialEntry | null {
	const before = faults.length;
	const fault = (fault: string, id: string | null = file.id, line?: number) => faults.push({ file: file.file, id, fault, line });
	const frontmatter = readFrontmatter(file.mdx, (text, line) => fault(text, file.id, line), file.collection === 'dossiers' ? 'title, summary, date, authors and subjects' : 'title, summary, date and authors');
	if (!frontmatter) return null;
	let meta: EditorialPageMeta | null = null;
	let declared: string[] = [];
	if (frontmatter.data !== undefined) {
		const asDossier = file.collection === 'dossiers' ? dossierSchema.safeParse(frontmatter.data) : null;
		const parsed = asDossier ?? pageSchema.safeParse(frontmatter.data);
		if (parsed.success) {
			meta = parsed.data;
			declared = asDossier?.data?.subjects ?? [];
		} else for (const issue of parsed.error.issues) fault(`frontmatter ${issue.path.join('.') || '(root)'}: ${issue.message}`, file.id, frontmatter.lineOf(issue.path));
	}
	declared.forEach((id, index) => {
		if (!book.subject(id)) fault('frontmatter subjects names unknown id: no subject has it', id, frontmatter.lineOf(['subjects', index]));
	});

	const found = findComponentUses(frontmatter.body, frontmatter.bodyOffset + 1);
	for (const f of found.faults) fault(f.fault, f.id, f.line);
	const checked: Omit<ResolvedUse, 'note'>[] = [];
	for (const use of found.uses) {
		const result = checkUse(book, use);
		for (const f of result.faults) fault(f.fault, f.id, f.line);
		if (result.use) checked.push(result.use);
	}
	if (faults.length > before || meta === null) return null;
	const { uses, notes } = numberNotes(checked);
	const subjects = [...new Set([...declared, ...uses.map((u) => u.subjectId)])];
	return { collection: file.collection, id: file.id, file: file.file, meta, subjects, uses, notes };
}

export interface Editorial {
	/** Published pages (`home` included) and dossiers, dossiers newest first. */
	pages: EditorialEntry[];
	dossiers: EditorialEntry[];
	entry(collection: EditorialCollection, id: string): EditorialEntry | undefined;
	/** The dossiers that discuss a subject, newest first. */
	discussing(subjectId: string): readonly EditorialEntry[];
}

/** Reads every editorial file against the domain; throws every fault at once. */
export function readEditorial(book: Sourcebook, files: readonly EditorialFile[]): Editorial {
	const faults: ContentFault[] = [];
	const entries: EditorialEntry[] = [];
	for (const file of files) {
		if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(file.id)) faults.push({ file: file.file, id: file.id, fault: 'a page or dossier file name must be kebab-case', line: 1 });
		const entry = readEditorialFile(book, file, faults);
		if (entry && !entry.meta.draft) entries.push(entry);
	}
	if (faults.length > 0) throw new ContentErrors(faults);
	const pages = entries.filter((e) => e.collection === 'pages');
	const dossiers = entries.filter((e) => e.collection === 'dossiers').sort((a, b) => b.meta.date.localeCompare(a.meta.date) || a.id.localeCompare(b.id));
	// Indexed once: every subject's page asks, and a scan of every dossier's subjects on each
	// would grow with the subjects times the dossiers.
	const discussedIn = new Map<string, EditorialEntry[]>();
	for (const dossier of dossiers) {
		for (const id of dossier.subjects) {
			const list = discussedIn.get(id);
			if (list) list.push(dossier);
			else discussedIn.set(id, [dossier]);
		}
	}
	const byId = new Map(entries.map((e) => [`${e.collection}/${e.id}`, e]));
	return {
		pages,
		dossiers,
		entry: (collection, id) => byId.get(`${collection}/${id}`),
		discussing: (subjectId) => discussedIn.get(subjectId) ?? [],
	};
}
