import { describe, expect, it } from 'vitest';
import { fold, foldedWords, queryKeys, nameWordKeys, shardFileName } from '../../../../src/domain/search/name-keys.ts';
import { nameDistance, namedSubjects, subjectsFirst, suggestNames, wordCost, type NameSubject } from '../../../../src/domain/search/name-suggestions.ts';
import { decodeShard, encodeShard, vocabularyShards } from '../../../../src/domain/search/name-vocabulary.ts';

const subject = (kind: NameSubject['kind'], id: string, name: string, aliases: string[] = []): NameSubject => ({
	kind,
	path: `${kind === 'person' ? 'people' : kind === 'place' ? 'places' : 'organizations'}/${id}/`,
	page: `en_${id}`,
	name,
	aliases,
});

const subjects = [
	subject('person', 'amira-haddad', 'Amira Haddad', ['Haddad']),
	subject('person', 'haddad-aide', 'Press aide to Amira Haddad'),
	subject('person', 'tomas-lindqvist', 'Tomás Lindqvist', ['Lindqvist', 'Minister Lindqvist']),
	subject('person', 'yusuf-okafor', 'Yusuf Okafor'),
	subject('person', 'kim-jae-won', 'Kim Jae-won', ['the harbour chief']),
	subject('organization', 'coastal-council', 'Council for Coastal Affairs', ['Coastal Council']),
	subject('place', 'dar-al-qasr', 'Dar al-Qa’sr', ['Dar Alqasr']),
	subject('place', 'norava', 'Norava'),
];

const firstSuggestion = (query: string) => suggestNames(query, subjects)[0]?.subject.name;

describe('folding', () => {
	it('drops case, accents and apostrophes, and reads hyphens as spaces', () => {
		expect(fold('Tomás LINDQVIST')).toBe('tomas lindqvist');
		expect(fold('Dar al-Qa’sr')).toBe('dar al qasr');
		expect(fold("Dar al-Qa'sr")).toBe('dar al qasr');
		expect(foldedWords('  Kim   Jae-won ')).toEqual(['kim', 'jae', 'won']);
		expect(foldedWords('—')).toEqual([]);
	});
});

describe('keys', () => {
	it('files a misspelling and a transliteration under the name’s shard', () => {
		for (const [typed, name] of [
			['Psacki', 'Psaki'],
			['Kery', 'Kerry'],
			['Shukri', 'Shoukry'],
			['Kairo', 'Cairo'],
		] as const) {
			expect(nameWordKeys(fold(name)), `${typed} / ${name}`).toContain(queryKeys(typed)[0]);
		}
	});

	it('asks for one shard per distinct key of the query’s longest words, two at most', () => {
		expect(queryKeys('Kery Kairo')).toEqual(['K']);
		expect(queryKeys('Amira Haddad')).toEqual(['A', 'H']);
		// At most two shards, those of the longest words: a subject is filed under every word of its names.
		expect(queryKeys('Mohamed Ali Hamdi Suleiman')).toEqual(['M', 'S']);
		expect(queryKeys('Ban Ki Moon')).toEqual(['M', 'P']);
	});

	it('names shard files safely', () => {
		expect(shardFileName('K')).toBe('K.json');
		expect(shardFileName('0')).toBe('0.json');
		expect(shardFileName('É')).toBe('uc9.json');
	});

	it('puts a subject in the shards of all its words, and a shard reads back as written', () => {
		const shards = vocabularyShards(subjects);
		expect(shards.get('H')?.map((s) => s.name)).toEqual(expect.arrayContaining(['Amira Haddad', 'Press aide to Amira Haddad']));
		expect(shards.get('N')?.map((s) => s.name)).toEqual(['Norava']);
		const shard = shards.get('K')!;
		expect(decodeShard(encodeShard(shard))).toEqual(shard);
		expect(() => decodeShard('[["planet","x",null,"Mars"]]')).toThrow(/malformed row/);
	});
});

