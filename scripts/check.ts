/** `npm run check`: validates the content without building pages. */
import { resolve } from 'node:path';
import { ContentErrors } from '../src/domain/errors.ts';
import { loadSourcebook } from '../src/domain/load.ts';

const contentDir = resolve(process.argv[2] ?? 'content');
try {
	const book = loadSourcebook(contentDir, process.cwd());
	const mentions = book.articles.reduce((sum, a) => sum + a.mentions.length, 0);
	console.log(`Content is valid: ${book.articles.length} articles, ${book.subjects.length} subjects, ${mentions} annotations.`);
} catch (error) {
	if (!(error instanceof ContentErrors)) throw error;
	console.error(error.message);
	process.exitCode = 1;
}
