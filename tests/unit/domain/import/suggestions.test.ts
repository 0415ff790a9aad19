import { describe, expect, it } from 'vitest';
import { suggestFigures } from '../../../../src/domain/import/figures.ts';
import { suggestEntities } from '../../../../src/domain/import/entities.ts';
import { matchNames, type NamedSubject } from '../../../../src/domain/import/names.ts';
import { findQuotes, findSentences, suggestStatements } from '../../../../src/domain/import/statements.ts';

const words = (text: string, ranges: { start: number; end: number }[]) => ranges.map((r) => text.slice(r.start, r.end));

describe('finding quotations', () => {
	it('pairs curly and straight quotes, and keeps a quote inside a quote within the outer one', () => {
		const text = '“I said ‘no’ and “never”,” he said. She called it "a \u201cplan\u201d" then.';
		expect(words(text, findQuotes(text))).toEqual(['“I said ‘no’ and “never”,”', '"a “plan”"']);
	});

	it('ignores a closing mark with no opening one, and ends an open quote with its paragraph', () => {
		const text = 'it is “very difficult” situation” adding “It’s tough\nNext line.';
		expect(words(text, findQuotes(text))).toEqual(['“very difficult”', '“It’s tough']);
	});

	it('splits sentences, but not after an initial', () => {
		const text = 'The U.S. State Department confirmed. “We agree.” Then he left.';
		expect(words(text, findSentences(text))).toEqual(['The U.S. State Department confirmed.', '“We agree.”', 'Then he left.']);
	});
});

const people: NamedSubject[] = [
	{ id: 'jen-psaki', kind: 'person', name: 'Jen Psaki', aliases: [], about: '' },
	{ id: 'john-kerry', kind: 'person', name: 'John Kerry', aliases: ['Kerry'], about: '' },
	{ id: 'white-house', kind: 'organization', name: 'White House', aliases: [], about: '' },
	{ id: 'hamas', kind: 'organization', name: 'Hamas', aliases: [], about: '' },
];

function statements(text: string) {
	return suggestStatements(text, matchNames(text, people).marks).map((s) => ({ words: text.slice(s.start, s.end), mode: s.mode, speaker: s.speaker }));
}

