/** A small sourcebook and dossier files for the editorial unit tests. */
import type { EditorialFile } from '../../src/domain/model/editorial.ts';
import { buildSourcebook } from '../../src/domain/model/sourcebook.ts';
import { people, statements } from './subjects.ts';

const figures = `
- id: talks-held-3
  label: Rounds of talks held
  value: 3
  unit: rounds of talks
  qualifier: more-than
  asOf: "2014-07-20"
  measure: rounds-of-talks
`;

// Two small sources: "one" mentions Ban, Kerry, the statement and the figure; "two" mentions Kerry only.
export const book = buildSourcebook({
	subjectFiles: [
		{ collection: 'people', file: 'content/people.yaml', text: people },
		{ collection: 'statements', file: 'content/statements.yaml', text: statements },
		{ collection: 'figures', file: 'content/figures.yaml', text: figures },
	],
	articleFiles: [
		{
			slug: 'one',
			file: 'content/articles/one.mdx',
			mdx: '---\ntitle: One\noutlet: null\nbyline: null\npublished: 2014-07-21\nurl: null\nsummary: A test.\n---\n\n<Person id="ban-ki-moon">Ban</Person> said: <Statement id="ban-condemns">“I condemn this.”</Statement> <Person id="john-kerry">Kerry</Person> counted <Figure id="talks-held-3">more than three rounds of talks</Figure>.\n',
			sourceFile: 'content/sources/one.txt',
			sourceText: 'Ban said: “I condemn this.” Kerry counted more than three rounds of talks.',
		},
		{
			slug: 'two',
			file: 'content/articles/two.mdx',
			mdx: '---\ntitle: Two\noutlet: null\nbyline: null\npublished: 2014-07-21\nurl: null\nsummary: A test.\n---\n\n<Person id="john-kerry">Kerry</Person> flew.\n',
			sourceFile: 'content/sources/two.txt',
			sourceText: 'Kerry flew.',
		},
	],
});

/** A dossier file whose body starts on line 8. */
export const dossierFile = (body: string, frontmatter = 'subjects: [john-kerry]'): EditorialFile => ({
	collection: 'dossiers',
	id: 'a-question',
	file: 'content/dossiers/a-question.mdx',
	mdx: `---\ntitle: A question\nsummary: A test dossier.\ndate: 2014-07-22\nauthors: [Tester]\n${frontmatter}\n---\n\n${body}\n`,
});
