/** `npm run check`: validates the content without building pages. */
import { resolve } from 'node:path';
import { ContentErrors } from '../src/domain/model/errors.ts';
import { loadEditorial, loadSourcebook } from '../src/loading/load.ts';

const contentDir = resolve(process.argv[2] ?? 'content');
try {
	const book = loadSourcebook(contentDir, process.cwd());
	const mentions = book.articles.reduce((sum, a) => sum + a.mentions.length, 0);
	const editorial = loadEditorial(book, contentDir, process.cwd());
	const citations = editorial.dossiers.reduce((sum, d) => sum + d.uses.filter((u) => u.mention).length, 0);
	console.log(`Content is valid: ${book.articles.length} articles, ${book.subjects.length} subjects, ${mentions} annotations.`);
	console.log(`Editorial pages are valid: ${editorial.pages.length} pages, ${editorial.dossiers.length} dossiers, ${citations} citations in dossiers.`);
	const { articles, subjects } = book.drafts;
	if (articles.length + subjects.length > 0) {
		console.log(`Drafts to review (not published until their \`draft\` marker is removed): ${articles.length} articles, ${subjects.length} subjects.`);
		for (const a of articles) console.log(`  - ${a.file}: "${a.slug}"${reviewNotes(a.meta.draft)}`);
		for (const s of subjects) console.log(`  - ${s.file}: "${s.id}" (${s.kind})${reviewNotes(s.data.draft)}`);
	}
} catch (error) {
	if (!(error instanceof ContentErrors)) throw error;
	console.error(error.message);
	process.exitCode = 1;
}

function reviewNotes(draft: true | string[] | undefined): string {
	return Array.isArray(draft) ? `: ${draft.join('; ')}` : '';
}
