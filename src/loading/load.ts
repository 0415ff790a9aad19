/** Reads the content folder from disk into the plain input the domain is built from. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { kindNames, kinds } from '../domain/model/schema.ts';
import { readEditorial, type Editorial, type EditorialFile } from '../domain/model/editorial.ts';
import { buildSourcebook, type ArticleFile, type ContentInput, type SubjectFile, type Sourcebook } from '../domain/model/sourcebook.ts';
import { readShardIndex, type Shard, type ShardLinks } from '../domain/views/shards.ts';

/** `content/people.yaml`, or every YAML file of `content/people/`. */
function subjectFiles(contentDir: string, root: string): SubjectFile[] {
	const files: SubjectFile[] = [];
	for (const kind of kindNames) {
		const collection = kinds[kind].collection;
		const folder = join(contentDir, collection);
		const paths = existsSync(folder)
			? readdirSync(folder).filter((name) => /\.ya?ml$/.test(name)).sort().map((name) => join(folder, name))
			: [`${folder}.yaml`, `${folder}.yml`].filter((path) => existsSync(path));
		for (const path of paths) files.push({ collection, file: relative(root, path), text: readFileSync(path, 'utf8') });
	}
	return files;
}

function articleFiles(contentDir: string, root: string): ArticleFile[] {
	const folder = join(contentDir, 'articles');
	if (!existsSync(folder)) return [];
	return readdirSync(folder)
		.filter((name) => name.endsWith('.mdx'))
		.sort()
		.map((name) => {
			const slug = name.slice(0, -'.mdx'.length);
			const sourcePath = join(contentDir, 'sources', `${slug}.txt`);
			return {
				slug,
				file: relative(root, join(folder, name)),
				mdx: readFileSync(join(folder, name), 'utf8'),
				sourceFile: relative(root, sourcePath),
				sourceText: existsSync(sourcePath) ? readFileSync(sourcePath, 'utf8') : null,
			};
		});
}

export function readContent(contentDir: string, root = join(contentDir, '..')): ContentInput {
	return { subjectFiles: subjectFiles(contentDir, root), articleFiles: articleFiles(contentDir, root) };
}

/** `content/pages/*.mdx` and `content/dossiers/*.mdx`: Sourcebook's own prose. */
export function editorialFiles(contentDir: string, root = join(contentDir, '..')): EditorialFile[] {
	return (['pages', 'dossiers'] as const).flatMap((collection) => {
		const folder = join(contentDir, collection);
		if (!existsSync(folder)) return [];
		return readdirSync(folder)
			.filter((name) => name.endsWith('.mdx'))
			.sort()
			.map((name) => ({ collection, id: name.slice(0, -'.mdx'.length), file: relative(root, join(folder, name)), mdx: readFileSync(join(folder, name), 'utf8') }));
	});
}

/** Checks the editorial pages and dossiers against a loaded sourcebook. */
export function loadEditorial(book: Sourcebook, contentDir: string, root?: string): Editorial {
	return readEditorial(book, editorialFiles(contentDir, root));
}

export function loadSourcebook(contentDir: string, root?: string): Sourcebook {
	return buildSourcebook(readContent(contentDir, root));
}

/** One shard of a sharded archive, as the shard index lists it: the subject pages its content builds. */
export function shardOfContent(base: string, label: string, contentDir: string): Shard {
	return { base, label, subjects: loadSourcebook(contentDir).subjects.map((subject) => subject.path) };
}

/** The shard index at `file` (SHARD_INDEX), checked against the build of the shard at `base`. */
export function loadShardLinks(file: string, base: string, book: Sourcebook): ShardLinks {
	return readShardIndex(readFileSync(file, 'utf8'), file, base, book.subjects.map((subject) => subject.path));
}

// One sourcebook per process: the build hook computes it, and the plugin and the pages,
// loaded in other module graphs of the same process, read it.
const current = Symbol.for('sourcebook.current');
const editorial = Symbol.for('sourcebook.editorial');
const shards = Symbol.for('sourcebook.shards');
const fault = Symbol.for('sourcebook.fault');
const listeners = Symbol.for('sourcebook.fault-listeners');
type Registry = { [current]?: Sourcebook; [editorial]?: Editorial; [shards]?: ShardLinks; [fault]?: Error; [listeners]?: ((error: Error | null) => void)[] };

/**
 * In `astro dev`, content that turned bad after an edit: until it is fixed, every page throws it,
 * so Astro shows it in the browser (its error overlay) rather than an old page. Null once fixed.
 */
export function setContentFault(error: Error | null): void {
	const registry = globalThis as Registry;
	if (error) registry[fault] = error;
	else delete registry[fault];
	for (const listener of registry[listeners] ?? []) listener(error);
}

/** Called with each content fault, and with null when the content is valid again (the dev server's overlay). */
export function onContentFault(listener: (error: Error | null) => void): void {
	const registry = globalThis as Registry;
	(registry[listeners] ??= []).push(listener);
}

export function publishSourcebook(book: Sourcebook, pages?: Editorial): void {
	(globalThis as Registry)[current] = book;
	if (pages) (globalThis as Registry)[editorial] = pages;
}

export function publishShardLinks(links: ShardLinks | null): void {
	if (links) (globalThis as Registry)[shards] = links;
	else delete (globalThis as Registry)[shards];
}

/** In a shard of a sharded archive (SHARD_INDEX), its subjects' pages in the other shards; null in a whole archive. Kept after the sourcebook is let go: the sitemaps read it last. */
export function getShardLinks(): ShardLinks | null {
	return (globalThis as Registry)[shards] ?? null;
}

/** The editorial pages and dossiers, checked against the published sourcebook. */
export function getEditorial(): Editorial {
	const pages = (globalThis as Registry)[editorial];
	if (!pages) throw new Error('The editorial pages are not loaded: the sourcebook integration must run before pages render.');
	return pages;
}

/** Lets the domain go once its last reader is done (astro.config.mjs: before the search index). */
export function releaseSourcebook(): void {
	delete (globalThis as Registry)[current];
	delete (globalThis as Registry)[editorial];
}

export function getSourcebook(): Sourcebook {
	const pending = (globalThis as Registry)[fault];
	if (pending) throw pending;
	const book = (globalThis as Registry)[current];
	if (!book) throw new Error('The sourcebook is not loaded: the sourcebook integration must run before pages render.');
	return book;
}
