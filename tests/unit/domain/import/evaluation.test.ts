/** Precision, recall and speaker accuracy of the import's suggestions against a gold standard, on hand-made cases. */
import { describe, expect, it } from 'vitest';
import { evaluate, identify, rate, type AnnotatedSubject, type Annotations } from '../../../../src/domain/import/evaluation.ts';
import { readGoldFile } from '../../../../src/domain/import/gold-standard.ts';

const subject = (id: string, kind: AnnotatedSubject['kind'], ...spans: [number, number][]): AnnotatedSubject => ({
	id,
	kind,
	spans: spans.map(([start, end]) => ({ start, end })),
	words: id,
});
const none: Annotations = { entities: [], statements: [] };

describe('rates', () => {
	it('counts nothing to find as all found, and nothing suggested as nothing wrong', () => {
		expect(rate(0, 0)).toBe(1);
		expect(rate(3, 4)).toBe(0.75);
		const empty = evaluate(none, none, new Set());
		expect(empty.entities.person).toMatchObject({ suggested: 0, toFind: 0, precision: 1, recall: 1, missed: [], wrong: [] });
		expect(empty.statements).toMatchObject({ precision: 1, recall: 1 });
		expect(empty.speakers).toEqual({ right: 0, judged: 0, accuracy: 1 });
	});

	it('gives zero recall when nothing is suggested, and zero precision when nothing is to find', () => {
		const gold: Annotations = { entities: [subject('tarn-valley', 'place', [0, 11])], statements: [{ start: 0, end: 20, speaker: 'x' }] };
		expect(evaluate(none, gold, new Set()).entities.place).toMatchObject({ precision: 1, recall: 0, missed: ['tarn-valley'] });
		expect(evaluate(gold, none, new Set()).entities.place).toMatchObject({ precision: 0, recall: 1, wrong: ['tarn-valley'] });
		expect(evaluate(gold, none, new Set()).statements).toMatchObject({ precision: 0, recall: 1 });
	});
});

describe('matching subjects', () => {
	const known = new Set(['cairo', 'united-nations']);

	it('counts distinct subjects: a known one by its id, however often it is marked', () => {
		const gold: Annotations = { entities: [subject('cairo', 'place', [0, 5], [40, 45]), subject('united-nations', 'organization', [10, 12])], statements: [] };
		const suggested: Annotations = { entities: [subject('cairo', 'place', [40, 45]), subject('egypt', 'place', [50, 55])], statements: [] };
		const result = evaluate(suggested, gold, new Set([...known, 'egypt']));
		expect(result.entities.place).toMatchObject({ suggested: 2, right: 1, toFind: 1, found: 1, precision: 0.5, recall: 1, wrong: ['egypt'] });
		expect(result.entities.organization).toMatchObject({ suggested: 0, found: 0, recall: 0, missed: ['united-nations'] });
	});

	it('identifies a new subject by where it is marked, of the same kind, each gold subject once', () => {
		const gold = [subject('mira-osei', 'person', [0, 9], [30, 34]), subject('harbour-trust', 'organization', [50, 63])];
		const suggested = [
			subject('mira-osei-new', 'person', [0, 9]),
			// A second entry for the same person is a duplicate.
			subject('osei', 'person', [30, 34]),
			// Right words, wrong kind.
			subject('harbour-trust-new', 'place', [50, 63]),
		];
		expect([...identify(suggested, gold, known)]).toEqual([['mira-osei-new', 'mira-osei']]);
		const result = evaluate({ entities: suggested, statements: [] }, { entities: gold, statements: [] }, known);
		expect(result.entities.person).toMatchObject({ suggested: 2, right: 1, found: 1, precision: 0.5, recall: 1, wrong: ['osei'] });
		expect(result.entities.place).toMatchObject({ precision: 0, wrong: ['harbour-trust-new'] });
		expect(result.entities.organization).toMatchObject({ recall: 0, missed: ['harbour-trust'] });
	});

	it('takes a new entry for a subject the content knows as wrong', () => {
		const gold = [subject('cairo', 'place', [0, 5])];
		const result = evaluate({ entities: [subject('cairo-b', 'place', [0, 5])], statements: [] }, { entities: gold, statements: [] }, known);
		expect(result.entities.place).toMatchObject({ precision: 0, recall: 0 });
	});
});

