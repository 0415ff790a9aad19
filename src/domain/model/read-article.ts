/** An article's MDX read and checked against its subjects and its source file: its mentions, anchors and notes. */
import { locateInBody, readAnnotatedText } from './annotated-text.ts';
import { assignAnchors, noteId, numberNotes } from './anchors.ts';
import type { ContentFault } from './errors.ts';
import { describeIssue } from './field-help.ts';
import { readFrontmatter, splitFrontmatter } from './frontmatter.ts';
import { readYaml } from './yaml-lines.ts';
import { alignWithSource } from './fidelity.ts';
import { article as articleSchema, kinds, subjectId, type ArticleMeta, type Kind } from './schema.ts';
import { sentenceAround } from './sentences.ts';
import type { Article, ArticleFile, Mention, Note, Subject } from './sourcebook.ts';

const articleSlug = subjectId;

export function readArticle(
	file: ArticleFile,
	byId: Map<string, Subject>,
	reported: (id: string, kind: Kind) => boolean,
	faults: ContentFault[],
	unknownIds: Map<string, { fault: ContentFault; more: number; files: Set<string> }>,
): Article | null {
	const fault = (text: string, id: string | null = file.slug, line?: number, column?: number) =>
		faults.push({ file: file.file, id, fault: text, line, column });
	const before = faults.length;

	// Faults about the file as a whole name its first line, so that every fault has a place to open.
	if (!articleSlug.safeParse(file.slug).success) fault('an article slug must be kebab-case: rename the file (and its source) in lowercase letters, digits and single hyphens', file.slug, 1);

	const frontmatter = readFrontmatter(file.mdx, (text, line) => fault(text, file.slug, line), 'title, outlet, byline, published and summary');
	if (!frontmatter) return null;
	let meta: ArticleMeta | null = null;
	if (frontmatter.data !== undefined) {
		const parsed = articleSchema.safeParse(frontmatter.data);
		if (parsed.success) meta = parsed.data;
		else for (const issue of parsed.error.issues) fault(describeIssue('article', issue, frontmatter.data), file.slug, frontmatter.lineOf(issue.path));
	}

	if (file.sourceText === null) {
		// No frontmatter field names the source: its path comes from the article's own name.
		fault(`the source file ${file.sourceFile} is missing: every article reproduces a source kept in content/sources/`, file.slug, 1);
		return null;
	}

	const { body: bodyText, bodyOffset: bodyLine } = frontmatter;
	const body = readAnnotatedText(bodyText);
	for (const f of body.faults) fault(f.fault, f.id, f.line + bodyLine);

	// A fault folded under another article's still leaves this one unpublishable.
	let folded = false;
	for (const span of body.spans) {
		const subject = byId.get(span.ref);
		const tag = `<${kinds[span.kind].tag}>`;
		if (!subjectId.safeParse(span.ref).success) fault(`${tag} id is not a valid id (kebab-case)`, span.ref, span.line + bodyLine);
		else if (!subject) {
			if (reported(span.ref, span.kind)) continue;
			const seen = unknownIds.get(span.ref);
			if (seen) {
				seen.more++;
				seen.files.add(file.file);
				folded = true;
				continue;
			}
			fault(`${tag} names unknown id: no ${kinds[span.kind].collection} entry has it (check its spelling, or add the entry)`, span.ref, span.line + bodyLine);
			unknownIds.set(span.ref, { fault: faults.at(-1)!, more: 0, files: new Set([file.file]) });
		} else if (subject.kind !== span.kind) {
			fault(`${tag} marks a ${subject.kind}: use <${kinds[subject.kind].tag}>`, span.ref, span.line + bodyLine);
		}
	}

	// A body that did not parse has no text to compare.
	if (body.faults.some((f) => f.malformed)) return null;
	const alignment = alignWithSource(body.text, file.sourceText);
	if (!alignment.ok) {
		const { line, column, articleOffset, expected, found } = alignment.divergence;
		// Placed only now: the body is parsed again, which only a mismatch is worth.
		const at = locateInBody(bodyText, articleOffset);
		fault(
			`the text no longer matches its source from here, ${file.sourceFile}:${line}:${column}: the source has ${expected}, the article has ${found}`,
			file.slug,
			at.line + bodyLine,
			at.column,
		);
	}
	if (faults.length > before || folded || !alignment.ok || meta === null) return null;

	// The subjects' own id strings: a ref is a slice of the MDX text and would keep the whole file
	// in memory for the rest of the build (14 MB at 2,000 sources, measured).
	const refs = body.spans.map((s) => byId.get(s.ref)?.id ?? s.ref);
	const anchors = assignAnchors(refs);
	const numbers = numberNotes(refs);
	const noted = [...numbers.keys()];
	checkAnchorsUnique([...anchors.map((a) => a.anchor), ...noted.map(noteId)], (text, id, index) => {
		// Only on a collision: the tag that claims the anchor, or the first tag of the note's subject.
		const claimant = index < anchors.length ? index : refs.indexOf(noted[index - anchors.length]!);
		fault(text, id, body.spans[claimant]!.line + bodyLine);
	});

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

/** `kerry-2` could be both the second Kerry and a subject called kerry-2: refuse such content, at the second to claim the anchor. */
function checkAnchorsUnique(ids: string[], fault: (text: string, id: string, index: number) => void): void {
	const owner = new Set<string>();
	ids.forEach((id, index) => {
		if (owner.has(id)) fault(`anchor "${id}" would be used twice on the page: rename a subject so that ids and numbered anchors cannot collide`, id, index);
		owner.add(id);
	});
}

/**
 * Where an article names something, found again only when a fault needs it: the line of a
 * frontmatter field, or of the first tag that marks a subject (1 when there is none).
 */
export function articleLine(file: ArticleFile, place: { field: string } | { marks: string }): number {
	const block = splitFrontmatter(file.mdx);
	if (!block) return 1;
	// The frontmatter's first line is the file's second, after `---`.
	if ('field' in place) return (readYaml(block.yaml).lineOf([place.field]) ?? 0) + 1;
	const span = readAnnotatedText(block.body).spans.find((s) => s.ref === place.marks);
	return span ? span.line + block.bodyOffset : 1;
}
