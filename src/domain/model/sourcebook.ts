/**
 * The domain: from the raw content files to subjects, mentions, anchors, notes and
 * cross-references. Pure (strings in, plain data out), computed once per build, and the only
 * place content is validated: every fault is collected and reported together.
 */
import { parseDocument } from 'yaml';
import { readAnnotatedText } from './annotated-text.ts';
import { assignAnchors, noteId, numberNotes } from './anchors.ts';
import { ContentErrors, type ContentFault } from './errors.ts';
import { alignWithSource, collapsedText } from './fidelity.ts';
import {
	article as articleSchema,
	kindNames,
	pendingText,
	kinds,
	subjectId,
	type ArticleMeta,
	type Collection,
	type Difference,
	type Kind,
	type SubjectByKind,
} from './schema.ts';
import { sentenceAround } from './sentences.ts';

export interface SubjectFile {
	collection: Collection;
	/** Path shown in messages, relative to the project. */
	file: string;
	text: string;
}

export interface ArticleFile {
	slug: string;
	file: string;
	/** The whole MDX file, frontmatter included. */
	mdx: string;
	sourceFile: string;
	/** The source file's text, or null when it is missing. */
	sourceText: string | null;
}

export interface ContentInput {
	subjectFiles: SubjectFile[];
	articleFiles: ArticleFile[];
}

export type SubjectOf<K extends Kind> = {
	kind: K;
	id: string;
	/** The name of a person, organization or place; the label of anything else. */
	title: string;
	collection: Collection;
	/** Site-relative path of the subject's page, without the base: `people/john-kerry/`. */
	path: string;
	file: string;
	data: SubjectByKind[K];
};
export type Subject = { [K in Kind]: SubjectOf<K> }[Kind];

export interface Mention {
	subjectId: string;
	kind: Kind;
	article: string;
	/** The id of the annotated span in the article page (docs/architecture.md). */
	anchor: string;
	/** Which occurrence of its subject in the article (1-based). */
	occurrence: number;
	/** Offsets into the source file, [start, end). */
	start: number;
	end: number;
	/** The source's own words, exactly as in the source file. */
	words: string;
	/** The sentence around the mention, split at the mention, whitespace collapsed. */
	context: { before: string; after: string };
	/** The enclosing annotation's anchor, when the mention sits inside one. */
	parentAnchor: string | null;
	note: number;
}

export interface Note {
	number: number;
	id: string;
	subjectId: string;
	/** Mentions of the subject in this article, for backlinks a, b, c… */
	mentions: Mention[];
}

export interface Article {
	slug: string;
	file: string;
	sourceFile: string;
	meta: ArticleMeta;
	sourceText: string;
	/** Every annotation, in document order (an enclosing one before those it holds). */
	mentions: Mention[];
	notes: Note[];
}

/** A subject's mentions in one article. */
export interface ArticleMentions {
	article: Article;
	mentions: Mention[];
}

export interface Sourcebook {
	/** Published articles and subjects only: drafts are validated but kept apart until reviewed. */
	articles: Article[];
	subjects: Subject[];
	drafts: { articles: Article[]; subjects: Subject[] };
	subject(id: string): Subject | undefined;
	article(slug: string): Article | undefined;
	/** Every mention of a subject, article by article in the order of `articles`. */
	mentionsOf(id: string): Mention[];
	/**
	 * A subject's mentions grouped by article, in the order of `articles`: what every subject page
	 * and every note shows, so grouped once per build rather than found again by scanning.
	 */
	mentionsByArticle(id: string): ArticleMentions[];
	/** An article's place in `articles`. */
	position(article: Article): number;
}

const articleSlug = subjectId;

