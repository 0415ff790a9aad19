import { describe, expect, it } from 'vitest';
import { book as threeSources } from '../../../support/three-sources.ts';
import { ContentErrors } from '../../../../src/domain/model/errors.ts';
import { buildSourcebook, type ContentInput } from '../../../../src/domain/model/sourcebook.ts';
import { people, statements } from '../../../support/subjects.ts';

function article(slug: string, body: string) {
	return {
		slug,
		file: `content/articles/${slug}.mdx`,
		mdx: `---\ntitle: ${slug}\noutlet: null\nbyline: null\npublished: 2014-07-21\nurl: null\nsummary: A test.\n---\n\n${body}\n`,
		sourceFile: `content/sources/${slug}.txt`,
	};
}

function input(articles: { slug: string; body: string; source: string }[], extra: Partial<Record<'people' | 'statements', string>> = {}): ContentInput {
	return {
		subjectFiles: [
			{ collection: 'people', file: 'content/people.yaml', text: extra.people ?? people },
			{ collection: 'statements', file: 'content/statements.yaml', text: extra.statements ?? statements },
		],
		articleFiles: articles.map(({ slug, body, source }) => ({ ...article(slug, body), sourceText: source })),
	};
}

const one = {
	slug: 'one',
	source: 'The UN chief said:\n“I condemn this.” Ban met Kerry.',
	body: 'The <Person id="ban-ki-moon">UN chief</Person> said:\n\n<Statement id="ban-condemns">“I condemn this.”</Statement> <Person id="ban-ki-moon">Ban</Person> met <Person id="john-kerry">Kerry</Person>.',
};
const two = {
	slug: 'two',
	source: 'Kerry flew. Ban stayed.',
	body: '<Person id="john-kerry">Kerry</Person> flew. <Person id="ban-ki-moon">Ban</Person> stayed.',
};

function faultsOf(content: ContentInput): string[] {
	try {
		buildSourcebook(content);
	} catch (error) {
		if (error instanceof ContentErrors) return error.faults.map((f) => `${f.file} ${f.id ?? '-'} ${f.fault}`);
		throw error;
	}
	return [];
}

describe('buildSourcebook', () => {
	const book = buildSourcebook(input([one, two]));

	it('ties every mention to its exact words in the source file', () => {
		const article = book.article('one')!;
		for (const mention of article.mentions) {
			expect(article.sourceText.slice(mention.start, mention.end)).toBe(mention.words);
		}
		expect(article.mentions.map((m) => m.words)).toEqual(['UN chief', '“I condemn this.”', 'Ban', 'Kerry']);
	});

	it('assigns anchors per the markup rules and numbers notes by first appearance', () => {
		const article = book.article('one')!;
		expect(article.mentions.map((m) => m.anchor)).toEqual(['ban-ki-moon', 'ban-condemns', 'ban-ki-moon-2', 'john-kerry']);
		expect(article.notes.map((n) => [n.number, n.id, n.mentions.length])).toEqual([
			[1, 'note-ban-ki-moon', 2],
			[2, 'note-ban-condemns', 1],
			[3, 'note-john-kerry', 1],
		]);
		expect(article.mentions.map((m) => m.note)).toEqual([1, 2, 1, 3]);
	});

	it('cross-references a subject across articles', () => {
		expect(book.mentionsOf('ban-ki-moon').map((m) => `${m.article}#${m.anchor}`)).toEqual([
			'one#ban-ki-moon',
			'one#ban-ki-moon-2',
			'two#ban-ki-moon',
		]);
		expect(book.mentionsOf('ban-condemns')).toHaveLength(1);
	});

	it('keeps the sentence around each mention', () => {
		const kerry = book.article('one')!.mentions.at(-1)!;
		expect(`${kerry.context.before}[${kerry.words}]${kerry.context.after}`).toBe('Ban met [Kerry].');
	});

	it('records the enclosing annotation of a nested one', () => {
		const nested = buildSourcebook(
			input([{ slug: 'n', source: '“Ban is here”', body: '<Statement id="ban-condemns">“<Person id="ban-ki-moon">Ban</Person> is here”</Statement>' }]),
		);
		expect(nested.article('n')!.mentions.map((m) => m.parentAnchor)).toEqual([null, 'ban-condemns']);
	});
});

