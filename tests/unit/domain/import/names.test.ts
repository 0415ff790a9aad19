import { describe, expect, it } from 'vitest';
import { matchNames, type NamedSubject } from '../../../../src/domain/import/names.ts';

const subject = (id: string, kind: NamedSubject['kind'], name: string, aliases: string[] = [], about = ''): NamedSubject => ({ id, kind, name, aliases, about });

const subjects = [
	subject('ban-ki-moon', 'person', 'Ban Ki-moon', ['Ban Ki-Moon', 'Ban', 'United Nations Secretary General', 'the UN chief']),
	subject('united-nations', 'organization', 'United Nations', ['UN']),
	subject('united-states', 'place', 'United States', ['US']),
	subject('john-kerry', 'person', 'John Kerry', ['Kerry', 'Secretary of State John Kerry', 'United States Secretary of State John Kerry']),
	subject('us-state-department', 'organization', 'United States Department of State', ['US State Department', 'State Department']),
	subject('egypt', 'place', 'Egypt'),
	subject('israel', 'place', 'Israel'),
	subject('sameh-shoukry', 'person', 'Sameh Shoukry', ['Egypt’s foreign minister Sameh Shoukry']),
	subject('al-shujaiah', 'place', 'Al-Shuja’iah', [], 'A neighbourhood in the east of Gaza City.'),
	subject('gaza-strip', 'place', 'Gaza Strip', ['Gaza']),
	subject('gaza-city', 'place', 'Gaza City', ['Gaza']),
	subject('middle-east', 'place', 'Middle East', ['the region']),
];

/** Each mark as `id: words`, in order. */
function marks(text: string, usage = new Map<string, Map<string, number>>()): string[] {
	return matchNames(text, subjects, usage).marks.map((m) => `${m.id}: ${text.slice(m.start, m.end)}`);
}

describe('matching known subjects by name', () => {
	it('never matches inside another word', () => {
		expect(marks('The USA banned Bank Israeli thus Egyptian Banners')).toEqual([]);
		expect(marks('Israel, Israelis and Egypt.')).toEqual(['israel: Israel', 'egypt: Egypt']);
	});

	it('marks a possessive name without its ’s, curly or straight', () => {
		expect(marks('Egypt’s proposal and Israel\'s right')).toEqual(['egypt: Egypt', "israel: Israel"]);
	});

	it('takes curly and straight apostrophes inside a name alike', () => {
		expect(marks("in Al-Shuja'iah and Al-Shuja’iah")).toEqual(["al-shujaiah: Al-Shuja'iah", 'al-shujaiah: Al-Shuja’iah']);
	});

	it('matches a name split across a line break or extra spaces', () => {
		expect(marks('said John\nKerry and John  Kerry')).toEqual(['john-kerry: John\nKerry', 'john-kerry: John  Kerry']);
	});

	it('takes the longest match first', () => {
		expect(marks('the US State Department said')).toEqual(['us-state-department: US State Department']);
		expect(marks('Ban Ki-Moon met Ban')).toEqual(['ban-ki-moon: Ban Ki-Moon', 'ban-ki-moon: Ban']);
	});

	it('capitalizes an alias that starts in lowercase at the start of a sentence, and no other letter', () => {
		expect(marks('The UN chief went to the region. The Region')).toEqual(['ban-ki-moon: The UN chief', 'middle-east: the region']);
	});

	it('marks the name inside a title that names other subjects, and those subjects too', () => {
		expect(marks('The United Nations Secretary General Ban Ki-Moon and United States Secretary of State John Kerry')).toEqual([
			'united-nations: United Nations',
			'ban-ki-moon: Ban Ki-Moon',
			'united-states: United States',
			'john-kerry: John Kerry',
		]);
		expect(marks('Egypt’s foreign minister Sameh Shoukry')).toEqual(['egypt: Egypt', 'sameh-shoukry: Sameh Shoukry']);
		// A title naming no one stays with the name.
		expect(marks('Secretary of State John Kerry')).toEqual(['john-kerry: Secretary of State John Kerry']);
	});

	it('tells apart subjects sharing a name by what the content says of the others in the sentence', () => {
		expect(marks('deaths in the Gaza’s Al-Shuja’iah neighbourhood.')).toEqual(['gaza-city: Gaza', 'al-shujaiah: Al-Shuja’iah']);
	});

	it('then by the full name the article uses, then by what existing articles mean by the words', () => {
		expect(marks('A ceasefire in the Gaza Strip. Talks on Gaza.')).toEqual(['gaza-strip: Gaza Strip', 'gaza-strip: Gaza']);
		const usage = new Map([['Gaza', new Map([['gaza-strip', 5], ['gaza-city', 1]])]]);
		expect(marks('Talks on Gaza.', usage)).toEqual(['gaza-strip: Gaza']);
	});

	it('reads a title sharing the qualifier of the one before it ("the Kuwaiti Emir and Foreign Minister")', () => {
		const gulf = [
			subject('emir-of-kuwait', 'person', 'Emir of Kuwait', ['Kuwaiti Emir']),
			subject('kuwaiti-foreign-minister', 'person', 'Foreign Minister of Kuwait', ['Kuwaiti Foreign Minister']),
		];
		const text = 'to meet the Kuwaiti Emir and Foreign Minister. The Foreign Minister of Qatar and Foreign Minister Smith.';
		expect(matchNames(text, gulf).marks.map((m) => `${m.id}: ${text.slice(m.start, m.end)}`)).toEqual([
			'emir-of-kuwait: Kuwaiti Emir',
			'kuwaiti-foreign-minister: Foreign Minister',
		]);
	});

	it('leaves alone a name nothing tells apart, and says which subjects it could be', () => {
		const result = matchNames('Talks on Gaza.', subjects);
		expect(result.marks).toEqual([]);
		expect(result.ambiguous).toEqual([{ start: 9, end: 13, words: 'Gaza', ids: ['gaza-strip', 'gaza-city'] }]);
	});
});
