import { describe, expect, it } from 'vitest';
import { ContentErrors, formatFault } from '../../../../src/domain/model/errors.ts';
import { pendingText } from '../../../../src/domain/model/schema.ts';
import { buildSourcebook, type ContentInput } from '../../../../src/domain/model/sourcebook.ts';

const people = (draft: string) => `
- id: john-kerry
  name: John Kerry
  description: US Secretary of State.
  group: United States government
- id: jen-psaki
  name: Jen Psaki
  description: "${pendingText}"
  group: Drafts
${draft}
`;
const statements = (draft: string) => `
- id: psaki-concerned
  label: "We are concerned"
  speaker: jen-psaki
  date: 2014-07-20
  summary: "${pendingText}"
  mode: quoted
${draft}
`;

function content(articleDraft: boolean, personDraft: boolean, statementDraft: boolean): ContentInput {
	const marker = (on: boolean, indent: string) => (on ? `${indent}draft: ["speaker guessed: check it"]` : '');
	const source = 'Kerry flew. “We are concerned,” said Jen Psaki.';
	const body = '<Person id="john-kerry">Kerry</Person> flew. <Statement id="psaki-concerned">“We are concerned,” said <Person id="jen-psaki">Jen Psaki</Person></Statement>.';
	return {
		subjectFiles: [
			{ collection: 'people', file: 'content/people.yaml', text: people(marker(personDraft, '  ')) },
			{ collection: 'statements', file: 'content/statements.yaml', text: statements(marker(statementDraft, '  ')) },
		],
		articleFiles: [
			{
				slug: 'new-source',
				file: 'content/articles/new-source.mdx',
				mdx: `---\ntitle: New\noutlet: null\nbyline: null\npublished: 2014-07-21\nurl: null\nsummary: "${pendingText}"\n${marker(articleDraft, '')}\n---\n\n${body}\n`,
				sourceFile: 'content/sources/new-source.txt',
				sourceText: source,
			},
		],
	};
}

function faultsOf(input: ContentInput): string[] {
	try {
		buildSourcebook(input);
		return [];
	} catch (error) {
		if (error instanceof ContentErrors) return error.faults.map((f) => `${f.id ?? '-'}: ${f.fault}`);
		throw error;
	}
}

describe('drafts', () => {
	it('are validated but kept apart from what is published', () => {
		const book = buildSourcebook(content(true, true, true));
		expect(book.articles).toEqual([]);
		expect(book.subjects.map((s) => s.id)).toEqual(['john-kerry']);
		expect(book.subject('jen-psaki')).toBeUndefined();
		expect(book.mentionsOf('john-kerry')).toEqual([]);
		expect(book.drafts.articles.map((a) => a.slug)).toEqual(['new-source']);
		expect(book.drafts.subjects.map((s) => s.id)).toEqual(['jen-psaki', 'psaki-concerned']);
		expect(book.drafts.articles[0]!.mentions.map((m) => m.subjectId)).toEqual(['john-kerry', 'psaki-concerned', 'jen-psaki']);
	});

	it('still have to reproduce their source', () => {
		const input = content(true, true, true);
		input.articleFiles[0]!.sourceText = 'Kerry flew. “We are concerned,” said Jen Psaki. And more.';
		expect(faultsOf(input)).toEqual([expect.stringMatching(/^new-source: the text no longer matches/)]);
	});

	it('cannot be used by what is published, nor published with a placeholder left in', () => {
		expect(faultsOf(content(false, true, false))).toEqual([
			'psaki-concerned: summary is still the import\'s placeholder: write it before publishing',
			'psaki-concerned: speaker "jen-psaki" is still a draft: review it before publishing this statement',
			'new-source: summary is still the import\'s placeholder: write it before publishing',
			'jen-psaki: is still a draft: review it before publishing an article that marks it',
		]);
		expect(faultsOf(content(true, false, true))).toEqual(["jen-psaki: description is still the import's placeholder: write it before publishing"]);
	});

	it('name the line of the placeholder and of the tag that marks a draft', () => {
		try {
			buildSourcebook(content(false, true, true));
		} catch (error) {
			if (!(error instanceof ContentErrors)) throw error;
			expect(error.faults.map(formatFault)).toEqual([
				"content/articles/new-source.mdx:7: \"new-source\": summary is still the import's placeholder: write it before publishing",
				'content/articles/new-source.mdx:11: "psaki-concerned": is still a draft: review it before publishing an article that marks it',
				'content/articles/new-source.mdx:11: "jen-psaki": is still a draft: review it before publishing an article that marks it',
			]);
			return;
		}
		expect.unreachable('the content has faults');
	});
});
