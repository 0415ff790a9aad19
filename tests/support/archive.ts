/**
 * A synthetic archive for the benchmark: N news-like reports whose cast grows as a real archive's
 * does, at the rates counted in the first edition (bench/cast.ts): each report brings its own
 * statements, figures and events, some reported again later, and people, organizations and places
 * keep appearing, more slowly. Deterministic from a seed. Pure: it returns the content folder as
 * files (path → text), which the runner writes to a temporary folder. Names, quotes and numbers
 * are generated, not taken from any real source, and never leave the benchmark's temporary folder.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join as joinPath } from 'node:path';
import { kindNames, kinds } from '../../src/domain/model/schema.ts';
import type { ContentInput } from '../../src/domain/model/sourcebook.ts';
import { entityGrowth, firstEditionRates } from '../../bench/cast.ts';

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

/** One generated subject of each kind, as the archive writes it to YAML. */
export interface Cast {
	people: { id: string; name: string; surname: string }[];
	organizations: { id: string; name: string }[];
	places: { id: string; name: string }[];
	statements: { id: string; speaker: string; quote: string; date: string }[];
	figures: { id: string; value: number; qualifier: (typeof qualifiers)[number]; measure: (typeof measures)[number]; asOf: string }[];
	events: { id: string; words: string; date: string }[];
}

const kebab = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const isoDay = (day: number) => new Date(Date.UTC(2014, 0, 1 + day)).toISOString().slice(0, 10);
/** Reports a day: 10,000 reports span about three and a half years, so a timeline has many months. */
const reportsPerDay = 8;

/**
 * A pronounceable word for every number, different for different numbers (base 12 in syllables,
 * at least two): names and ids for a cast without bound. Words end in a vowel, so that no id
 * reads as another's numbered anchor (`id-2`).
 */
