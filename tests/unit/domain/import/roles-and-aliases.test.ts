/** Titles resolved to the person who held them at the source's date, and abbreviations read as known subjects. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { abbreviationForms, compactForm, initials, roleNames } from '../../../../src/domain/import/name-forms.ts';
import { importSource } from '../../../../src/domain/import/import-source.ts';
import { loadSourcebook } from '../../../../src/loading/load.ts';
import { projectRoot } from '../../../support/build.ts';

const roles = [
	{ title: 'Secretary of State', aliases: ['the top US diplomat'], from: '2013-02-01' },
	{ title: 'Senator', aliases: [], from: '1985-01-03', to: '2013-02-01' },
];

describe('name forms', () => {
	it('gives the titles a person held on a date, and only those', () => {
		expect(roleNames(roles, '2014-07-21')).toEqual(['Secretary of State', 'the Secretary of State', 'the top US diplomat']);
		expect(roleNames(roles, '2010-05')).toEqual(['Senator', 'the Senator']);
		expect(roleNames(roles, '2012')).toEqual(['Senator', 'the Senator']);
	});

	it('writes abbreviations with and without full stops, and compares names by their letters', () => {
		expect(abbreviationForms('US')).toEqual(['U.S.']);
		expect(abbreviationForms('U.N.')).toEqual(['UN']);
		expect(abbreviationForms('Kerry')).toEqual([]);
		expect(compactForm('U.S.')).toBe(compactForm('US'));
		expect(initials('Israel Defense Forces')).toBe('IDF');
		expect(initials('Hamas')).toBeNull();
	});
});

describe('importing a readout with the content’s own knowledge', () => {
	const book = loadSourcebook(join(projectRoot, 'content'), projectRoot);
	const readout =
		'Readout of the President’s Call\n' +
		'The President spoke today with the Israeli prime minister, their second call in three days. ' +
		'The President discussed Israel’s ongoing military operation in Gaza. The President said a ceasefire must hold. ' +
		'Officials said the U.S. would keep working with the UN and the IDF liaison. ' +
		'The Secretary of State will travel to Cairo.\n';
	const result = importSource('readout', readout, { published: '2014-07-21' }, book);
	const marked = (id: string) => [...result.mdx.matchAll(new RegExp(`<(?:Person|Org|Place) id="${id}">([^<]*)<`, 'g'))].map((m) => m[1]);

	it('reads titles as the people who held them on the source’s date', () => {
		expect(marked('barack-obama')).toEqual(['the President', 'The President', 'The President', 'The President']);
		expect(marked('benjamin-netanyahu')).toEqual(['the Israeli prime minister']);
		expect(marked('john-kerry')).toEqual(['The Secretary of State']);
	});

	it('reads U.S., UN and IDF as the known subjects, suggesting none of them as new', () => {
		expect(marked('united-states')).toContain('U.S.');
		expect(marked('united-nations')).toContain('UN');
		expect(result.report.suggested.map((s) => s.words)).not.toEqual(expect.arrayContaining(['U.S.']));
		expect(result.report.suggested.filter((s) => ['U.S.', 'UN', 'IDF'].includes(s.words))).toEqual([]);
	});

	it('guesses the President as the speaker of what he said, and counts calls and days only because the content does', () => {
		const said = result.entries.find((e) => e.kind === 'statement' && String(e.data.label).includes('ceasefire must hold'));
		expect(said?.data.speaker).toBe('barack-obama');
		// The first edition counts calls and days (figures.yaml), so “second call” and “three days” are
		// suggested here; without such figures they are not (suggestions.test.ts).
		const figures = result.report.suggested.filter((s) => s.kind === 'figure').map((s) => s.words);
		expect(figures).toEqual(['second call', 'three days']);
	});
});

describe('aliases of a new person', () => {
	const book = loadSourcebook(join(projectRoot, 'content'), projectRoot);
	const text =
		'Harbour master Oona Kestering of the Tollan Port Board spoke to reporters.\n' +
		'MS KESTERING: The pier reopens on Friday.\n' +
		'Kestering said the Tollan Port Board would pay for the repairs.\n' +
		'The Ravel Institute of Tides checked the pier; the Ravel Institute found no fault.\n';
	const result = importSource('briefing', text, { published: '2029-10-09' }, book);

	it('takes the surname alone and the name in capitals where the text uses them, and marks them', () => {
		const person = result.entries.find((e) => e.data.name === 'Oona Kestering');
		expect(person?.data.aliases).toEqual(['Kestering', 'KESTERING']);
		const marked = [...result.mdx.matchAll(new RegExp(`<Person id="${person?.data.id}">([^<]*)<`, 'g'))].map((m) => m[1]);
		expect(marked).toEqual(['Oona Kestering', 'KESTERING', 'Kestering']);
	});

	it('takes an organization’s name without its “of …” as an alias of the full name', () => {
		const organizations = result.entries.filter((e) => e.kind === 'organization').map((e) => [e.data.name, e.data.aliases]);
		expect(organizations).toEqual([
			['Tollan Port Board', []],
			['Ravel Institute of Tides', ['Ravel Institute']],
		]);
	});
});
