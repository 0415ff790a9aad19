/**
 * Suggests people, organizations and places the content does not know yet. Compromise's English
 * model tags the words; names are the runs of capitalized words it reads as proper nouns, and
 * each name's kind comes from its own words and from every place the text uses it:
 * - an organization's head word ("… Council", "Ministry of …") or a place's ("… River", "Lake …");
 * - a title before it ("Councillor Ruth Okonjo", "Ms Sorensen"), or the model's first names: a person;
 * - the model's organizations and places;
 * - what surrounds it: "in", "between", "the town of …" before a place; "said", "added" or an
 *   apposition (", director of …") beside a person.
 * A name with none of these is left alone: a capitalized word is not enough. Only names that no
 * known subject already covers are kept.
 */
import nlp from 'compromise';
import type { NameMark } from './names.ts';
import type { EntityKind } from '../views/copy.ts';
import { findParagraphs, type Range } from './paragraphs.ts';

export interface EntitySuggestion extends Range {
	kind: EntityKind;
	/** The name as the source writes it, possessive and titles left out. */
	name: string;
}

interface Term extends Range {
	text: string;
	tags: string[];
	pre: string;
	post: string;
}

interface CompromiseTerm {
	text: string;
	tags: string[];
	pre: string;
	post: string;
	offset: { start: number; length: number };
}

const words = (list: string) => new Set(list.split(' '));

/** The last word of an organization's name. */
const organizationHeads = words(
	'Ministry Department Council Trust Institute Association Organization Organisation Authority Agency Company Corporation Inc Ltd University College Committee Commission Party Forces Army Navy Police Constabulary Unit Court Foundation Service Services Office Group Union Fund Bureau Crescent Network News Federation League Alliance Coalition Society Board Parliament Assembly Senate Congress Cabinet Government Secretariat Embassy Consulate Airlines Airways Railways Industries Holdings Institution Centre Center Hospital School Club Movement Front Brigades Mission Marine Partners Guard Forum Cooperative Rail Railway Railways Coaches Buses Motors Energy Telecom Logistics Shipping Lines Insurance Weekly Daily Times Post Herald Gazette Journal Tribune Chronicle Magazine Monitor Observer Telegraph Courier',
);
/** The first word of an organization's name of the form "… of …": "Ministry of Health", "Port of Calloway". */
const organizationLeads = words('Ministry Department Office University Bank Embassy Court Council Institute Commission Board Church House Port Academy Museum Chamber');
/** The last word of a place's name. */
const placeHeads = words(
	'River Bay Brook Creek Pass Valley Lake Loch Island Islands Isle Mountain Mountains Hill Hills Street Road Avenue Square City Province County Region District Strait Sea Ocean Gulf Coast Harbour Harbor Peninsula Desert Forest Canyon Falls Heights Crossing Airport Strip Estuary Reservoir Delta Plateau Highlands Quarter',
);
/** The first word of a place's name: "Lake Tana", "Mount Kenya", "Gulf of Aden". */
const placeLeads = words('Mount Lake Isle Gulf Strait Cape Bay Sea');
/** Names of things that are neither: agreements, events, documents. */
const otherHeads = words(
	'Accord Accords Agreement Treaty Act Briefing Release Readout Call Conference Summit Plan Process Initiative Day Week Statement Report Talks Ceasefire Deal Pact Convention Declaration Resolution Law Bill Project Award Prize Cup Games War Crisis Operation Festival Protocol Strategy Framework',
);
/** "Republic of …", "Free State of …": the country's name is the one after "of". */
const stateForms = words('Republic Kingdom State Free Emirate Principality Commonwealth Sultanate Duchy Federal Democratic Federation Grand');