describe('suggesting statements', () => {
	it('takes a quote broken across sentences with its attribution, and guesses “she added” from the sentence before', () => {
		const text = '“We are concerned,” said spokeswoman Jen Psaki. “We believe in it. It works,” she added.';
		expect(statements(text)).toEqual([
			{ words: '“We are concerned,” said spokeswoman Jen Psaki', mode: 'quoted', speaker: 'jen-psaki' },
			{ words: '“We believe in it. It works,” she added', mode: 'quoted', speaker: 'jen-psaki' },
		]);
	});

	it('guesses the speaker from “X called for”, “the X said” and “he said”, and suggests reported speech', () => {
		const text = 'Kerry called for calm. The White House said talks "must go on." He said: “Enough.” Hamas rejected it.';
		expect(statements(text)).toEqual([
			{ words: 'Kerry called for calm', mode: 'reported', speaker: 'john-kerry' },
			{ words: 'The White House said talks "must go on."', mode: 'quoted', speaker: 'white-house' },
			{ words: 'He said: “Enough.”', mode: 'quoted', speaker: 'john-kerry' },
		]);
	});

	it('gives the speaker before an apposition, not the name inside it', () => {
		const text = 'Jen Psaki, a spokeswoman at the White House, said talks would go on.';
		expect(statements(text)).toEqual([{ words: 'Jen Psaki, a spokeswoman at the White House, said talks would go on', mode: 'reported', speaker: 'jen-psaki' }]);
	});

	it('gives the person, not the body they belong to, in “X of the Y said”', () => {
		const text = 'Jen Psaki of the White House said talks would go on.';
		expect(statements(text).map((s) => s.speaker)).toEqual(['jen-psaki']);
	});

	it('gives a quotation standing alone to the last one quoted, in its paragraph or the next', () => {
		const text = '“We are ready,” Kerry said.\n“The talks start tomorrow.”\n\nSomething else.\n\n“And then?”';
		expect(statements(text).map((s) => [s.words, s.speaker])).toEqual([
			['“We are ready,” Kerry said', 'john-kerry'],
			['“The talks start tomorrow.”', 'john-kerry'],
			['“And then?”', null],
		]);
	});

	it('splits a sentence where a second speaker’s clause begins (", and Kerry said")', () => {
		const text = 'Jen Psaki told reporters that talks went well, and Kerry later said “we are close.”';
		expect(statements(text).map((s) => [s.words, s.speaker])).toEqual([
			['Jen Psaki told reporters that talks went well', 'jen-psaki'],
			['Kerry later said “we are close.”', 'john-kerry'],
		]);
	});

	it('suggests another speaker’s words inside a statement: “according to X”, “X, who said …”', () => {
		const text =
			'Kerry condemned the deaths of 13 soldiers, which occurred in two incidents, according to the White House. ' +
			'The proposal was accepted by Kerry but rejected by Hamas that claimed it was not consulted.';
		expect(statements(text).map((s) => [s.words, s.speaker])).toEqual([
			['Kerry condemned the deaths of 13 soldiers, which occurred in two incidents, according to the White House', 'john-kerry'],
			['the deaths of 13 soldiers, which occurred in two incidents, according to the White House', 'white-house'],
			['The proposal was accepted by Kerry but rejected by Hamas that claimed it was not consulted', 'john-kerry'],
			['Hamas that claimed it was not consulted', 'hamas'],
		]);
	});

	it('reads the verbs of a readout', () => {
		const text = 'Kerry underscored the need for calm. The White House reaffirmed its support and encouraged talks.';
		expect(statements(text).map((s) => s.speaker)).toEqual(['john-kerry', 'white-house']);
	});

	it('takes a transcript’s turn as the words of the person its label names, another’s reported words in it as theirs, and leaves unnamed turns alone', () => {
		const text =
			'Jen Psaki briefed reporters.\n\nMS PSAKI: Good afternoon. Kerry said he is ready. The White House asked for calm.\n\n' +
			'QUESTION: Is he?\n\nMS PSAKI: Yes. We told Kerry so.\n';
		const labelled = [{ ...people[0]!, aliases: ['PSAKI'] }, ...people.slice(1)];
		const found = suggestStatements(text, matchNames(text, labelled).marks).map((s) => [text.slice(s.start, s.end), s.speaker, s.mode]);
		expect(found).toEqual([
			['Good afternoon. Kerry said he is ready. The White House asked for calm.', 'jen-psaki', 'quoted'],
			['Kerry said he is ready', 'john-kerry', 'reported'],
			['Yes. We told Kerry so.', 'jen-psaki', 'quoted'],
		]);
		// A turn that only asks states nothing, even when its label names someone.
		const asked = 'MS PSAKI: Are we done? Really?\n';
		expect(suggestStatements(asked, matchNames(asked, labelled).marks)).toEqual([]);
	});

	it('leaves the speaker unknown when nothing names one', () => {
		expect(statements('“It is over,” someone said.')).toEqual([{ words: '“It is over,” someone said', mode: 'quoted', speaker: null }]);
	});
});

describe('suggesting figures', () => {
	const figures = (text: string) => suggestFigures(text).figures.map((f) => ({ words: text.slice(f.start, f.end), value: f.value, unit: f.unit, qualifier: f.qualifier }));

	it('reads value, unit and qualifier', () => {
		expect(figures('The war killed at least 509 Palestinians and 20 Israelis, and more than 100 Palestinian Arabs died.')).toEqual([
			{ words: 'at least 509 Palestinians', value: 509, unit: 'Palestinians', qualifier: 'at-least' },
			{ words: '20 Israelis', value: 20, unit: 'Israelis', qualifier: 'exactly' },
			{ words: 'more than 100 Palestinian Arabs', value: 100, unit: 'Palestinian Arabs', qualifier: 'more-than' },
		]);
	});

	it('reads numbers written as words', () => {
		expect(figures('Thirteen Israeli soldiers and about two hundred people were there.')).toEqual([
			{ words: 'Thirteen Israeli soldiers', value: 13, unit: 'Israeli soldiers', qualifier: 'exactly' },
			{ words: 'about two hundred people', value: 200, unit: 'people', qualifier: 'about' },
		]);
	});

	it('leaves years and numbers that count nothing alone, and says why', () => {
		const text = 'The ceasefire of November 2012 was one that held.';
		expect(figures(text)).toEqual([]);
		expect(suggestFigures(text).skipped.map((s) => [text.slice(s.start, s.end), s.why])).toEqual([
			['2012', 'read as a year'],
			['one', 'no noun after it says what it counts'],
		]);
	});
});

describe('suggesting new people, organizations and places', () => {
	it('finds names the content does not know, without titles or possessives, and skips known ones', () => {
		const text = 'President Barack Obama spoke with Kerry in Paris.';
		const known = matchNames(text, people).marks;
		const found = suggestEntities(text, known).map((e) => `${e.kind}: ${e.name}`);
		expect(found).toContain('person: Barack Obama');
		expect(found.some((f) => f.endsWith('Kerry'))).toBe(false);
	});
});

