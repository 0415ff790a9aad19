/** A sourcebook of one person, Ann, and one article about her: the smallest content a writer can be tested on. */
import { buildSourcebook, type Sourcebook } from '../../src/domain/model/sourcebook.ts';

export interface OneArticle {
	/** Ann's name and description, as YAML scalars (quote them to hold markup). */
	name: string;
	description: string;
	/** The article's MDX body and its source text. */
	body: string;
	source: string;
}

export function oneArticleBook({ name, description, body, source }: OneArticle): Sourcebook {
	return buildSourcebook({
		subjectFiles: [{ collection: 'people', file: 'people.yaml', text: `- id: ann\n  name: ${name}\n  aliases: []\n  description: ${description}\n  group: People\n` }],
		articleFiles: [
			{
				slug: 'a',
				file: 'a.mdx',
				mdx: `---\ntitle: A\noutlet: null\nbyline: null\npublished: 2014-07-21\nurl: null\nsummary: S.\n---\n\n${body}`,
				sourceFile: 'a.txt',
				sourceText: source,
			},
		],
	});
}