const syllables = ['ba', 'ko', 'ri', 'ma', 'te', 'lu', 'sa', 'ni', 'do', 've', 'ha', 'zo'];
export function word(i: number): string {
	const digits: string[] = [];
	let n = i;
	do {
		digits.unshift(syllables[n % 12]!);
		n = Math.floor(n / 12);
	} while (n > 0);
	while (digits.length < 2) digits.unshift(syllables[0]!);
	return digits.join('');
}
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function personNamed(i: number): Cast['people'][number] {
	// Surnames vary from one person to the next: (first name, surname) pairs are all different.
	const round = Math.floor(i / firstNames.length);
	const surname = round < lastNames.length ? lastNames[((i % firstNames.length) + round) % lastNames.length]! : capital(word(round));
	const name = `${firstNames[i % firstNames.length]} ${surname}`;
	return { id: kebab(name), name, surname };
}
function organizationNamed(i: number): Cast['organizations'][number] {
	const base = orgHeads.length * orgTails.length;
	const name = `${orgHeads[i % orgHeads.length]} ${orgTails[Math.floor(i / orgHeads.length) % orgTails.length]}${i < base ? '' : ` in ${capital(word(Math.floor(i / base)))}`}`;
	return { id: kebab(name), name };
}
function placeNamed(i: number): Cast['places'][number] {
	const name = i < placeStarts.length * placeEnds.length ? placeStarts[i % placeStarts.length]! + placeEnds[Math.floor(i / placeStarts.length)]! : `${capital(word(i))}ar`;
	return { id: kebab(name), name };
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

/** The subjects one report mentions, kind by kind. */
interface ReportCast {
	people: Cast['people'];
	organizations: Cast['organizations'];
	places: Cast['places'];
	statements: Cast['statements'];
	figures: Cast['figures'];
	events: Cast['events'];
}

/** Each of `items` once in turn, then any of them: every subject of a report's cast is mentioned. */
function turns<T>(rng: Random, items: readonly T[]): () => T {
	let next = 0;
	return () => (next < items.length ? items[next++]! : rng.pick(items));
}

/** A report's sentences: one for each statement, figure and event of its cast, and a few of filler. */
function report(rng: Random, cast: ReportCast, speakerOf: (id: string) => Cast['people'][number]): Piece[] {
	const person = turns(rng, cast.people);
	const organization = turns(rng, cast.organizations);
	const place = turns(rng, cast.places);
	const personTag = (p = person()) => tag('Person', p.id, plain(rng.next() < 0.5 ? p.name : p.surname));
	const org = () => {
		const o = organization();
		return tag('Org', o.id, plain(`the ${o.name}`));
	};
	const placeTag = () => {
		const l = place();
		return tag('Place', l.id, plain(l.name));
	};
	const figureTag = (f: Cast['figures'][number]) => tag('Figure', f.id, plain(`${qualifierWords[f.qualifier]}${f.value.toLocaleString('en')} ${f.measure.words}`));
	const sentences: (() => Piece)[] = [
		...cast.statements.map((s) => () => {
			const speaker = speakerOf(s.speaker);
			return rng.next() < 0.5
				? join(tag('Statement', s.id, plain(`“${s.quote},”`)), ' said ', tag('Person', speaker.id, plain(speaker.name)), ', who spoke for ', org(), ' in ', placeTag(), '.')
				: join('Speaking to reporters, ', tag('Person', speaker.id, plain(speaker.surname)), ' added: ', tag('Statement', s.id, plain(`“${s.quote}.”`)), ' A spokesman for ', org(), ' declined to comment.');
		}),
		...cast.figures.map((f) => () =>
			rng.next() < 0.5
				? join('According to ', org(), ', ', figureTag(f), ' were counted in ', placeTag(), ' and ', placeTag(), ' by the end of the week.')
				: join('The report by ', org(), ' lists ', figureTag(f), ' for ', placeTag(), '.'),
		),
		...cast.events.map((e) => () => join('Officials of ', org(), ' met ', personTag(), ' before ', tag('Event', e.id, join(`${e.words} in `, placeTag())), '.')),
		...Array.from({ length: rng.int(1, 3) }, () => () => plain(rng.pick(fillers))),
	];
	// Shuffled (Fisher-Yates), then written in order: each report's own cast is mentioned first.
	for (let i = sentences.length - 1; i > 0; i--) {
		const j = rng.int(0, i);
		[sentences[i], sentences[j]] = [sentences[j]!, sentences[i]!];
	}
	const written = sentences.map((s) => s());
	const paragraphs: Piece[] = [];
	while (written.length > 0) {
		const group = written.splice(0, rng.int(1, 3));
		paragraphs.push(join(...group.flatMap((s, i) => (i === 0 ? [s] : [' ', s]))));
	}
	return paragraphs;
}

/** About `mean` (±30%), at least one. */
const around = (rng: Random, mean: number) => Math.max(1, rng.int(Math.round(mean * 0.7), Math.round(mean * 1.3)));
/** Subjects reported again come from the recent past: a story followed over days. */
const recentWindow = 200;

/**
 * The archive's cast as it grows, report by report, at the first edition's rates (bench/cast.ts).
 * Statements, figures and events: each report draws its own, and a share are taken from recent
 * reports. People, organizations and places: the number known after n reports follows Heaps'
 * law, K·n^β; a report brings the new ones that law allows and takes the rest from those known,
 * the earliest known most often (a few subjects, like a capital or a head of state, are in
 * many reports: their pages are the archive's heaviest).
 */
class GrowingCast {
	readonly all: Cast = { people: [], organizations: [], places: [], statements: [], figures: [], events: [] };
	private readonly speakers = new Map<string, Cast['people'][number]>();
	private readonly rng: Random;
	constructor(rng: Random) {
		this.rng = rng;
	}

	private entities<T>(list: T[], kind: 'person' | 'organization' | 'place', n: number, make: (i: number) => T): T[] {
		const rate = firstEditionRates[kind];
		const known = (reports: number) => Math.round(rate.first * reports ** entityGrowth);
		const fresh = Math.max(0, known(n) - known(n - 1));
		const chosen = new Set<T>();
		for (let i = 0; i < fresh; i++) {
			const item = make(list.length);
			list.push(item);
			chosen.add(item);
		}
		const wanted = Math.max(chosen.size, around(this.rng, rate.perReport));
		// The earliest known most often: an index skewed towards 0 (the cube of a uniform number).
		for (let tries = 0; chosen.size < Math.min(wanted, list.length) && tries < wanted * 20; tries++) chosen.add(list[Math.floor(list.length * this.rng.next() ** 3)]!);
		return [...chosen];
	}

	private reportOwn<T>(list: T[], kind: 'statement' | 'figure' | 'event', make: (i: number) => T): T[] {
		const rate = firstEditionRates[kind];
		const chosen = new Set<T>();
		const wanted = around(this.rng, rate.perReport);
		for (let i = 0; i < wanted; i++) {
			const earlier = list.length - chosen.size;
			if (earlier > 0 && this.rng.next() < rate.reported) {
				chosen.add(list[Math.max(0, list.length - 1 - this.rng.int(0, Math.min(recentWindow, list.length) - 1))]!);
			} else {
				const item = make(list.length);
				list.push(item);
				chosen.add(item);
			}
		}
		return [...chosen];
	}

	report(n: number, day: number): ReportCast {
		const { rng, all } = this;
		const people = this.entities(all.people, 'person', n, personNamed);
		for (const p of people) this.speakers.set(p.id, p);
		const date = (before: number) => isoDay(Math.max(0, day - rng.int(0, before)));
		return {
			people,
			organizations: this.entities(all.organizations, 'organization', n, organizationNamed),
			places: this.entities(all.places, 'place', n, placeNamed),
			statements: this.reportOwn(all.statements, 'statement', (i) => ({ id: `statement-${word(i)}`, speaker: rng.pick(people).id, quote: `${rng.pick(quoteStarts)} ${rng.pick(quoteEnds)}`, date: date(1) })),
			figures: this.reportOwn(all.figures, 'figure', (i) => {
				const measure = rng.pick(measures);
				return { id: `${measure.key}-${word(i)}`, value: rng.int(12, 48_000), qualifier: rng.pick(qualifiers), measure, asOf: date(7) };
			}),
			events: this.reportOwn(all.events, 'event', (i) => ({ id: `event-${word(i)}`, words: rng.pick(eventWords), date: date(10) })),
		};
	}

	speaker(id: string): Cast['people'][number] {
		return this.speakers.get(id)!;
	}
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

export interface ArchiveOptions {
	/**
	 * Writes only the reports whose numbers (from 1) it accepts, and only the subjects they mention
	 * (with their statements' speakers): one shard of the whole archive, each report and subject as
	 * the whole has it.
	 */
	only?: (report: number) => boolean;
}

export function makeArchive(sources: number, seed: number, { only }: ArchiveOptions = {}): Archive {
	const rng = random(seed);
	const cast = new GrowingCast(rng);
	const files = new Map<string, string>();
	const plainFiles = new Map<string, string>();
	const slugs: string[] = [];
	const mentioned = new Set<string>();
	for (let i = 1; i <= sources; i++) {
		const slug = `report-${String(i).padStart(5, '0')}`;
		const day = Math.floor((i - 1) / reportsPerDay);
		const reportCast = cast.report(i, day);
		const paragraphs = report(rng, reportCast, (id) => cast.speaker(id));
		const title = `Report ${i}: ${rng.pick(eventWords)} in ${reportCast.places[0]!.name}`;
		const published = isoDay(day);
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
		// Skipped reports are drawn all the same: the ones written are the whole archive's.
		if (only && !only(i)) continue;
		for (const subjects of Object.values(reportCast)) for (const subject of subjects) mentioned.add(subject.id);
		for (const statement of reportCast.statements) mentioned.add(statement.speaker);
		files.set(`sources/${slug}.txt`, paragraphs.map((p) => p.text).join('\n') + '\n');
		files.set(`articles/${slug}.mdx`, frontmatter + paragraphs.map((p) => p.mdx).join('\n\n') + '\n');
		plainFiles.set(`${slug}.md`, frontmatter + paragraphs.map((p) => p.text).join('\n\n') + '\n');
		slugs.push(slug);
	}
	const kept = <T extends { id: string }>(list: T[]) => (only ? list.filter((subject) => mentioned.has(subject.id)) : list);
	const all = cast.all;
	const pool: Cast = { people: kept(all.people), organizations: kept(all.organizations), places: kept(all.places), statements: kept(all.statements), figures: kept(all.figures), events: kept(all.events) };
	files.set('people.yaml', yamlList(pool.people.map((p) => ({ id: p.id, name: p.name, aliases: [p.surname], description: 'A synthetic official in the benchmark reports.', group: 'Officials' }))));
	files.set('organizations.yaml', yamlList(pool.organizations.map((o) => ({ id: o.id, name: o.name, aliases: [], description: 'A synthetic body in the benchmark reports.', group: o.name.split(' ')[0]! }))));
	files.set('places.yaml', yamlList(pool.places.map((l) => ({ id: l.id, name: l.name, aliases: [], description: 'A synthetic town in the benchmark reports.', group: 'Towns' }))));
	files.set(
		'statements.yaml',
		yamlList(
			pool.statements.map((s) => {
				const speaker = cast.speaker(s.speaker);
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

/** Writes an archive's files (path → text) under `dir`. */
export function writeFiles(dir: string, files: ReadonlyMap<string, string>): void {
	for (const [path, text] of files) {
		mkdirSync(dirname(joinPath(dir, path)), { recursive: true });
		writeFileSync(joinPath(dir, path), text);
	}
}