describe('distance', () => {
	it('allows one edit in a short word and two in a long one, none in a word under four letters', () => {
		expect(wordCost('nopak', 'novak')).toBe(1);
		expect(wordCost('nobek', 'novak')).toBeNull();
		expect(wordCost('lindqst', 'lindqvist')).toBe(2);
		expect(wordCost('lndqst', 'lindqvist')).toBeNull();
		expect(wordCost('kin', 'kim')).toBeNull();
	});

	it('counts a transposition as one edit', () => {
		// As much as one letter left out, where Levenshtein would count two edits.
		expect(wordCost('tanaak', 'tanaka')).toBe(wordCost('tanak', 'tanaka'));
		expect(wordCost('lindqvsit', 'lindqvist')).toBe(wordCost('lindqvst', 'lindqvist'));
		expect(wordCost('tanaak', 'tanaka')).not.toBeNull();
	});

	it('lets a word that sounds the same take one edit more, and costs it less', () => {
		// Shukri/Shoukry: two edits in six letters, one sound.
		expect(wordCost('shukri', 'shoukry')).toBe(1.5);
		expect(wordCost('kery', 'kerry')).toBe(0.5);
	});

	it('reads a name with its spaces or hyphens elsewhere', () => {
		expect(nameDistance(['kimjaewon'], ['kim', 'jae', 'won'])).toEqual({ edits: 0.5, left: 0 });
		expect(nameDistance(['kim', 'jaewon'], ['kim', 'jae', 'won'])?.edits).toBe(0.5);
	});
});

describe('suggestions', () => {
	it('finds a name through accents and apostrophes typed or left out', () => {
		expect(firstSuggestion('Tomas Lindkvist')).toBe('Tomás Lindqvist');
		expect(firstSuggestion('Dar al Qasar')).toBe('Dar al-Qa’sr');
	});

	it('finds a name one or two edits away', () => {
		expect(firstSuggestion('Okafr')).toBe('Yusuf Okafor');
		expect(firstSuggestion('Norawa')).toBe('Norava');
		expect(firstSuggestion('Lindqst')).toBe('Tomás Lindqvist');
	});

	it('finds a name with transposed letters', () => {
		expect(firstSuggestion('Hadadd')).toBe('Amira Haddad');
		expect(firstSuggestion('Noarva')).toBe('Norava');
	});

	it('finds a name of several words typed with one word wrong, before names that hold it among others', () => {
		const found = suggestNames('Amria Haddad', subjects).map((s) => s.subject.name);
		expect(found[0]).toBe('Amira Haddad');
		expect(found).toContain('Press aide to Amira Haddad');
		expect(firstSuggestion('Yusef Okafor')).toBe('Yusuf Okafor');
		expect(firstSuggestion('Council for Costal Affairs')).toBe('Council for Coastal Affairs');
	});

	it('finds a name typed without its spaces', () => {
		expect(firstSuggestion('Kimjaewon')).toBe('Kim Jae-won');
	});

	it('suggests nothing for a name typed right, for words that are all in a name, or for words far from any', () => {
		expect(suggestNames('Amira Haddad', subjects)).toEqual([]);
		expect(suggestNames('amira haddad', subjects)).toEqual([]);
		expect(suggestNames('Kim Jae won', subjects)).toEqual([]);
		expect(suggestNames('aide', subjects)).toEqual([]);
		expect(suggestNames('ceasefire', subjects)).toEqual([]);
		expect(suggestNames('', subjects)).toEqual([]);
	});
});

describe('named subjects', () => {
	it('are those whose name or alias holds every word, closest name first', () => {
		expect(namedSubjects('Amira Haddad', subjects).map((s) => s.name)).toEqual(['Amira Haddad']);
		expect(namedSubjects('haddad', subjects).map((s) => s.name)).toEqual(['Amira Haddad']);
		expect(namedSubjects('Kim Jae Won', subjects).map((s) => s.name)).toEqual(['Kim Jae-won']);
		// A word of a longer name is not that name: "the" names no "the harbour chief".
		expect(namedSubjects('the', subjects)).toEqual([]);
		expect(namedSubjects('Amira Hadad', subjects)).toEqual([]);
	});

	it('move their pages first and leave every other result where it was', () => {
		const results = ['en_x', 'en_haddad-aide', 'en_y', 'en_amira-haddad', 'en_z'].map((id) => ({ id }));
		const named = [subjects[0]!, subjects[1]!];
		expect(subjectsFirst(results, named).map((r) => r.id)).toEqual(['en_amira-haddad', 'en_haddad-aide', 'en_x', 'en_y', 'en_z']);
		expect(subjectsFirst(results, []).map((r) => r.id)).toEqual(results.map((r) => r.id));
	});
});