/** Titles, written before a name: the name that follows is a person's. */
const titles = words(
	'Mr Mrs Ms Miss Dr Prof Professor Sir Dame Lord Lady President Vice Prime Minister Foreign Deputy Secretary General Chancellor Senator Governor Mayor Councillor Councilor Spokesperson Spokesman Spokeswoman Ambassador Envoy Judge Justice King Queen Prince Princess Emir Sheikh Chief Executive Director Chair Chairman Chairwoman Commissioner Captain Colonel Gen Lt Col Sgt Rev Father Bishop Rabbi Imam Editor Contact Officer Speaker Representative Rep Sen Gov Minister-President',
);

/** "… Council", "Ministry of …", "Calder Institute of Hydrology": an organization's name. */
const isOrganizationName = (list: string[]) =>
	organizationHeads.has(list.at(-1)!) || list.some((word, i) => (organizationLeads.has(word) || organizationHeads.has(word)) && list[i + 1] === 'of');

/** Tags that a word of a name never has. */
const notName = ['Date', 'Month', 'WeekDay', 'Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'QuestionWord', 'Expression', 'Value', 'Demonym', 'Verb', 'Adverb'];

/** Languages, which the model may read as nouns ("in English"). */
const languages = words('English French Arabic Hebrew Dutch Welsh Greek Latin Hindi Urdu Swahili Russian Spanish German Italian Portuguese Chinese Japanese Korean Turkish Persian Farsi Kurdish Polish');

// A word of letters (a path or an address is not a name), not all in capitals.
const capitalized = (t: Term) => /^\p{Lu}[\p{L}\p{M}'’.-]*$/u.test(t.text) && !/^[\p{Lu}.'’-]{2,}$/u.test(t.text);
const isNameWord = (t: Term) =>
	capitalized(t) && !notName.some((tag) => t.tags.includes(tag)) && !(t.tags.includes('Adjective') && !t.tags.includes('ProperNoun'));
const bare = (t: Term) => t.text.replace(/['’]s$/, '');
const isTitle = (t: Term) => t.tags.includes('Honorific') || titles.has(bare(t)) || (t.tags.includes('Actor') && !t.tags.includes('Person'));

/** A stretch of one name, its words as compromise read them, and whether a title comes before it. */
interface Segment {
	terms: Term[];
	titled: boolean;
}

/** Runs of name words, joined by "of" after an organization's or place's lead word, split at titles and possessives. */
function segments(terms: Term[], paragraphs: Range[]): Segment[] {
	const paragraphOf = (t: Term) => paragraphs.findIndex((p) => t.start >= p.start && t.end <= p.end);
	const runs: Term[][] = [];
	let run: Term[] = [];
	const close = () => {
		if (run.length > 0) runs.push(run);
		run = [];
	};
	for (let i = 0; i < terms.length; i++) {
		const term = terms[i]!;
		if (!isNameWord(term) && !(isTitle(term) && capitalized(term))) {
			// "Ministry of Foreign Affairs", "Port of Calloway": "of" after a lead word, before a name.
			const next = terms[i + 1];
			const lead = (t: Term | undefined) => t !== undefined && (organizationLeads.has(t.text) || placeLeads.has(t.text));
			// "Environment Agency of Westfold": an organization's head word takes the "of …" too.
			const joins = term.text === 'of' && next && isNameWord(next) && (lead(run[0]) || lead(run.at(-1)) || organizationHeads.has(run.at(-1)?.text ?? '')) && !/\S/.test(term.post + next.pre);
			if (joins) {
				run.push(term);
				continue;
			}
			close();
			continue;
		}
		const previous = run.at(-1);
		if (previous && (/[^\s-]/.test(previous.post) || /\S/.test(term.pre) || paragraphOf(previous) !== paragraphOf(term))) close();
		run.push(term);
	}
	close();

	const found: Segment[] = [];
	for (const words of runs) {
		const last = bare(words.at(-1)!);
		// A whole organization's name keeps its titles and possessives ("Calloway Fishermen's Association").
		if (isOrganizationName([...words.slice(0, -1).map((t) => t.text), last])) {
			found.push({ terms: words, titled: false });
			continue;
		}
		let current: Term[] = [];
		let titled = false;
		const push = () => {
			if (current.length > 0) found.push({ terms: current, titled });
			current = [];
		};
		for (const term of words) {
			if (isTitle(term) && !(current.length > 0 && placeHeads.has(bare(term)))) {
				push();
				titled = true;
				continue;
			}
			current.push(term);
			if (/['’]s$/.test(term.text)) {
				push();
				titled = false;
			}
		}
		push();
	}
	return found;
}

/** Common nouns written before a name that say what it names: "engineer Saoirse Whitcombe", "the firm Delacroix Hale". */
const personNouns = words(
	'executive engineer spokesperson spokesman spokeswoman minister director chairman chairwoman chair professor doctor lawyer researcher scientist journalist reporter editor official officer economist analyst activist farmer teacher nurse colleague manager founder owner mayor councillor resident witness aide adviser advisor ambassador envoy commander captain judge president secretary chief leader author writer historian architect surveyor pilot worker volunteer student coach player artist photographer priest imam rabbi bishop',
);
const organizationNouns = words(
	'firm company group agency charity newspaper magazine weekly daily broadcaster channel network station publisher insurer airline retailer manufacturer carrier operator contractor consultancy startup union party organisation organization foundation club cooperative co-operative association society alliance forum',
);
// "engineer Saoirse Whitcombe", "Our chief executive, Benedikt Oyelaran".
const nounBefore = (before: string) => /([a-z]+),?\s+$/.exec(before)?.[1] ?? '';
// "buses run by Corran Coaches": what runs, owns or operates things is an organization.
const agentOfBusiness = /\b(?:run|operated|owned|managed|funded|built|supplied)\s+by\s+$/;

const speechVerbs = '(?:said|says|added|adds|told|stated|explained|noted|warned|announced|insisted|replied|wrote|according\\s+to)';
const locative = /(?:\bbetween\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*\s+and\s+|\b(?:in|at|from|near|across|between|outside|inside|around|towards?|via|into|throughout|visit|visiting|visited)\s+(?:the\s+)?|\b(?:town|city|village|island|county|province|region|district|capital|port|state|country|republic|kingdom)\s+of\s+(?:the\s+)?|\p{Lu}[\p{L}’'-]*\s+of\s+)$/u;
// "said X", "X added", and a transcript's label ("Whitcombe: Eleven years…").
const nextToSpeech = (before: string, after: string) =>
	new RegExp(`\\b${speechVerbs}\\s+$`).test(before) ||
	new RegExp(`^,?\\s*(?:also\\s+|later\\s+|then\\s+)?${speechVerbs}\\b`).test(after) ||
	(/^:[^\S\n]/.test(after) && /(?:^|\n)[^\S\n]*$/.test(before));
// ", chief executive of …", ", who chairs …", ", a spokesperson for …": an apposition describing a person.
const apposition = /^,\s+(?:who\b|(?:the\s+|a\s+|an\s+)?(?:[a-z-]+\s+){0,3}(?:of|at|for|to)\b)/;

function classify(name: string, occurrences: Segment[], text: string, demonyms: Set<string>): EntityKind | null {
	const terms = occurrences[0]!.terms;
	const list = name.split(' ');
	const last = list.at(-1)!;
	// "Israeli": a word the model reads as a people's adjective anywhere in the text names no one.
	if (otherHeads.has(last) || (list.length === 1 && (demonyms.has(last) || languages.has(last)))) return null;
	// A head word alone ("the Council", "Region") is a common noun written with a capital.
	if (list.length > 1 && isOrganizationName(list)) return 'organization';
	if (list.length > 1 && (placeHeads.has(last) || placeLeads.has(list[0]!))) return 'place';
	if (list.length === 1 && (organizationHeads.has(last) || placeHeads.has(last))) return null;
	const tagged = (tag: string) => occurrences.some((o) => o.terms.some((t) => t.tags.includes(tag)));
	const around = occurrences.map((o) => ({ before: text.slice(Math.max(0, o.terms[0]!.start - 40), o.terms[0]!.start), after: text.slice(o.terms.at(-1)!.end, o.terms.at(-1)!.end + 60) }));
	if (around.some((a) => organizationNouns.has(nounBefore(a.before)))) return 'organization';
	if (occurrences.some((o) => o.titled) || around.some((a) => personNouns.has(nounBefore(a.before)))) return 'person';
	if (tagged('FirstName') || tagged('MaleName') || tagged('FemaleName')) return 'person';
	if (terms.at(-1)!.tags.includes('Organization') || around.some((a) => agentOfBusiness.test(a.before))) return 'organization';
	if (['Place', 'Country', 'City', 'Region'].some(tagged)) return 'place';
	if (around.some((a) => locative.test(a.before))) return 'place';
	if (list.length >= 2 && (tagged('Person') || around.some((a) => nextToSpeech(a.before, a.after) || apposition.test(a.after)))) return 'person';
	if (list.length >= 2 && list.length <= 3) {
		// A surname said to speak elsewhere in the text ("Farrant added").
		const alone = [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${last.replace(/[.]/g, '\\.')}(?![\\p{L}\\p{N}])`, 'gu'))];
		if (alone.some((m) => nextToSpeech(text.slice(Math.max(0, m.index - 40), m.index), text.slice(m.index + last.length, m.index + last.length + 60)))) return 'person';
	}
	return null;
}

export function suggestEntities(text: string, known: NameMark[]): EntitySuggestion[] {
	const terms: Term[] = (nlp(text).json({ offset: true, terms: { offset: true } }) as { terms: CompromiseTerm[] }[]).flatMap((s) =>
		s.terms.map((t) => ({ text: t.text, tags: t.tags, pre: t.pre, post: t.post, start: t.offset.start, end: t.offset.start + t.offset.length })),
	);
	const demonyms = new Set(terms.filter((t) => t.tags.includes('Demonym')).map(bare));
	const byName = new Map<string, (Segment & Range)[]>();
	for (const segment of segments(terms, findParagraphs(text))) {
		const start = segment.terms[0]!.start;
		const end = segment.terms.at(-1)!.end - (/['’]s$/.exec(text.slice(start, segment.terms.at(-1)!.end))?.[0].length ?? 0);
		if (known.some((m) => m.start < end && start < m.end)) continue;
		const name = text.slice(start, end).replace(/\s+/g, ' ');
		byName.set(name, [...(byName.get(name) ?? []), { ...segment, start, end }]);
	}
	const kinds = new Map<string, EntityKind>();
	for (const [name, occurrences] of byName) {
		const ofFollows = occurrences.every((o) => /^\s+of\s+\p{Lu}/u.test(text.slice(o.end, o.end + 40)));
		if (ofFollows && name.split(' ').every((w) => stateForms.has(w))) continue;
		const kind = classify(name, occurrences, text, demonyms);
		if (kind !== null) kinds.set(name, kind);
	}
	// "Fenmoor" beside "Fenmoor Junction": a word that starts a place's name is that place's own.
	for (const name of byName.keys()) {
		if (kinds.has(name) || name.includes(' ') || demonyms.has(name) || languages.has(name)) continue;
		if ([...kinds].some(([other, kind]) => kind === 'place' && other.startsWith(`${name} `))) kinds.set(name, 'place');
	}
	// "the Board of Larkspur Rail" where Larkspur Rail is named too: the organization is Larkspur Rail.
	for (const [name, kind] of kinds) {
		const owner = / of (.+)$/.exec(name)?.[1];
		if (kind === 'organization' && owner !== undefined && kinds.get(owner) === 'organization') kinds.delete(name);
	}
	const suggestions: EntitySuggestion[] = [];
	for (const [name, kind] of kinds) for (const { start, end } of byName.get(name)!) suggestions.push({ kind, name, start, end });
	return suggestions.sort((a, b) => a.start - b.start);
}
