/**
 * A synthetic archive for the benchmark: N news-like reports annotated with subjects drawn from a
 * fixed pool of a few hundred, deterministic from a seed. Pure: it returns the content folder as
 * files (path → text), which the runner writes to a temporary folder. Names, quotes and numbers
 * are generated, not taken from any real source, and never leave the benchmark's temporary folder.
 */
import { kindNames, kinds } from '../../src/domain/model/schema.ts';
import type { ContentInput } from '../../src/domain/model/sourcebook.ts';

/** mulberry32: a small, fast, seeded PRNG; numbers in [0, 1). */
export function prng(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export interface Random {
	next: () => number;
	int(min: number, max: number): number;
	pick<T>(items: readonly T[]): T;
}

export function random(seed: number): Random {
	const next = prng(seed);
	const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
	return { next, int, pick: (items) => items[int(0, items.length - 1)]! };
}

const firstNames = ['Amira', 'Daniel', 'Layla', 'Tomas', 'Nadia', 'Samuel', 'Irene', 'Karim', 'Helena', 'Yusuf', 'Marta', 'Omar', 'Claire', 'Hassan', 'Ingrid', 'Rafael', 'Selma', 'Viktor', 'Dina', 'Pablo', 'Grace', 'Tariq', 'Elena', 'Jonas', 'Farah'];
const lastNames = ['Haddad', 'Lindqvist', 'Okafor', 'Moreau', 'Rahimi', 'Castellano', 'Novak', 'Bishara', 'Albrecht', 'Mensah', 'Kovacs', 'Salem', 'Duarte', 'Whitfield', 'Tanaka', 'Aziz', 'Brennan', 'Petrov', 'Nasser', 'Ferreira'];
const orgHeads = ['Ministry of', 'Council for', 'Agency for', 'Office of', 'Committee on', 'Institute for', 'Federation of', 'Union of'];
const orgTails = ['Water Resources', 'Public Health', 'Civil Aviation', 'Regional Trade', 'Housing', 'Refugee Relief', 'Energy Supply', 'Coastal Affairs', 'Rural Schools', 'Road Safety'];
const placeStarts = ['Nor', 'Bel', 'Kas', 'Ard', 'Mel', 'Tor', 'Sar', 'Val', 'Dor', 'Ham', 'Lin', 'Quar'];
const placeEnds = ['ava', 'mont', 'ida', 'helm', 'esh', 'ora', 'stad', 'iyeh', 'ford', 'ane'];
const quoteStarts = ['We will not accept', 'Our teams are ready to support', 'The government has agreed to review', 'Nobody here wants', 'We are asking every party to respect', 'The council intends to fund', 'Families cannot wait for', 'We have already seen'];
const quoteEnds = ['any further delay in the delivery of aid', 'the plan for the northern districts', 'a repeat of last winter’s shortages', 'the agreement signed in the spring', 'more closures of the main crossing', 'the new budget for clinics and schools', 'the talks that resume next week', 'a solution that holds for more than a month'];
const measures = [
	{ key: 'families-displaced', unit: 'families displaced', words: 'families' },
	{ key: 'schools-closed', unit: 'schools closed', words: 'schools' },
	{ key: 'trucks-of-aid', unit: 'trucks of aid', words: 'aid trucks' },
	{ key: 'jobs-lost', unit: 'jobs lost', words: 'jobs' },
	{ key: 'homes-damaged', unit: 'homes damaged', words: 'homes' },
	{ key: 'patients-treated', unit: 'patients treated', words: 'patients' },
	{ key: 'budget-in-dollars', unit: 'dollars', words: 'dollars' },
	{ key: 'wells-repaired', unit: 'wells repaired', words: 'wells' },
];
const eventWords = ['the donor conference', 'the emergency session', 'the border talks', 'the regional summit', 'the budget vote', 'the ceasefire review', 'the opening of the new clinic', 'the hearing on water rights'];
const fillers = [
	'Further details were not immediately available.',
	'The figures could not be independently verified, and several of the people named did not answer calls on the day.',
	'It was the third such meeting this year, and the second since the spring floods closed the main road.',
	'Local radio stations carried the announcement throughout the afternoon, and queues formed outside the offices by evening.',
];
const outlets = ['The Morning Ledger', 'Coastal Times', 'Daily Dispatch', 'The Regional Post', 'Evening Courier'];
const qualifiers = ['at-least', 'more-than', 'about', 'exactly'] as const;
const qualifierWords = { 'at-least': 'at least ', 'more-than': 'more than ', about: 'about ', exactly: '' } as const;

export interface Pool {
	people: { id: string; name: string; surname: string }[];
	organizations: { id: string; name: string }[];
	places: { id: string; name: string }[];
	statements: { id: string; speaker: string; quote: string; date: string }[];
	figures: { id: string; value: number; qualifier: (typeof qualifiers)[number]; measure: (typeof measures)[number]; asOf: string }[];
	events: { id: string; words: string; date: string }[];
}

const kebab = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const isoDay = (day: number) => new Date(Date.UTC(2014, 0, 1 + day)).toISOString().slice(0, 10);
/** Ids end in a letter, so that no id reads as another's numbered anchor (`id-2`). */
const letters = 'abcdefghijklmnopqrstuvwxyz';
const suffix = (i: number) => letters[i % 26]! + letters[Math.floor(i / 26) % 26]!;

/** A few hundred subjects of every kind. */
export function makePool(rng: Random): Pool {
	const people = firstNames.flatMap((first, i) =>
		lastNames.filter((_, j) => (i + j) % 4 === 0).map((last) => ({ id: kebab(`${first} ${last}`), name: `${first} ${last}`, surname: last })),
	);
	const organizations = orgHeads.flatMap((head) => orgTails.filter(() => rng.next() < 0.5).map((tail) => ({ id: kebab(`${head} ${tail}`), name: `${head} ${tail}` })));
	const places = placeStarts.flatMap((start) => placeEnds.filter(() => rng.next() < 0.4).map((end) => ({ id: kebab(start + end), name: start + end })));
	const statements = Array.from({ length: 120 }, (_, i) => ({
		id: `statement-${suffix(i)}`,
		speaker: rng.pick(people).id,
		quote: `${rng.pick(quoteStarts)} ${rng.pick(quoteEnds)}`,
		date: isoDay(rng.int(0, 364)),
	}));
	const figures = Array.from({ length: 80 }, (_, i) => {
		const measure = rng.pick(measures);
		return { id: `${measure.key}-${suffix(i)}`, value: rng.int(12, 48_000), qualifier: rng.pick(qualifiers), measure, asOf: isoDay(rng.int(0, 364)) };
	});
	const events = Array.from({ length: 50 }, (_, i) => ({ id: `event-${suffix(i)}`, words: rng.pick(eventWords), date: isoDay(rng.int(0, 364)) }));
	return { people, organizations, places, statements, figures, events };
}

/** One sentence: source words, with the same words tagged for the MDX. */
interface Piece {
	text: string;
	mdx: string;
}
const plain = (text: string): Piece => ({ text, mdx: text });
const tag = (name: string, id: string, inner: Piece): Piece => ({ text: inner.text, mdx: `<${name} id="${id}">${inner.mdx}</${name}>` });
const join = (...pieces: (Piece | string)[]): Piece => {
	const parts = pieces.map((p) => (typeof p === 'string' ? plain(p) : p));
	return { text: parts.map((p) => p.text).join(''), mdx: parts.map((p) => p.mdx).join('') };
};

function sentence(rng: Random, pool: Pool): Piece {
	const person = () => {
		const p = rng.pick(pool.people);
		return tag('Person', p.id, plain(rng.next() < 0.5 ? p.name : p.surname));
	};
	const org = () => {
		const o = rng.pick(pool.organizations);
		return tag('Org', o.id, plain(`the ${o.name}`));
	};
	const place = () => {
		const l = rng.pick(pool.places);
		return tag('Place', l.id, plain(l.name));
	};
	const figure = () => {
		const f = rng.pick(pool.figures);
		return tag('Figure', f.id, plain(`${qualifierWords[f.qualifier]}${f.value.toLocaleString('en')} ${f.measure.words}`));
	};
	const event = () => {
		const e = rng.pick(pool.events);
		return tag('Event', e.id, join(`${e.words} in `, place()));
	};
	const statement = (end: string) => {
		const s = rng.pick(pool.statements);
		return { quote: tag('Statement', s.id, plain(`“${s.quote}${end}”`)), speaker: pool.people.find((p) => p.id === s.speaker)! };
	};
	switch (rng.int(0, 7)) {
		case 0: {
			const s = statement(',');
			return join(s.quote, ' said ', tag('Person', s.speaker.id, plain(s.speaker.name)), ', who spoke for ', org(), ' in ', place(), '.');
		}
		case 1:
			return join('According to ', org(), ', ', figure(), ' were counted in ', place(), ' and ', place(), ' by the end of the week.');
		case 2:
			return join('Officials of ', org(), ' met ', person(), ' before ', event(), ', where ', person(), ' is expected to speak.');
		case 3:
			return join('Residents of ', place(), ' told ', person(), ' that ', figure(), ' had been reported since ', event(), '.');
		case 4: {
			const s = statement('.');
			return join('Speaking to reporters, ', tag('Person', s.speaker.id, plain(s.speaker.surname)), ' added: ', s.quote, ' A spokesman for ', org(), ' declined to comment.');
		}
		case 5:
		case 6:
			return plain(rng.pick(fillers));
		default:
			return join('The report by ', org(), ' lists ', figure(), ' for ', place(), ', against ', figure(), ' a year earlier.');
	}
}

/** About 2.5 KB of text and about 60 annotations, in paragraphs of a few sentences. */
function report(rng: Random, pool: Pool): Piece[] {
	const paragraphs: Piece[] = [];
	let length = 0;
	while (length < 2400) {
		const sentences = Array.from({ length: rng.int(1, 3) }, () => sentence(rng, pool));
		const paragraph = join(...sentences.flatMap((s, i) => (i === 0 ? [s] : [' ', s])));
		paragraphs.push(paragraph);
		length += paragraph.text.length + 1;
	}
	return paragraphs;
}

export interface Archive {
	/** Content folder files, path relative to the folder → text. */
	files: Map<string, string>;
	/** The same texts as plain Markdown pages, path → text. */
	plain: Map<string, string>;
	slugs: string[];
	/** Words a reader could search for: a surname and a place. */
	queries: [string, string];
}

const yamlString = (value: string) => JSON.stringify(value);

/** The archive as the domain's input, as `readContent` would give it from the written folder. */
export function contentInput(archive: Archive): ContentInput {
	return {
		subjectFiles: kindNames.map((kind) => {
			const file = `${kinds[kind].collection}.yaml`;
			return { collection: kinds[kind].collection, file, text: archive.files.get(file)! };
		}),
		articleFiles: archive.slugs.map((slug) => ({
			slug,
			file: `articles/${slug}.mdx`,
			mdx: archive.files.get(`articles/${slug}.mdx`)!,
			sourceFile: `sources/${slug}.txt`,
			sourceText: archive.files.get(`sources/${slug}.txt`)!,
		})),
	};
}

export function makeArchive(sources: number, seed: number): Archive {
	const rng = random(seed);
	const pool = makePool(rng);
	const files = new Map<string, string>();
	const plainFiles = new Map<string, string>();
	const slugs: string[] = [];
	for (let i = 1; i <= sources; i++) {
		const slug = `report-${String(i).padStart(5, '0')}`;
		const paragraphs = report(rng, pool);
		const title = `Report ${i}: ${rng.pick(eventWords)} in ${rng.pick(pool.places).name}`;
		const published = isoDay(rng.int(0, 364));
		const summary = `A synthetic report of ${paragraphs.length} paragraphs for the benchmark.`;
		const frontmatter = [
			'---',
			`title: ${yamlString(title)}`,
			'editorialTitle: true',
			`outlet: ${yamlString(rng.pick(outlets))}`,
			'byline: null',
			`published: "${published}"`,
			'url: null',
			`summary: ${yamlString(summary)}`,
			'---',
			'',
		].join('\n');
		files.set(`sources/${slug}.txt`, paragraphs.map((p) => p.text).join('\n') + '\n');
		files.set(`articles/${slug}.mdx`, frontmatter + paragraphs.map((p) => p.mdx).join('\n\n') + '\n');
		plainFiles.set(`${slug}.md`, frontmatter + paragraphs.map((p) => p.text).join('\n\n') + '\n');
		slugs.push(slug);
	}
	files.set('people.yaml', yamlList(pool.people.map((p) => ({ id: p.id, name: p.name, aliases: [p.surname], description: 'A synthetic official in the benchmark reports.', group: 'Officials' }))));
	files.set('organizations.yaml', yamlList(pool.organizations.map((o) => ({ id: o.id, name: o.name, aliases: [], description: 'A synthetic body in the benchmark reports.', group: o.name.split(' ')[0]! }))));
	files.set('places.yaml', yamlList(pool.places.map((l) => ({ id: l.id, name: l.name, aliases: [], description: 'A synthetic town in the benchmark reports.', group: 'Towns' }))));
	files.set(
		'statements.yaml',
		yamlList(
			pool.statements.map((s) => {
				const speaker = pool.people.find((p) => p.id === s.speaker)!;
				return { id: s.id, label: `${speaker.name}: ${s.quote.split(' ').slice(0, 5).join(' ')}…`, speaker: s.speaker, date: s.date, summary: s.quote, mode: 'quoted' };
			}),
		),
	);
	files.set(
		'figures.yaml',
		yamlList(pool.figures.map((f) => ({ id: f.id, label: f.measure.unit, value: f.value, unit: f.measure.unit, qualifier: f.qualifier, asOf: f.asOf, measure: f.measure.key }))),
	);
	files.set('events.yaml', yamlList(pool.events.map((e) => ({ id: e.id, label: e.words, date: e.date }))));
	return { files, plain: plainFiles, slugs, queries: [pool.people[0]!.surname, pool.places[0]!.name] };
}

/** A YAML list of flat records: every string quoted, so nothing reads as a date or a number. */
function yamlList(records: Record<string, string | number | string[]>[]): string {
	const value = (v: string | number | string[]) => (typeof v === 'number' ? String(v) : Array.isArray(v) ? `[${v.map(yamlString).join(', ')}]` : yamlString(v));
	return records.map((r) => Object.entries(r).map(([k, v], i) => `${i === 0 ? '- ' : '  '}${k}: ${value(v)}`).join('\n')).join('\n') + '\n';
}
