/**
 * `npm run import -- <file.txt|folder> [--title … --outlet … --byline … --published … --url …]
 * [--slug …] [--content <dir>]`: copies each source byte for byte into content/sources/ and writes
 * a draft article and draft subject entries for review. Nothing is written unless the whole
 * content, drafts included, still validates.
 *
 * `npm run import -- --evaluate [--report <file.md>]`: writes nothing to the content; scores the
 * import on the seeds and the test set (scripts/import-evaluation.ts), prints the tables and
 * writes them to bench/import-quality.md.
 */
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse, stringify } from 'yaml';
import { ContentErrors } from '../src/domain/model/errors.ts';
import { decodeSource } from '../src/domain/import/decode.ts';
import { importSource, kebab, withPlainDraft, type DraftEntry, type ImportMeta, type ImportResult } from '../src/domain/import/import-source.ts';
import { readContent } from '../src/loading/load.ts';
import { isPartialDate, kinds, type Collection } from '../src/domain/model/schema.ts';
import { buildSourcebook } from '../src/domain/model/sourcebook.ts';
import { evaluateSeeds, evaluateTestSet, renderEvaluation } from './import-evaluation.ts';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		title: { type: 'string' },
		outlet: { type: 'string' },
		byline: { type: 'string' },
		published: { type: 'string' },
		url: { type: 'string' },
		slug: { type: 'string' },
		content: { type: 'string', default: 'content' },
		evaluate: { type: 'boolean', default: false },
		report: { type: 'string', default: join('bench', 'import-quality.md') },
	},
});

const root = process.cwd();
const contentDir = resolve(values.content);

function fail(message: string): never {
	console.error(message);
	process.exit(1);
}

if (values.evaluate) {
	const set = join(root, 'tests', 'fixtures', 'import-evaluation');
	const results = [...evaluateSeeds(contentDir, root), ...evaluateTestSet(set, contentDir, root), ...evaluateTestSet(join(set, 'held-out'), contentDir, root, 'held-out')];
	const report = renderEvaluation(results);
	console.log(report);
	writeFileSync(resolve(values.report), report);
	console.log(`Written to ${relative(root, resolve(values.report))}.`);
	// A goal not met is reported, not an error: the unit test holds the line.
	process.exit(0);
}

const target = positionals[0];
if (positionals.length !== 1 || target === undefined) fail('Usage: npm run import -- <file.txt|folder> --published YYYY-MM-DD [--title … --outlet … --byline … --url … --slug … --content <dir>], or npm run import -- --evaluate');
if (!values.published || !isPartialDate(values.published)) {
	fail('Give --published (the ISO date of the report: YYYY-MM-DD): Sourcebook does not guess dates.');
}
const files = statSync(target).isDirectory()
	? readdirSync(target).filter((name) => name.endsWith('.txt')).sort().map((name) => join(target, name))
	: [target];
if (files.length === 0) fail(`No .txt source in ${target}.`);
if (files.length > 1 && (values.slug || values.title)) fail('--slug and --title name one source: import a folder without them.');

const meta: ImportMeta = {
	title: values.title,
	outlet: values.outlet,
	byline: values.byline,
	published: values.published,
	url: values.url,
};

/** Where a collection's draft entries go: its own file in a collection folder, or appended to the collection's YAML file. */
function subjectPath(collection: string, slug: string): { path: string; append: boolean } {
	const folder = join(contentDir, collection);
	if (existsSync(folder)) return { path: join(folder, `${slug}.yaml`), append: false };
	const yml = `${folder}.yml`;
	return { path: existsSync(yml) ? yml : `${folder}.yaml`, append: true };
}

function subjectWrites(result: ImportResult): { path: string; text: string; collection: Collection }[] {
	const byCollection = new Map<Collection, DraftEntry[]>();
	for (const entry of result.entries) {
		const collection = kinds[entry.kind].collection;
		byCollection.set(collection, [...(byCollection.get(collection) ?? []), entry]);
	}
	return [...byCollection].map(([collection, entries]) => {
		const { path, append } = subjectPath(collection, result.slug);
		const yaml = `# Drafts from the import of ${result.slug}: review each, then remove its \`draft\` marker.\n${stringify(entries.map((e) => e.data))}`;
		const before = append && existsSync(path) ? readFileSync(path, 'utf8') : '';
		return { path, collection, text: joinYaml(before, yaml) };
	});
}