describe('statements and speakers', () => {
	const gold: Annotations = {
		entities: [subject('mira-osei', 'person', [0, 9]), subject('harbour-trust', 'organization', [100, 113])],
		statements: [
			{ start: 0, end: 40, speaker: 'mira-osei' },
			// Nested: a report inside the outer statement.
			{ start: 20, end: 38, speaker: 'harbour-trust' },
			{ start: 100, end: 140, speaker: 'harbour-trust' },
			{ start: 200, end: 240, speaker: 'mira-osei' },
		],
	};

	it('finds a statement when a suggestion overlaps it, and judges the speaker against the one it overlaps most', () => {
		const suggested: Annotations = {
			entities: [subject('mira-osei-b', 'person', [0, 9]), subject('harbour-trust', 'organization', [100, 113])],
			statements: [
				{ start: 0, end: 41, speaker: 'mira-osei-b' },
				{ start: 100, end: 139, speaker: 'mira-osei-b' },
				{ start: 300, end: 320, speaker: 'mira-osei-b' },
			],
		};
		const result = evaluate(suggested, gold, new Set(['harbour-trust']));
		// Three of the four found (the nested one through the outer suggestion), two of three suggestions on a statement.
		expect(result.statements).toMatchObject({ suggested: 3, right: 2, toFind: 4, found: 3 });
		expect(result.speakers).toEqual({ right: 1, judged: 2, accuracy: 0.5 });
	});

	it('judges a suggestion of a nested statement’s words against that statement, not the outer one', () => {
		const suggested: Annotations = { entities: [], statements: [{ start: 0, end: 40, speaker: 'mira-osei' }, { start: 18, end: 39, speaker: 'harbour-trust' }] };
		const result = evaluate(suggested, gold, new Set(['mira-osei', 'harbour-trust']));
		expect(result.speakers).toEqual({ right: 2, judged: 2, accuracy: 1 });
		// Per annotated statement: the nested one is right only through a suggestion of its own.
		expect(result.annotatedSpeakers).toEqual({ right: 2, judged: 2, accuracy: 1 });
		const outerOnly = evaluate({ entities: [], statements: [suggested.statements[0]!] }, gold, new Set(['mira-osei']));
		expect(outerOnly.speakers.accuracy).toBe(1);
		expect(outerOnly.annotatedSpeakers).toEqual({ right: 1, judged: 2, accuracy: 0.5 });
	});

	it('never counts a speaker that is not identified as right', () => {
		const suggested: Annotations = { entities: [], statements: [{ start: 0, end: 40, speaker: 'mira-osei' }, { start: 200, end: 240, speaker: null }] };
		expect(evaluate(suggested, gold, new Set()).speakers).toEqual({ right: 0, judged: 2, accuracy: 0 });
		expect(evaluate(suggested, gold, new Set(['mira-osei'])).speakers).toEqual({ right: 1, judged: 2, accuracy: 0.5 });
	});
});

describe('reading a gold file', () => {
	const text = 'Mira Osei of the Harbour Trust said the Tarn bridge will reopen. Osei added: “We are ready.”';
	const yaml = [
		'published: "2031-05-02"',
		'people: [{ id: mira-osei, names: [Mira Osei, Osei] }]',
		'organizations: [{ id: harbour-trust, names: [Harbour Trust] }]',
		'places: [{ id: tarn, names: [Tarn] }]',
		'statements:',
		'  - { words: "Osei added: “We are ready.”", speaker: mira-osei }',
	].join('\n');

	it('finds every name, the longer first, and each statement’s words', () => {
		const gold = readGoldFile(text, yaml, 'x.gold.yaml');
		expect(gold.published).toBe('2031-05-02');
		const spans = (id: string) => gold.annotations.entities.find((e) => e.id === id)!.spans.map((s) => text.slice(s.start, s.end));
		expect(spans('mira-osei')).toEqual(['Mira Osei', 'Osei']);
		expect(spans('tarn')).toEqual(['Tarn']);
		expect(gold.annotations.statements.map((s) => [text.slice(s.start, s.end), s.speaker])).toEqual([['Osei added: “We are ready.”', 'mira-osei']]);
	});

	it('refuses a name or a statement that is not in the text, and an unknown speaker', () => {
		expect(() => readGoldFile(text, yaml.replace('Tarn]', 'Tarn Valley]'), 'x.gold.yaml')).toThrow(/x\.gold\.yaml: "Tarn Valley" \(tarn\) is not in the text/);
		expect(() => readGoldFile(text, yaml.replace('We are ready', 'We are not'), 'x.gold.yaml')).toThrow(/exactly once/);
		expect(() => readGoldFile(text, yaml.replace('speaker: mira-osei', 'speaker: someone'), 'x.gold.yaml')).toThrow(/speaker someone/);
		expect(() => readGoldFile(text, yaml.replace('names: [Tarn]', 'names: [Harbour]'), 'x.gold.yaml')).toThrow(/"Harbour" \(tarn\) is only ever part of a longer name/);
	});
});