export function buildSourcebook(input: ContentInput): Sourcebook {
	const faults: ContentFault[] = [];
	const { subjects, unreadable } = readSubjects(input.subjectFiles, faults);
	const byId = new Map(subjects.map((s) => [s.id, s]));
	// An id whose entry already failed is not reported again at each use.
	const known = (id: string) => byId.has(id) || unreadable.ids.has(id);

	checkSpeakers(subjects, byId, (id) => known(id) || unreadable.kinds.has('person') || unreadable.kinds.has('organization'), faults);

	const articles: Article[] = [];
	for (const file of input.articleFiles) {
		const article = readArticle(file, byId, (id, kind) => known(id) || unreadable.kinds.has(kind), faults);
		if (article) articles.push(article);
	}

	checkDifferences(subjects, articles, faults);
	checkNothingPublishedNeedsADraft(subjects, articles, byId, faults);

	if (faults.length > 0) throw new ContentErrors(faults);
	return publish(articles, subjects);
}

/** Drafts are left out of everything the pages see. */
function publish(all: Article[], allSubjects: Subject[]): Sourcebook {
	const articles = all.filter((a) => !a.meta.draft);
	const subjects = allSubjects.filter((s) => !s.data.draft);
	const byId = new Map(subjects.map((s) => [s.id, s]));

	const groupsById = new Map<string, ArticleMentions[]>();
	for (const article of articles) {
		for (const mention of article.mentions) {
			const groups = groupsById.get(mention.subjectId) ?? [];
			if (groups.at(-1)?.article !== article) groups.push({ article, mentions: [] });
			groups.at(-1)!.mentions.push(mention);
			groupsById.set(mention.subjectId, groups);
		}
	}
	const bySlug = new Map(articles.map((a) => [a.slug, a]));
	const positions = new Map(articles.map((a, i) => [a, i]));
	return {
		articles,
		subjects,
		drafts: { articles: all.filter((a) => a.meta.draft), subjects: allSubjects.filter((s) => s.data.draft) },
		subject: (id) => byId.get(id),
		article: (slug) => bySlug.get(slug),
		mentionsOf: (id) => (groupsById.get(id) ?? []).flatMap((group) => group.mentions),
		mentionsByArticle: (id) => groupsById.get(id) ?? [],
		position: (article) => positions.get(article) ?? -1,
	};
}

/** A published page cannot link to an unpublished subject: review the draft first. */
function checkNothingPublishedNeedsADraft(subjects: Subject[], articles: Article[], byId: Map<string, Subject>, faults: ContentFault[]): void {
	const isDraft = (id: string) => Boolean(byId.get(id)?.data.draft);
	for (const subject of subjects) {
		if (subject.data.draft) continue;
		for (const [field, value] of Object.entries(subject.data)) {
			if (value === pendingText) faults.push({ file: subject.file, id: subject.id, fault: `${field} is still the import's placeholder: write it before publishing` });
		}
		if (subject.kind === 'statement' && isDraft(subject.data.speaker)) {
			faults.push({ file: subject.file, id: subject.id, fault: `speaker "${subject.data.speaker}" is still a draft: review it before publishing this statement` });
		}
	}
	for (const article of articles) {
		if (article.meta.draft) continue;
		if (article.meta.summary === pendingText) faults.push({ file: article.file, id: article.slug, fault: "summary is still the import's placeholder: write it before publishing" });
		for (const id of new Set(article.mentions.map((m) => m.subjectId).filter(isDraft))) {
			faults.push({ file: article.file, id, fault: 'is still a draft: review it before publishing an article that marks it' });
		}
	}
}

interface Unreadable {
	ids: Set<string>;
	kinds: Set<Kind>;
}

