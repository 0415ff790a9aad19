/**
 * `npm run import -- --evaluate`: imports each seed's source as if it were new (the content
 * without the seed's article, its subjects kept as knowledge) and each text of the test set
 * (the whole content as knowledge), and scores the suggestions against the gold standard: the
 * seed's own annotations, or the test text's gold file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { evaluate, type Evaluation } from '../src/domain/import/evaluation.ts';
import { entityKinds } from '../src/domain/views/copy.ts';
import { goldOfArticle, readGoldFile, suggestionsOf } from '../src/domain/import/gold-standard.ts';
import { importSource, withPlainDraft, type ImportMeta } from '../src/domain/import/import-source.ts';
import { readContent } from '../src/loading/load.ts';
import { buildSourcebook, type ContentInput, type Sourcebook } from '../src/domain/model/sourcebook.ts';

/** The share every goal asks for. */
export const goal = 0.9;

export interface TextEvaluation {
	name: string;
	/** A seed; a text of the test set, tuned on; a held-out text, never tuned on, its goals reported but not required. */
	set: 'seed' | 'test' | 'held-out';
	evaluation: Evaluation;
}

/** The content as the import sees it with a new source in it, not yet annotated (as `npm run import` builds it). */
function withNewSource(content: ContentInput, slug: string, text: string, meta: ImportMeta, contentDir: string, root: string): Sourcebook {
	const files = { slug, file: relative(root, join(contentDir, 'articles', `${slug}.mdx`)), sourceFile: relative(root, join(contentDir, 'sources', `${slug}.txt`)), sourceText: text };
	return buildSourcebook(withPlainDraft(content, files, meta));
}

const knownIds = (book: Sourcebook) => new Set([...book.subjects, ...book.drafts.subjects].map((s) => s.id));

export function evaluateSeeds(contentDir: string, root: string): TextEvaluation[] {
	const input = readContent(contentDir, root);
	const content = buildSourcebook(input);
	return content.articles.map((article) => {
		const others = { ...input, articleFiles: input.articleFiles.filter((a) => a.slug !== article.slug) };
		const meta = { published: article.meta.published };
		const book = withNewSource(others, article.slug, article.sourceText, meta, contentDir, root);
		const result = importSource(article.slug, article.sourceText, meta, book);
		const evaluation = evaluate(suggestionsOf(result, article.sourceText), goldOfArticle(article, content), knownIds(book));
		return { name: article.slug, set: 'seed', evaluation };
	});
}

/** Every `<name>.txt` of the folder with its `<name>.gold.yaml`. */
export function evaluateTestSet(setDir: string, contentDir: string, root: string, set: 'test' | 'held-out' = 'test'): TextEvaluation[] {
	if (!existsSync(setDir)) return [];
	const content = readContent(contentDir, root);
	return readdirSync(setDir)
		.filter((name) => name.endsWith('.txt'))
		.sort()
		.map((file) => {
			const name = file.slice(0, -'.txt'.length);
			const goldPath = join(setDir, `${name}.gold.yaml`);
			if (!existsSync(goldPath)) throw new Error(`${relative(root, goldPath)}: missing: every test text needs its gold file`);
			const text = readFileSync(join(setDir, file), 'utf8');
			const gold = readGoldFile(text, readFileSync(goldPath, 'utf8'), relative(root, goldPath));
			const meta = { published: gold.published };
			const book = withNewSource(content, name, text, meta, contentDir, root);
			const result = importSource(name, text, meta, book);
			return { name, set, evaluation: evaluate(suggestionsOf(result, text), gold.annotations, knownIds(book)) };
		});
}

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
const mark = (share: number) => (share >= goal ? 'met' : '**not met**');

/** Whether every goal is met on a text: precision and recall of each entity kind, and speakers. */
export function goalsMet(evaluation: Evaluation): boolean {
	const { entities, speakers } = evaluation;
	return entityKinds.every((k) => entities[k].precision >= goal && entities[k].recall >= goal) && speakers.accuracy >= goal;
}

/** A Markdown report: one table per text, then what was missed or wrongly suggested. */
export function renderEvaluation(results: TextEvaluation[]): string {
	const lines = [
		'# Import quality',
		'',
		'Written by `npm run import -- --evaluate`. Each text is imported with the content’s own subjects',
		'as knowledge and its suggestions are scored against what an editor annotates: for the seeds,',
		'their own articles; for the test set (`tests/fixtures/import-evaluation/`), each text’s gold',
		'file. People, organizations and places are counted as distinct subjects per text; statements',
		'per annotated span; a speaker is judged on each suggested statement that overlaps an annotated one',
		'(the goal’s measure), and also on each annotated statement found, where a statement nested in',
		'another’s needs a suggestion of its own.',
		`Goals: precision and recall of at least ${percent(goal)} for people, organizations and places, and`,
		`speakers right in at least ${percent(goal)} of the statements suggested.`,
		'',
		'The content’s subjects were written from the seeds themselves, so a seed’s numbers say how well',
		'the import matches names it already knows; the test set’s subjects are unknown to the content',
		'(a few places and organizations aside), so its numbers say how well it finds new ones. The',
		'heuristics were tuned on these texts: a text new to them may score lower. The held-out texts',
		'(`tests/fixtures/import-evaluation/held-out/`) were written after the tuning and are never tuned',
		'on: their numbers are the fairest estimate, and their goals are reported, not required.',
		'',
	];
	for (const { name, set, evaluation } of results) {
		const { entities, statements, speakers } = evaluation;
		lines.push(`## ${name} (${{ seed: 'seed', test: 'test set', 'held-out': 'held out' }[set]})`, '', '| | Suggested | Right | To find | Found | Precision | Recall | Goal |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
		for (const kind of entityKinds) {
			const s = entities[kind];
			lines.push(`| ${kind} | ${s.suggested} | ${s.right} | ${s.toFind} | ${s.found} | ${percent(s.precision)} | ${percent(s.recall)} | ${mark(Math.min(s.precision, s.recall))} |`);
		}
		lines.push(`| statement | ${statements.suggested} | ${statements.right} | ${statements.toFind} | ${statements.found} | ${percent(statements.precision)} | ${percent(statements.recall)} | (no goal) |`);
		const annotated = evaluation.annotatedSpeakers;
		lines.push(
			'',
			`Speakers right: ${speakers.right} of ${speakers.judged} suggested statements (${percent(speakers.accuracy)}), goal ${mark(speakers.accuracy)}; ` +
				`${annotated.right} of ${annotated.judged} annotated statements found (${percent(annotated.accuracy)}).`,
			'',
		);
		const misses = entityKinds.flatMap((kind) => [
			...entities[kind].missed.map((w) => `missed ${kind} “${w}”`),
			...entities[kind].wrong.map((w) => `wrongly suggested ${kind} “${w}”`),
		]);
		if (misses.length > 0) lines.push(...misses.map((m) => `- ${m}`), '');
	}
	const summary = (texts: TextEvaluation[], what: string) => {
		const failing = texts.filter((r) => !goalsMet(r.evaluation)).map((r) => r.name);
		return failing.length === 0 ? `Every goal is met on all ${texts.length} ${what}.` : `Goals not met on ${failing.length} of ${texts.length} ${what}: ${failing.join(', ')}.`;
	};
	const heldOut = results.filter((r) => r.set === 'held-out');
	lines.push('## Summary', '', summary(results.filter((r) => r.set !== 'held-out'), 'seeds and test texts'));
	if (heldOut.length > 0) lines.push('', summary(heldOut, 'held-out texts'));
	lines.push('');
	return lines.join('\n');
}
