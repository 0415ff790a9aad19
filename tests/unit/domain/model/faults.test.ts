/** Faults told in plain words, with the file and line, one message for one cause. */
import { describe, expect, it } from 'vitest';
import { ContentErrors, formatFault } from '../../../../src/domain/model/errors.ts';
import { buildSourcebook, type ContentInput } from '../../../../src/domain/model/sourcebook.ts';

const source = 'Kerry met Ban in Cairo.';
const body = '<Person id="john-kerry">Kerry</Person> met <Person id="ban-ki-moon">Ban</Person> in Cairo.';
const people = `- id: john-kerry
  name: John Kerry
  description: US Secretary of State in the report.
  group: United States
- id: ban-ki-moon
  name: Ban Ki-moon
  description: UN Secretary-General in the report.
  group: United Nations
`;

function content(frontmatter: string, peopleYaml = people, slug = 'talks'): ContentInput {
	return {
		subjectFiles: [{ collection: 'people', file: 'content/people.yaml', text: peopleYaml }],
		articleFiles: [{ slug, file: `content/articles/${slug}.mdx`, mdx: `---\n${frontmatter}---\n\n${body}\n`, sourceFile: `content/sources/${slug}.txt`, sourceText: source }],
	};
}

function faults(input: ContentInput): string[] {
	try {
		buildSourcebook(input);
	} catch (error) {
		if (error instanceof ContentErrors) return error.faults.map(formatFault);
		throw error;
	}
	return [];
}

const minimal = 'title: Talks in Cairo\noutlet: null\nbyline: null\npublished: 2014-07-21\nsummary: Kerry and Ban meet.\n';

describe('frontmatter', () => {
	it('needs only title, outlet, byline, published and summary', () => {
		const book = buildSourcebook(content(minimal));
		expect(book.article('talks')!.meta).toMatchObject({ url: null, editorialTitle: false });
	});

	it.each([
		['url: not a web address', `${minimal}url: dailynews example\n`, "content/articles/talks.mdx:7: \"talks\": url: not a web address (write the original's address, or leave the line out)"],
		['title missing', minimal.replace('title: Talks in Cairo\n', ''), 'content/articles/talks.mdx:2: "talks": title: missing (write the source\'s headline; if it has none, a title of your own and editorialTitle: true)'],
		['outlet missing', minimal.replace('outlet: null\n', ''), 'content/articles/talks.mdx:2: "talks": outlet: missing (write the outlet\'s name, or null when the source does not name it)'],
		['byline on two lines', minimal.replace('byline: null\n', 'byline: |\n  A\n  B\n'), 'content/articles/talks.mdx:4: "talks": byline: not one line of text (write the author as the source names them, or null when there is none)'],
		['published not a date', minimal.replace('published: 2014-07-21', 'published: last Sunday'), 'content/articles/talks.mdx:5: "talks": published: not a date (write the report\'s date, as YYYY-MM-DD (or YYYY-MM, YYYY))'],
		['summary missing', minimal.replace('summary: Kerry and Ban meet.\n', ''), 'content/articles/talks.mdx:2: "talks": summary: missing (write one neutral line saying what the source reports)'],
		['a misspelt field', `${minimal}outlett: Daily\n`, 'content/articles/talks.mdx:2: "talks": outlett: not a field of an article (check its spelling; the fields are title, editorialTitle, outlet, byline, published, url, summary, provenance, draft)'],
	])('%s: says so in plain words, with the line and what to write', (_, frontmatter, message) => {
		expect(faults(content(frontmatter))).toEqual([message]);
	});
});

describe('faults in YAML', () => {
	it('name the line of the field', () => {
		const broken = people.replace('  group: United Nations\n', '  group: United Nations\n  description2: x\n').replace('name: Ban Ki-moon', 'name: [Ban]');
		expect(faults(content(minimal, broken))).toEqual([
			'content/people.yaml:6: "ban-ki-moon": name: not one line of text (write the name as the sources give it in full)',
			'content/people.yaml:5: "ban-ki-moon": description2: not a field of a person (check its spelling; the fields are id, name, aliases, description, context, group, differences, draft, roles)',
		]);
	});
});

describe('faults about a whole file', () => {
	it('name its first line, or where its YAML starts', () => {
		expect(faults(content(minimal, '\n# people\nname: Kerry\n'))).toEqual(['content/people.yaml:3: malformed YAML: expected a list of people, one entry per subject']);
		expect(faults(content(minimal, people, 'Talks'))).toEqual([
			'content/articles/Talks.mdx:1: "Talks": an article slug must be kebab-case: rename the file (and its source) in lowercase letters, digits and single hyphens',
		]);
	});
});

describe('one cause, one message', () => {
	it('one article without a title is one fault, the entries quoting it folded under it', () => {
		const quoting = Array.from({ length: 14 }, (_, i) => `- id: person-${i}\n  name: Person ${i}\n  description: Someone.\n  group: Test\n  differences:\n    - aspect: names\n      summary: The report names Kerry.\n      readings:\n        talks: Kerry\n`).join('');
		const result = faults(content(minimal.replace('title: Talks in Cairo\n', ''), people + quoting));
		expect(result).toHaveLength(1);
		expect(result[0]).toMatch(/talks\.mdx:2: "talks": title: missing .*; and 14 entries that quote this article \(not checked until it is fixed\)$/);
	});

	it('one mistyped id used many times is one fault', () => {
		const input = content(minimal, people.replace('id: john-kerry', 'id: john-kery'));
		input.articleFiles.push({ ...input.articleFiles[0]!, slug: 'again', file: 'content/articles/again.mdx' });
		expect(faults(input)).toEqual(['content/articles/talks.mdx:9: "john-kerry": <Person> names unknown id: no people entry has it (check its spelling, or add the entry); and 1 more use of the same id in 2 articles']);
	});
});

describe('an article and its source', () => {
	it('a text that parts from its source names the MDX line and column, and the source line and column', () => {
		const input = content(minimal);
		input.articleFiles[0]!.mdx = input.articleFiles[0]!.mdx.replace('in Cairo.', 'in\nthe city of Cairo.');
		expect(faults(input)).toEqual([
			'content/articles/talks.mdx:10:1: "talks": the text no longer matches its source from here, content/sources/talks.txt:1:18: the source has "Kerry met Ban in Cairo.", the article has "Kerry met Ban in the city of Cairo."',
		]);
	});

	it('a missing source names the article and its first line', () => {
		const input = content(minimal);
		input.articleFiles[0]!.sourceText = null;
		expect(faults(input)).toEqual([
			'content/articles/talks.mdx:1: "talks": the source file content/sources/talks.txt is missing: every article reproduces a source kept in content/sources/',
		]);
	});

	it('an anchor used twice names the line of the tag that claims it second', () => {
		const input = content(minimal, `${people}- id: john-kerry-2\n  name: Another Kerry\n  description: Someone else.\n  group: Test\n`);
		const article = input.articleFiles[0]!;
		article.sourceText = 'Kerry met Kerry.\nKerry two.';
		article.mdx = `---\n${minimal}---\n\n<Person id="john-kerry">Kerry</Person> met <Person id="john-kerry">Kerry</Person>.\n\n<Person id="john-kerry-2">Kerry</Person> two.\n`;
		expect(faults(input)).toEqual([
			'content/articles/talks.mdx:11: "john-kerry-2": anchor "john-kerry-2" would be used twice on the page: rename a subject so that ids and numbered anchors cannot collide',
		]);
	});
});
