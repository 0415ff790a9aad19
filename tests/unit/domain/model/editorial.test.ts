import { describe, expect, it } from 'vitest';
import { ContentErrors } from '../../../../src/domain/model/errors.ts';
import { checkUse, findComponentUses, readEditorial, type ComponentUse, type EditorialFile } from '../../../../src/domain/model/editorial.ts';
import { book, dossierFile } from '../../../support/editorial.ts';

const use = (component: ComponentUse['component'], attributes: Record<string, string>, words = 'some words'): ComponentUse => ({ component, line: 7, attributes, words });
const faultsOf = (u: ComponentUse) => checkUse(book, u).faults.map((f) => `${f.line} ${f.id ?? '-'} ${f.fault}`);

describe('findComponentUses', () => {
	it('finds every citing component in document order, with its line in the file, its attributes and its words', () => {
		const body = '## A heading\n\nThe <Cite ref="ban-condemns" source="one">UN chief *condemned* it</Cite>.\n\n- <Subject id="john-kerry" />\n\n<Wordings subject="ban-condemns" />\n';
		const { uses, faults } = findComponentUses(body, 10);
		expect(faults).toEqual([]);
		expect(uses.map((u) => [u.component, u.line, u.attributes, u.words])).toEqual([
			['Cite', 12, { ref: 'ban-condemns', source: 'one' }, 'UN chief condemned it'],
			['Subject', 14, { id: 'john-kerry' }, ''],
			['Wordings', 16, { subject: 'ban-condemns' }, ''],
		]);
	});

	it('refuses an unknown component and an attribute that is not a literal', () => {
		const { faults } = findComponentUses('Text <Citation ref="x" />.\n\n<Value figure={"talks-held-3"} />\n');
		expect(faults.map((f) => `${f.line} ${f.fault}`)).toEqual([
			expect.stringMatching(/^1 unknown component <Citation>/),
			expect.stringMatching(/^3 <Value> takes literal attributes only/),
		]);
	});

	it('reports malformed MDX with its line', () => {
		const { faults } = findComponentUses('Fine.\n\n<Cite ref="a" source="one">never closed\n', 5);
		expect(faults).toHaveLength(1);
		expect(faults[0]!.fault).toMatch(/^malformed MDX/);
		expect(faults[0]!.line).toBeGreaterThanOrEqual(5);
	});
});

describe('checkUse', () => {
	it('accepts each component naming what exists, and resolves a citation to the source’s first annotation of the subject', () => {
		for (const u of [
			use('Quote', { statement: 'ban-condemns', source: 'one' }),
			use('Cite', { ref: 'john-kerry', source: 'two' }),
			use('Subject', { id: 'ban-ki-moon' }),
			use('Value', { figure: 'talks-held-3' }),
			use('Wordings', { subject: 'talks-held-3' }),
		]) {
			expect(faultsOf(u)).toEqual([]);
		}
		const cited = checkUse(book, use('Cite', { ref: 'john-kerry', source: 'two' })).use!;
		expect([cited.mention?.article, cited.mention?.anchor, cited.mention?.words]).toEqual(['two', 'john-kerry', 'Kerry']);
	});

	it.each([
		['Quote', { statement: 'ban-condem', source: 'one' }, /^7 ban-condem <Quote> statement names unknown id/],
		['Cite', { ref: 'jon-kerry', source: 'one' }, /^7 jon-kerry <Cite> ref names unknown id/],
		['Subject', { id: 'nobody' }, /^7 nobody <Subject> id names unknown id/],
		['Value', { figure: 'talks-held-4' }, /^7 talks-held-4 <Value> figure names unknown id/],
		['Wordings', { subject: 'no-such-statement' }, /^7 no-such-statement <Wordings> subject names unknown id/],
	] as const)('%s: an unknown id is a fault naming the line and the id', (component, attributes, fault) => {
		expect(faultsOf(use(component, attributes))).toEqual([expect.stringMatching(fault)]);
	});

	it.each([
		['Quote', { statement: 'john-kerry', source: 'one' }, /<Quote> statement must name a statement, and "john-kerry" is a person/],
		['Value', { figure: 'ban-condemns' }, /<Value> figure must name a figure, and "ban-condemns" is a statement/],
		['Wordings', { subject: 'ban-ki-moon' }, /<Wordings> subject must name a statement or a figure, and "ban-ki-moon" is a person/],
	] as const)('%s: a subject of the wrong kind is a fault', (component, attributes, fault) => {
		expect(faultsOf(use(component, attributes))).toEqual([expect.stringMatching(fault)]);
	});

	it.each([
		['Quote', { statement: 'ban-condemns', source: 'three' }],
		['Cite', { ref: 'john-kerry', source: 'three' }],
	] as const)('%s: an unknown source is a fault', (component, attributes) => {
		expect(faultsOf(use(component, attributes))).toEqual([expect.stringMatching(/^7 three <.+> names unknown source/)]);
	});

	it.each([
		['Quote', { statement: 'ban-condemns', source: 'two' }, 'ban-condemns'],
		['Cite', { ref: 'ban-ki-moon', source: 'two' }, 'ban-ki-moon'],
	] as const)('%s: a source that does not mention the subject is a fault', (component, attributes, id) => {
		expect(faultsOf(use(component, attributes))).toEqual([`7 ${id} <${component}>: the source "two" does not mention this subject`]);
	});

	it('refuses a missing or unknown attribute and an empty <Cite>', () => {
		expect(faultsOf(use('Quote', { statement: 'ban-condemns' }))).toEqual(['7 - <Quote> needs a source="…" attribute']);
		expect(faultsOf(use('Subject', { id: 'john-kerry', source: 'one' }))).toEqual([expect.stringMatching(/<Subject> has no attribute "source"/)]);
		expect(faultsOf(use('Cite', { ref: 'john-kerry', source: 'one' }, ''))).toEqual(['7 john-kerry <Cite> is empty: it must wrap the words that make the claim']);
	});
});