function readSubjects(files: SubjectFile[], faults: ContentFault[]): { subjects: Subject[]; unreadable: Unreadable } {
	const subjects: Subject[] = [];
	const unreadable: Unreadable = { ids: new Set(), kinds: new Set() };
	const firstFile = new Map<string, string>();
	for (const { collection, file, text } of files) {
		const kind = kindNames.find((k) => kinds[k].collection === collection)!;
		const document = parseDocument(text);
		if (document.errors.length > 0) {
			for (const error of document.errors) {
				faults.push({ file, id: null, fault: `malformed YAML: ${firstLine(error.message)}`, line: error.linePos?.[0].line });
			}
			unreadable.kinds.add(kind);
			continue;
		}
		const entries: unknown = document.toJS();
		if (entries === null || entries === undefined) continue;
		if (!Array.isArray(entries)) {
			faults.push({ file, id: null, fault: `malformed YAML: expected a list of ${collection}, one entry per subject` });
			unreadable.kinds.add(kind);
			continue;
		}
		entries.forEach((entry: unknown, index) => {
			const rawId = isRecord(entry) && typeof entry.id === 'string' ? entry.id : `entry #${index + 1}`;
			const parsed = kinds[kind].schema.safeParse(entry);
			if (!parsed.success) {
				for (const issue of parsed.error.issues) {
					const field = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
					faults.push({ file, id: rawId, fault: `${field}${issue.message}` });
				}
				unreadable.ids.add(rawId);
				return;
			}
			const data = parsed.data;
			const seenIn = firstFile.get(data.id);
			if (seenIn !== undefined) {
				faults.push({ file, id: data.id, fault: `duplicate id: already used in ${seenIn}` });
				return;
			}
			firstFile.set(data.id, file);
			const title = 'name' in data ? data.name : data.label;
			subjects.push({ kind, id: data.id, title, collection, path: `${collection}/${data.id}/`, file, data } as Subject);
		});
	}
	return { subjects, unreadable };
}

function checkSpeakers(subjects: Subject[], byId: Map<string, Subject>, known: (id: string) => boolean, faults: ContentFault[]): void {
	for (const subject of subjects) {
		if (subject.kind !== 'statement') continue;
		const speaker = byId.get(subject.data.speaker);
		if (!speaker) {
			if (known(subject.data.speaker)) continue;
			faults.push({ file: subject.file, id: subject.id, fault: `unknown speaker "${subject.data.speaker}"` });
		} else if (speaker.kind !== 'person' && speaker.kind !== 'organization') {
			faults.push({
				file: subject.file,
				id: subject.id,
				fault: `speaker "${speaker.id}" is a ${speaker.kind}: a speaker is a person or an organization`,
			});
		}
	}
}

function checkDifferences(subjects: Subject[], articles: Article[], faults: ContentFault[]): void {
	// Collapsed only when a difference quotes it: most sources are never quoted.
	const bySlug = new Map(articles.map((a) => [a.slug, a]));
	const collapsed = new Map<string, string>();
	const sourceOf = (slug: string) => {
		const article = bySlug.get(slug);
		if (!article) return undefined;
		let text = collapsed.get(slug);
		if (text === undefined) collapsed.set(slug, (text = collapsedText(article.sourceText)));
		return text;
	};
	for (const subject of subjects) {
		const differences: Difference[] = subject.data.differences;
		for (const difference of differences) {
			for (const [slug, reading] of Object.entries(difference.readings)) {
				const source = sourceOf(slug);
				if (source === undefined) {
					faults.push({ file: subject.file, id: subject.id, fault: `a difference quotes unknown article "${slug}"` });
				} else if (!source.includes(collapsedText(reading))) {
					faults.push({
						file: subject.file,
						id: subject.id,
						fault: `a difference quotes ${JSON.stringify(reading)}, which is not in the source of "${slug}"`,
					});
				}
			}
		}
	}
}

const frontmatterPattern = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