describe('validation', () => {
	it('names the file, the id and the fault of an unknown id', () => {
		const faults = faultsOf(input([{ ...one, body: one.body.replace('john-kerry', 'jon-kerry') }]));
		expect(faults).toEqual([expect.stringMatching(/^content\/articles\/one\.mdx jon-kerry .*unknown id/)]);
	});

	it('refuses a span whose kind does not match its subject', () => {
		const faults = faultsOf(input([{ ...one, body: one.body.replace('<Person id="john-kerry">Kerry</Person>', '<Place id="john-kerry">Kerry</Place>') }]));
		expect(faults).toEqual([expect.stringMatching(/john-kerry <Place> marks a person: use <Person>/)]);
	});

	it('refuses a statement whose speaker is unknown', () => {
		const faults = faultsOf(input([one], { statements: statements.replace('speaker: ban-ki-moon', 'speaker: nobody') }));
		expect(faults).toEqual(['content/statements.yaml ban-condemns unknown speaker "nobody"']);
	});

	it('refuses duplicate ids across collections', () => {
		const faults = faultsOf(input([one], { statements: statements.replace('id: ban-condemns', 'id: john-kerry') }));
		expect(faults.some((f) => f.startsWith('content/statements.yaml john-kerry duplicate id: already used in content/people.yaml'))).toBe(true);
	});

	it('shows where an article stops matching its source', () => {
		const faults = faultsOf(input([{ ...one, source: one.source.replace('met', 'saw') }]));
		expect(faults).toEqual([expect.stringMatching(/one .*sources\/one\.txt:2:23: the source has .*saw Kerry.*the article has .*met Kerry/)]);
	});

	it('reports every fault at once', () => {
		const faults = faultsOf(input([{ ...one, body: one.body.replace('john-kerry', 'x-1').replace('ban-condemns', 'y-2') }]));
		expect(faults).toHaveLength(2);
	});

	it('refuses Markdown that would change the text', () => {
		const faults = faultsOf(input([{ slug: 'md', source: 'A *bold* claim', body: 'A *bold* claim' }]));
		expect(faults.some((f) => f.includes('Markdown or MDX syntax (emphasis)'))).toBe(true);
	});
});

describe('mentionsByArticle', () => {
	it('groups a subject’s mentions by article once, as a scan of every article would', () => {
		const scanned = threeSources.articles
			.map((article) => ({ article, mentions: article.mentions.filter((m) => m.subjectId === 'john-kerry') }))
			.filter((group) => group.mentions.length > 0);
		expect(threeSources.mentionsByArticle('john-kerry')).toEqual(scanned);
		// Every note and subject page asks: the second answer is the first, not a new scan.
		expect(threeSources.mentionsByArticle('john-kerry')).toBe(threeSources.mentionsByArticle('john-kerry'));
		expect(threeSources.mentionsByArticle('nobody')).toEqual([]);
	});
});

describe('figuresOfMeasure', () => {
	it('gives the figures of a measure by date, grouped once for every figure page', () => {
		// killed-509 is dated the 21st, killed-100 the 20th.
		expect(threeSources.figuresOfMeasure('killed').map((f) => f.id)).toEqual(['killed-100', 'killed-509']);
		expect(threeSources.figuresOfMeasure('calls').map((f) => f.id)).toEqual(['calls']);
		expect(threeSources.figuresOfMeasure('killed')).toBe(threeSources.figuresOfMeasure('killed'));
		expect(threeSources.figuresOfMeasure('no-such-measure')).toEqual([]);
	});
});