/** Entries appended to a collection's list; an empty one (`[]`, or only comments) keeps its comments only. */
function joinYaml(before: string, entries: string): string {
	const list: unknown = parse(before);
	if (Array.isArray(list) && list.length > 0) return `${before.trimEnd()}\n\n${entries}`;
	const comments = before.split('\n').filter((line) => line.startsWith('#'));
	return [...comments, entries].join('\n');
}

function importOne(file: string): ImportResult {
	const source = readFileSync(file);
	const slug = values.slug ?? kebab(basename(file).replace(/\.txt$/, ''));
	const articlePath = join(contentDir, 'articles', `${slug}.mdx`);
	const sourcePath = join(contentDir, 'sources', `${slug}.txt`);
	if (existsSync(articlePath)) throw new Error(`${relative(root, articlePath)} already exists: choose another --slug`);
	if (existsSync(sourcePath) && !readFileSync(sourcePath).equals(source)) throw new Error(`${relative(root, sourcePath)} already holds another text`);

	const decoded = decodeSource(source);
	if (!decoded.ok) throw new Error(decoded.fault);
	const { text } = decoded;
	const files = { slug, file: relative(root, articlePath), sourceFile: relative(root, sourcePath), sourceText: text };
	// The content as it stands with this source in it, unannotated (other subjects may already quote it).
	const content = readContent(contentDir, root);
	const result = importSource(slug, text, meta, buildSourcebook(withPlainDraft(content, files, meta)));
	const writes = subjectWrites(result);

	// The draft must validate with everything else before a file is touched.
	const written = new Map(writes.map((w) => [w.path, w.text]));
	const present = new Set(content.subjectFiles.map((f) => resolve(root, f.file)));
	const subjectFiles = [
		...content.subjectFiles.map((f) => ({ ...f, text: written.get(resolve(root, f.file)) ?? f.text })),
		...writes.filter((w) => !present.has(w.path)).map((w) => ({ collection: w.collection, file: relative(root, w.path), text: w.text })),
	];
	buildSourcebook({ subjectFiles, articleFiles: [...content.articleFiles, { ...files, mdx: result.mdx }] });

	if (!existsSync(sourcePath)) copyFileSync(file, sourcePath);
	writeFileSync(articlePath, result.mdx);
	for (const { path, text: yaml } of writes) writeFileSync(path, yaml);
	return result;
}

function printReport(result: ImportResult): void {
	const { matched, suggested, leftAlone } = result.report;
	console.log(`\n${result.slug}: draft written to ${relative(root, join(contentDir, 'articles', `${result.slug}.mdx`))}`);
	console.log(`  Matched ${matched.reduce((n, m) => n + m.count, 0)} mentions of ${matched.length} known subjects: ${matched.map((m) => `${m.id} ×${m.count}`).join(', ') || 'none'}`);
	console.log(`  Suggested ${suggested.length}:`);
	for (const s of suggested) console.log(`    ${s.kind} ${s.id}: “${s.words}” (${s.note})`);
	console.log(`  Left alone ${leftAlone.length}:`);
	for (const l of leftAlone) console.log(`    “${l.words}”: ${l.why}`);
}

let failed = 0;
files.forEach((file, i) => {
	if (files.length > 1) process.stderr.write(`[${i + 1}/${files.length}] ${'#'.repeat(Math.round(((i + 1) / files.length) * 20)).padEnd(20, '.')} ${basename(file)}\n`);
	try {
		printReport(importOne(file));
	} catch (error) {
		failed++;
		const message = error instanceof ContentErrors || error instanceof Error ? error.message : String(error);
		console.error(`\n${basename(file)}: not imported: ${message}`);
	}
});
console.log(`\n${files.length - failed} of ${files.length} imported as drafts. \`npm run check\` lists what still needs review.`);
if (failed > 0) process.exitCode = 1;