function readArticle(
	file: ArticleFile,
	byId: Map<string, Subject>,
	reported: (id: string, kind: Kind) => boolean,
	faults: ContentFault[],
): Article | null {
	const fault = (text: string, id: string | null = file.slug, line?: number) =>
		faults.push({ file: file.file, id, fault: text, line });
	const before = faults.length;

	if (!articleSlug.safeParse(file.slug).success) fault('an article slug must be kebab-case');

	const match = frontmatterPattern.exec(file.mdx);
	if (!match) {
		fault('malformed frontmatter: the file must start with a --- block of YAML');
		return null;
	}
	const document = parseDocument(match[1]!);
	let meta: ArticleMeta | null = null;
	if (document.errors.length > 0) {
		for (const error of document.errors) {
			fault(`malformed frontmatter: ${firstLine(error.message)}`, file.slug, (error.linePos?.[0].line ?? 0) + 1);
		}
	} else {
		const parsed = articleSchema.safeParse(document.toJS());
		if (parsed.success) meta = parsed.data;
		else for (const issue of parsed.error.issues) fault(`frontmatter ${issue.path.join('.') || '(root)'}: ${issue.message}`);
	}

	if (file.sourceText === null) {
		fault(`the source file ${file.sourceFile} is missing: every article reproduces a source kept in content/sources/`);
		return null;
	}

	const bodyStart = match[0].length;
	const bodyLine = file.mdx.slice(0, bodyStart).split('\n').length - 1;
	const body = readAnnotatedText(file.mdx.slice(bodyStart));
	for (const f of body.faults) fault(f.fault, f.id, f.line + bodyLine);

	for (const span of body.spans) {
		const subject = byId.get(span.ref);
		const tag = `<${kinds[span.kind].tag}>`;
		if (!subjectId.safeParse(span.ref).success) fault(`${tag} id is not a valid id (kebab-case)`, span.ref, span.line + bodyLine);
		else if (!subject) {
			if (!reported(span.ref, span.kind)) fault(`${tag} names unknown id: no ${kinds[span.kind].collection} entry has it`, span.ref, span.line + bodyLine);
		} else if (subject.kind !== span.kind) {
			fault(`${tag} marks a ${subject.kind}: use <${kinds[subject.kind].tag}>`, span.ref, span.line + bodyLine);
		}
	}

	// A body that did not parse has no text to compare.
	if (body.faults.some((f) => f.malformed)) return null;
	const alignment = alignWithSource(body.text, file.sourceText);
	if (!alignment.ok) {
		const { line, column, expected, found } = alignment.divergence;
		fault(`the text no longer matches ${file.sourceFile}: they part at line ${line}, column ${column}: source has ${expected}, article has ${found}`);
	}
	if (faults.length > before || !alignment.ok || meta === null) return null;

	// The subjects' own id strings: a ref is a slice of the MDX text and would keep the whole file
	// in memory for the rest of the build (14 MB at 2,000 sources, measured).
	const refs = body.spans.map((s) => byId.get(s.ref)?.id ?? s.ref);
	const anchors = assignAnchors(refs);
	const numbers = numberNotes(refs);
	checkAnchorsUnique(anchors.map((a) => a.anchor), [...numbers.keys()], (text, id) => fault(text, id));

	const mentions: Mention[] = body.spans.map((span, i) => {
		const [start, end] = alignment.toSource(span.start, span.end);
		const sentence = sentenceAround(file.sourceText!, start, end);
		// split/join, not replace: V8 builds a global replace's result as a rope of ~15 pieces, and
		// the contexts live for the whole build (120 MB of ropes at 2,000 sources, measured).
		const collapse = (from: number, to: number) => file.sourceText!.slice(from, to).split(/\s+/).join(' ');
		return {
			subjectId: refs[i]!,
			kind: span.kind,
			article: file.slug,
			anchor: anchors[i]!.anchor,
			occurrence: anchors[i]!.occurrence,
			start,
			end,
			words: file.sourceText!.slice(start, end),
			context: { before: collapse(sentence.start, start), after: collapse(end, sentence.end) },
			parentAnchor: span.parent === null ? null : anchors[span.parent]!.anchor,
			note: numbers.get(span.ref)!,
		};
	});
	const notes: Note[] = [...numbers].map(([ref, number]) => ({
		number,
		id: noteId(ref),
		subjectId: ref,
		mentions: mentions.filter((m) => m.subjectId === ref),
	}));
	return { slug: file.slug, file: file.file, sourceFile: file.sourceFile, meta, sourceText: file.sourceText, mentions, notes };
}

/** `kerry-2` could be both the second Kerry and a subject called kerry-2: refuse such content. */
function checkAnchorsUnique(anchors: string[], noted: string[], fault: (text: string, id: string) => void): void {
	const owner = new Map<string, string>();
	for (const id of [...anchors, ...noted.map(noteId)]) {
		if (owner.has(id)) fault(`anchor "${id}" would be used twice on the page: rename a subject so that ids and numbered anchors cannot collide`, id);
		owner.set(id, id);
	}
}

/** The yaml library's message without its position and code frame, which the fault gives as a line. */
function firstLine(message: string): string {
	return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').trim();
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null;
}