function faultsOfFiles(files: EditorialFile[]): string[] {
	try {
		readEditorial(book, files);
	} catch (error) {
		if (error instanceof ContentErrors) return error.faults.map((f) => `${f.file}:${f.line ?? '-'} ${f.id ?? '-'} ${f.fault}`);
		throw error;
	}
	return [];
}

describe('readEditorial', () => {
	it('numbers notes by first use, one per cited annotation or subject, and counts each note’s uses', () => {
		const editorial = readEditorial(book, [
			dossierFile(
				'<Cite ref="john-kerry" source="two">Kerry flew</Cite>, <Subject id="ban-ki-moon">Ban</Subject> spoke: <Quote statement="ban-condemns" source="one" />. <Cite ref="john-kerry" source="two">Again</Cite>; <Cite ref="john-kerry" source="one">elsewhere</Cite>. <Value figure="talks-held-3" />.',
			),
		]);
		const dossier = editorial.dossiers[0]!;
		expect(dossier.notes.map((n) => [n.number, n.id, n.uses])).toEqual([
			[1, 'note-two--john-kerry', 2],
			[2, 'note-ban-ki-moon', 1],
			[3, 'note-one--ban-condemns', 1],
			[4, 'note-one--john-kerry', 1],
		]);
		expect(dossier.uses.map((u) => u.note)).toEqual([1, 2, 3, 1, 4, null]);
		expect(dossier.subjects.sort()).toEqual(['ban-condemns', 'ban-ki-moon', 'john-kerry', 'talks-held-3']);
		expect(editorial.discussing('talks-held-3').map((d) => d.id)).toEqual(['a-question']);
		expect(editorial.discussing('ban-ki-moon-spokesperson')).toEqual([]);
	});

	it('names the file, the line in the file and the fault', () => {
		expect(faultsOfFiles([dossierFile('Fine.\n\nThen <Cite ref="ban-ki-moon" source="two">Ban</Cite>.')])).toEqual([
			'content/dossiers/a-question.mdx:11 ban-ki-moon <Cite>: the source "two" does not mention this subject',
		]);
	});

	it('checks the frontmatter: required fields, and the subjects a dossier names', () => {
		const faults = faultsOfFiles([dossierFile('Text.', 'subjects: [jon-kerry]'), { ...dossierFile('Text.', ''), id: 'no-subjects', file: 'content/dossiers/no-subjects.mdx' }]);
		expect(faults).toEqual([
			'content/dossiers/a-question.mdx:6 jon-kerry frontmatter subjects names unknown id: no subject has it',
			expect.stringMatching(/^content\/dossiers\/no-subjects\.mdx:2 no-subjects frontmatter subjects: /),
		]);
	});

	it('reads a page without subjects, and keeps drafts out', () => {
		const page: EditorialFile = { collection: 'pages', id: 'about', file: 'content/pages/about.mdx', mdx: '---\ntitle: About\nsummary: About us.\ndate: 2014-07-22\nauthors: [Tester]\n---\n\nWe are <Subject id="john-kerry" />’s readers.\n' };
		const draft: EditorialFile = { ...page, id: 'later', file: 'content/pages/later.mdx', mdx: page.mdx.replace('authors: [Tester]', 'authors: [Tester]\ndraft: true') };
		const editorial = readEditorial(book, [page, draft]);
		expect(editorial.pages.map((p) => p.id)).toEqual(['about']);
		expect(editorial.entry('pages', 'later')).toBeUndefined();
	});

	it('finds the dossiers discussing a subject, newest first, from an index made once', () => {
		const older: EditorialFile = { ...dossierFile('<Subject id="ban-ki-moon">Ban</Subject> spoke.'), id: 'older', file: 'content/dossiers/older.mdx' };
		const newer: EditorialFile = { ...dossierFile('Kerry flew.'), id: 'newer', file: 'content/dossiers/newer.mdx', mdx: dossierFile('Kerry flew.').mdx.replace('2014-07-22', '2014-07-23') };
		const editorial = readEditorial(book, [older, newer]);
		expect(editorial.discussing('john-kerry').map((d) => d.id)).toEqual(['newer', 'older']);
		expect(editorial.discussing('ban-ki-moon').map((d) => d.id)).toEqual(['older']);
		expect(editorial.discussing('ban-condemns')).toEqual([]);
		// The same list each time: looked up, not filtered again for every subject page.
		expect(editorial.discussing('john-kerry')).toBe(editorial.discussing('john-kerry'));
		expect(editorial.entry('dossiers', 'newer')?.id).toBe('newer');
		expect(editorial.entry('pages', 'newer')).toBeUndefined();
	});
});