describe('the kind of a name the content does not know', () => {
	const kinds = (text: string) => suggestEntities(text, []).map((e) => `${e.kind}: ${e.name}`);

	it('reads it from the name’s own words, a title before it, and the words around it', () => {
		const text =
			'Councillor Maren Tobiassen of the Fenwick District Council said the Ollen River had flooded the village of Brackwater. ' +
			'Aldo Ferrante, a spokesman for the Orvel Institute of Soil Science, said repairs would start in Norvik.';
		expect(kinds(text)).toEqual([
			'person: Maren Tobiassen',
			'organization: Fenwick District Council',
			'place: Ollen River',
			'place: Brackwater',
			'person: Aldo Ferrante',
			'organization: Orvel Institute of Soil Science',
			'place: Norvik',
		]);
	});

	it('reads it from a common noun before it, a newspaper’s name and a transcript’s label', () => {
		const text =
			'Ines Corvalan joined the shipping firm Aldermoor Lines. She told the Harwick Gazette about it.\n\n' +
			'The pilot Bram Oduya agreed.\n\nCorvalan: It was time.\n';
		expect(kinds(text)).toEqual(['person: Ines Corvalan', 'organization: Aldermoor Lines', 'organization: Harwick Gazette', 'person: Bram Oduya']);
	});

	it('takes the country’s name after “Republic of”, “Free State of”, not the form of state', () => {
		const text = 'Envoys of the Republic of Tessaly and the Free State of Orrin met the cooperative Grey Gull in Tessaly.';
		expect(kinds(text)).toEqual(['place: Tessaly', 'place: Orrin', 'organization: Grey Gull', 'place: Tessaly']);
	});

	it('reads an apposition after a role, "run by", a place after "between … and", and a word that starts a place’s name', () => {
		const text =
			'A van hit a wall near Dorrel Cross. ' +
			'Our chief executive, Pilar Andresen, met the Board of Tamber Rail. Tamber Rail said buses run by Osk Travel ' +
			'will serve the road between Hollin and Lower Brisk. The Hollin crash closed Hollin Junction.';
		expect([...new Set(kinds(text))]).toEqual([
			'place: Dorrel Cross',
			'person: Pilar Andresen',
			'organization: Tamber Rail',
			'organization: Osk Travel',
			'place: Hollin',
			'place: Lower Brisk',
			'place: Hollin Junction',
		]);
	});

	it('leaves alone agreements, capitalized words with nothing to say what they name, a head word alone, languages, a people’s adjective and paths', () => {
		const text =
			'The Silverton Accord holds. Good news, said officials. Israeli officials and the Israeli army agreed. Meridian was quiet. ' +
			'The Council met in the Region. Answers in English. Notes at C:\\Users\\press\\notes.txt today.';
		expect(kinds(text)).toEqual([]);
	});

	it('reads a name first met without a cue as a person when its surname speaks elsewhere', () => {
		expect(kinds('Talks were led by Ines Corvalan. Corvalan said the talks went well.')).toEqual(['person: Ines Corvalan']);
	});
});

describe('numbers that are not figures', () => {
	it('leaves ordinals, spans of time, times of day and phone numbers alone, and keeps counts', async () => {
		const { suggestFigures } = await import('../../../../src/domain/import/figures.ts');
		const text = 'It was the second call in three days, two weeks ago, at 10:30 a.m. and 4 p.m.; call +1 202 555-0143. At least 40 families and about 400 patients were moved.';
		const { figures, skipped } = suggestFigures(text);
		expect(figures.map((f) => text.slice(f.start, f.end))).toEqual(['At least 40 families', 'about 400 patients']);
		const why = (words: string) => skipped.find((s) => text.slice(s.start, s.end).includes(words))?.why;
		expect(why('second')).toBe('an ordinal, not a count');
		expect(why('three')).toBe('a span of time, not a count');
		expect(why('two')).toBe('a span of time, not a count');
		expect(why('4')).toBe('a time of day or a ratio, not a count');
	});
});

describe('ordinals and spans of time that count what the content counts', () => {
	it('suggests “second call” and “one day” only where figures already count calls and days', () => {
		const text = 'It was their second call in one day.';
		expect(suggestFigures(text).figures).toEqual([]);
		const counted = suggestFigures(text, ['telephone calls', 'day']).figures.map((f) => [text.slice(f.start, f.end), f.value]);
		expect(counted).toEqual([['second call', 2], ['one day', 1]]);
	});
});
