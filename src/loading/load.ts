/** Reads the content folder from disk into the plain input the domain is built from. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { kindNames, kinds } from '../domain/model/schema.ts';
import { readEditorial, type Editorial, type EditorialFile } from '../domain/model/editorial.ts';
import { buildSourcebook, type ArticleFile, type ContentInput, type SubjectFile, type Sourcebook } from '../domain/model/sourcebook.ts';

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

// One sourcebook per process: the build hook computes it, and the plugin and the pages,
// loaded in other module graphs of the same process, read it.
const current = Symbol.for('sourcebook.current');
const editorial = Symbol.for('sourcebook.editorial');
type Registry = { [current]?: Sourcebook; [editorial]?: Editorial };

export function publishSourcebook(book: Sourcebook, pages?: Editorial): void {
	(globalThis as Registry)[current] = book;
	if (pages) (globalThis as Registry)[editorial] = pages;
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
	const book = (globalThis as Registry)[current];
	if (!book) throw new Error('The sourcebook is not loaded: the sourcebook integration must run before pages render.');
	return book;
}
