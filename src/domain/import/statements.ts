/**
 * Suggests statements: quotations (curly or straight, nested, running over several sentences),
 * sentences reporting speech ("Ban decried…", "…, reported his spokesperson", "The Minister
 * underscored…") and a transcript's turns ("MS SORENSEN: We count…"), each with a speaker guessed
 * from the attribution around it, the turn's label, or for a quotation standing alone the last one
 * quoted. Pure: text and name marks in, suggestions out.
 */
import type { NameMark } from './names.ts';
import { findParagraphs, pushTrimmed, type Range } from './paragraphs.ts';

export type { Range };

export interface StatementSuggestion extends Range {
	mode: 'quoted' | 'reported';
	/** The quotations inside, with their marks. */
	quotes: Range[];
	/** The guessed speaker (a person or organization id), or null when nothing points to one. */
	speaker: string | null;
	/** How the speaker was guessed, in the source's words, for the editor to check. */
	reason: string;
}

/**
 * Quotations, marks included. Double quotes only: single ones are read as apostrophes, so a
 * quote inside a quote ('…' or “…“…”…”) stays part of the outer one. A quote still open at the
 * end of its paragraph ends there; a closing mark with no opening one is ignored.
 */
export function findQuotes(text: string): Range[] {
	return findParagraphs(text).flatMap((paragraph) => quotesIn(text, paragraph));
}

function quotesIn(text: string, paragraph: Range): Range[] {
	const quotes: Range[] = [];
	let open: { start: number; mark: 'curly' | 'straight'; depth: number; innerStraight: boolean } | null = null;
	for (let i = paragraph.start; i < paragraph.end; i++) {
		const char = text[i]!;
		if (char === '“') {
			if (!open) open = { start: i, mark: 'curly', depth: 0, innerStraight: false };
			else if (open.mark === 'curly') open.depth++;
		} else if (char === '”') {
			if (open?.mark === 'curly') {
				if (open.depth > 0) open.depth--;
				else {
					quotes.push({ start: open.start, end: i + 1 });
					open = null;
				}
			}
		} else if (char === '"') {
			if (!open) open = { start: i, mark: 'straight', depth: 0, innerStraight: false };
			else if (open.mark === 'straight') {
				quotes.push({ start: open.start, end: i + 1 });
				open = null;
			} else open.innerStraight = !open.innerStraight;
		}
	}
	if (open) quotes.push({ start: open.start, end: paragraph.end });
	return quotes;
}

/** Sentences, split after . ! ? … (and closing quotes) before a capital or an opening quote, never after an initial ("U.S."). */
export function findSentences(text: string): Range[] {
	const sentences: Range[] = [];
	for (const paragraph of findParagraphs(text)) {
		const words = text.slice(paragraph.start, paragraph.end);
		for (const sentence of sentencesIn(words)) sentences.push({ start: paragraph.start + sentence.start, end: paragraph.start + sentence.end });
	}
	return sentences;
}

function sentencesIn(text: string): Range[] {
	const sentences: Range[] = [];
	const boundary = /([.!?…]["”’')]*)(\s+)(?=["“‘(]?[\p{Lu}\p{N}])/gu;
	let start = 0;
	for (const match of text.matchAll(boundary)) {
		if (/(?:^|[\s.])(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|No)\.$/u.test(text.slice(Math.max(0, match.index - 4), match.index + 1))) continue;
		const end = match.index + match[1]!.length;
		pushTrimmed(sentences, text, start, end);
		start = match.index + match[0].length;
	}
	pushTrimmed(sentences, text, start, text.length);
	return sentences;
}


const speechVerb =
	/\b(?:said|says|say|saying|added|adds|adding|told|tells|telling|stated|states|declared|called (?:for|on)|calls (?:for|on)|calling (?:for|on)|condemned|condemns|condemning|decried|decries|reiterated|reiterates|stressed|stresses|stressing|confirmed|confirms|reported|reports|claimed|claims|claiming|remarked|mentioned|responded|urged|urges|warned|warns|announced|announces|denied|insisted|pledged|expressed|expressing|noted|argued|vowed|demanded|welcomed|accused|underscored|underscores|emphasized|emphasised|emphasizes|emphasises|highlighted|reaffirmed|reaffirms|raised|asked|encouraged|thanked|according to)\b/g;
const sayingVerb = /^(?:said|says|told|tells|added|adds|stated|states|declared|claimed|claims|warned|warns|insisted|announced|confirmed|confirms|denied|according to)$/;
const filler = /^(?:[\s,]|\b(?:also|again|later|then|earlier|has|had|have|was|were|is|once|further|previously)\b)*$/;
const pronoun = /\b(he|she|it|they)\s*$/i;
/** ", director of the Calder Institute, " or ", who chairs the committee, ": a description between a name and its verb. */
const apposition = /^,\s+(?:who\b|the\b|a\b|an\b|\p{Ll})[^,;"“”]*,\s*(?:also\s+)?$/u;

/** A transcript's turn: the speaker's name in capitals or as a name, then a colon ("MS SORENSEN: We count…"). */
const turnLabel = /^(?:(?:MR|MRS|MS|DR|Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}:[^\S\n]+/u;

/** Statements in a text, given the people and organizations already marked in it. */
export function suggestStatements(text: string, marks: NameMark[]): StatementSuggestion[] {
	const quotes = findQuotes(text);
	const speakers = marks.filter((m) => m.kind === 'person' || m.kind === 'organization');
	const outsideQuotes = (r: Range) => !quotes.some((q) => r.start >= q.start && r.end <= q.end);
	const turns = findTurns(text, speakers);
	const units = statementUnits(findSentences(text), quotes).flatMap((unit) => splitClauses(text, unit, speakers, outsideQuotes));
	const paragraphs = findParagraphs(text);
	const paragraphOf = (r: Range) => paragraphs.findIndex((p) => r.start >= p.start && r.end <= p.end);
	const suggestions: StatementSuggestion[] = [...turns];
	let previous: Range[] = [];
	let lastQuoted: { paragraph: number; speaker: string; words: string } | null = null;
	for (const whole of units) {
		// Inside a transcript's turn a sentence is the turn's speaker's, unless it reports another's words.
		const turn = turns.find((t) => whole.start < t.end && t.start < whole.end);
		const unit = turn ? { start: Math.max(whole.start, turn.start), end: whole.end } : whole;
		const inner = quotes.filter((q) => q.start >= unit.start && q.end <= unit.end);
		const verbs = [...text.slice(unit.start, unit.end).matchAll(speechVerb)]
			.map((m) => ({ start: unit.start + m.index, end: unit.start + m.index + m[0].length, words: m[0] }))
			.filter(outsideQuotes);
		if (inner.length > 0 || verbs.length > 0) {
			const unitSpeakers = speakers.filter((m) => m.start >= unit.start && m.end <= unit.end && outsideQuotes(m));
			const earlier = previous.map((r) => speakers.filter((m) => m.start >= r.start && m.end <= r.end && outsideQuotes(m)));
			const { weak, ...guessed } = guessSpeaker(text, unit, verbs, unitSpeakers, earlier);
			let guess = guessed;
			const paragraph = paragraphOf(unit);
			if (turn) {
				const firstPerson = verbs[0] !== undefined && /\b(?:I|we)\b(?:\s+[\p{L}’']+){0,2}\s*$/iu.test(text.slice(unit.start, verbs[0].start));
				// Only a verb of saying reports another's words there: "the Commission asked for it" is the speaker's account.
				const saying = verbs.some((v) => sayingVerb.test(v.words));
				if (!weak && !firstPerson && saying && guess.speaker !== null && guess.speaker !== turn.speaker) {
					const end = text[unit.end - 1] === '.' ? unit.end - 1 : unit.end;
					suggestions.push({ start: unit.start, end, mode: inner.length > 0 ? 'quoted' : 'reported', quotes: inner, ...guess });
				}
				previous = [unit, ...previous];
				continue;
			}
			// A quotation standing alone goes on the words of the last one quoted, in its paragraph or the one before.
			const alone = verbs.length === 0 && inner.length > 0 && unitSpeakers.length === 0;
			if (guess.speaker === null && alone && lastQuoted && paragraph - lastQuoted.paragraph <= 1) {
				guess = { speaker: lastQuoted.speaker, reason: `speaker guessed as the last one quoted, ${lastQuoted.words}, the quotation having no attribution of its own` };
			}
			if (guess.speaker !== null && inner.length > 0) lastQuoted = { paragraph, speaker: guess.speaker, words: nameWords(text, marks, guess.speaker) };
			// A sentence's closing full stop belongs to the writer, not to the statement.
			const end = text[unit.end - 1] === '.' && !inner.some((q) => q.end === unit.end) ? unit.end - 1 : unit.end;
			suggestions.push({ start: unit.start, end, mode: inner.length > 0 ? 'quoted' : 'reported', quotes: inner, ...guess });
			suggestions.push(...nestedReports(text, unit, verbs, unitSpeakers, guess.speaker, quotes));
		}
		previous = [unit, ...previous];
	}
	return suggestions.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Another speaker's words inside a statement: "…condemned the deaths of 13 soldiers, according to
 * the IDF" (from after the main verb), and a relative clause "Obama, who also condemned attacks
 * by Hamas," or "rejected by Hamas that claimed it was not approached" (from the name to the
 * clause's end).
 */
function nestedReports(text: string, unit: Range, verbs: (Range & { words: string })[], names: NameMark[], speaker: string | null, quotes: Range[]): StatementSuggestion[] {
	const found: StatementSuggestion[] = [];
	const quoted = (r: Range) => quotes.filter((q) => q.start >= r.start && q.end <= r.end);
	const main = verbs.find((v) => !v.words.startsWith('according'));
	for (const name of names) {
		if (name.id === speaker) continue;
		const before = text.slice(unit.start, name.start);
		const according = /,\s+according\s+to\s+(?:the\s+)?$/.exec(before);
		if (according && main && main.end < name.start && /^[\s.,;:]*$/.test(text.slice(name.end, unit.end))) {
			const start = main.end + (/^\s*/.exec(text.slice(main.end))?.[0].length ?? 0);
			const range = { start, end: name.end };
			found.push({ ...range, mode: quoted(range).length > 0 ? 'quoted' : 'reported', quotes: quoted(range), speaker: name.id, reason: `speaker guessed from “according to ${text.slice(name.start, name.end)}”, inside another statement` });
			continue;
		}
		const relative = new RegExp(`^,?\\s+(?:who|which|that)\\s+(?:also\\s+|again\\s+|later\\s+)?(?:${speechVerb.source})`).exec(text.slice(name.end, unit.end));
		if (!relative) continue;
		const clauseEnd = /[,;.]/.exec(text.slice(name.end + relative[0].length, unit.end));
		const range = { start: name.start, end: clauseEnd ? name.end + relative[0].length + clauseEnd.index : unit.end };
		found.push({ ...range, mode: quoted(range).length > 0 ? 'quoted' : 'reported', quotes: quoted(range), speaker: name.id, reason: `speaker guessed from “${text.slice(name.start, name.end + relative[0].length).replace(/\s+/g, ' ')}”, inside another statement` });
	}
	return found;
}

const nameWords = (text: string, marks: NameMark[], id: string) => {
	const mark = marks.find((m) => m.id === id);
	return mark ? text.slice(mark.start, mark.end).replace(/\s+/g, ' ') : id;
};

/** Transcript turns whose label names a known person or organization: the words after the label are theirs. */
function findTurns(text: string, speakers: NameMark[]): StatementSuggestion[] {
	return findParagraphs(text).flatMap((paragraph) => {
		const label = turnLabel.exec(text.slice(paragraph.start, paragraph.end));
		if (!label) return [];
		const speaker = speakers.find((m) => m.start >= paragraph.start && m.end <= paragraph.start + label[0].length);
		const start = paragraph.start + label[0].length;
		// A turn that only asks ("Coastline Weekly: What happens then?") states nothing.
		if (!speaker || start >= paragraph.end || /\?["”’)]*$/.test(text.slice(start, paragraph.end))) return [];
		const words = text.slice(speaker.start, speaker.end);
		return [{ start, end: paragraph.end, mode: 'quoted', quotes: [], speaker: speaker.id, reason: `speaker read from the transcript’s label “${label[0].trim()}” (${words})` }];
	});
}

/** Sentences, joined where a quotation runs from one into the next. */
function statementUnits(sentences: Range[], quotes: Range[]): Range[] {
	const units: Range[] = [];
	for (const sentence of sentences) {
		const last = units.at(-1);
		if (last && quotes.some((q) => q.start < last.end && q.end > sentence.start)) last.end = sentence.end;
		else units.push({ ...sentence });
	}
	return units;
}

/**
 * A sentence of two speakers' statements ("Netanyahu remarked to Obama that …, and Obama later
 * mentioned …"): split where ", and" or ";" is followed by a name and its own speech verb.
 */
function splitClauses(text: string, unit: Range, speakers: NameMark[], outsideQuotes: (r: Range) => boolean): Range[] {
	const clauses: Range[] = [];
	let start = unit.start;
	for (const join of text.slice(unit.start, unit.end).matchAll(/,\s+and\s+|;\s+/g)) {
		const at = unit.start + join.index;
		const after = at + join[0].length;
		if (!outsideQuotes({ start: at, end: after })) continue;
		const name = speakers.find((m) => m.start === after);
		if (!name) continue;
		const verb = new RegExp(speechVerb.source, 'y');
		verb.lastIndex = name.end + (/^(?:\s|\b(?:also|again|later|then)\b)*/.exec(text.slice(name.end))?.[0].length ?? 0);
		if (!verb.test(text)) continue;
		pushTrimmed(clauses, text, start, at);
		start = after;
	}
	pushTrimmed(clauses, text, start, unit.end);
	return clauses;
}

/**
 * In order: a name before a description and a speech verb ("Jen Psaki, a spokeswoman at the
 * White House, said"); a name just before a speech verb ("the White House said"); a pronoun there, read as
 * the first person (he, she) or organization (it, they) of the nearest earlier sentence; for
 * "saying", "adding", the sentence's first name; a name after the verb ("said … Jen Psaki");
 * the sentence's first name.
 */
function guessSpeaker(
	text: string,
	unit: Range,
	verbs: (Range & { words: string })[],
	names: NameMark[],
	earlier: NameMark[][],
): { speaker: string | null; reason: string; weak?: true } {
	const found = (mark: NameMark | undefined, verb: Range & { words: string }, how: string) =>
		mark ? { speaker: mark.id, reason: `speaker guessed from ${how} “${text.slice(Math.min(mark.start, verb.start), Math.max(mark.end, verb.end)).replace(/\s+/g, ' ')}”` } : null;
	for (const verb of verbs) {
		const before = names.filter((m) => m.end <= verb.start);
		// "…, saying" and "…, adding" belong to the sentence's subject, not to the nearest name.
		const subject = before[0];
		if (/ing$/.test(verb.words) && subject) {
			return { speaker: subject.id, reason: `speaker guessed as the subject of “${verb.words}”, ${text.slice(subject.start, subject.end)}` };
		}
		// "Tomasz Brenner, director of the Calder Institute, said": the name before the apposition speaks.
		const described = before.find((m) => apposition.test(text.slice(m.end, verb.start)));
		if (described) return { speaker: described.id, reason: `speaker guessed from the attribution “${text.slice(described.start, verb.end).replace(/\s+/g, ' ')}”` };
		const adjacent = before.at(-1);
		// "Sergeant Colm Adebayo of the Roads Policing Unit said": the person, not the body they belong to.
		const member = before.at(-2);
		if (adjacent && member && member.kind === 'person' && adjacent.kind === 'organization' && /^\s+(?:of|from|at)\s+(?:the\s+)?$/.test(text.slice(member.end, adjacent.start)) && filler.test(text.slice(adjacent.end, verb.start))) {
			return { speaker: member.id, reason: `speaker guessed from the attribution “${text.slice(member.start, verb.end).replace(/\s+/g, ' ')}”` };
		}
		if (adjacent && filler.test(text.slice(adjacent.end, verb.start))) return found(adjacent, verb, 'the attribution')!;
		const lead = text.slice(unit.start, verb.start);
		const pronounMatch = pronoun.exec(lead.replace(/[\s,]*(?:\b(?:also|again|later|then)\b[\s,]*)*$/, ''));
		if (pronounMatch) {
			const person = /^(he|she)$/i.test(pronounMatch[1]!);
			for (const names of earlier) {
				const mark = names.find((m) => (person ? m.kind === 'person' : m.kind === 'organization')) ?? (person ? undefined : names.find((m) => m.kind === 'person'));
				if (mark) return { speaker: mark.id, reason: `speaker guessed: “${pronounMatch[1]} ${verb.words}” read as ${text.slice(mark.start, mark.end)}, named in an earlier sentence` };
			}
		}
	}
	for (const verb of verbs) {
		const after = names.filter((m) => m.start >= verb.end);
		const guess = found(after.find((m) => m.kind === 'person') ?? after[0], verb, 'the attribution');
		if (guess) return guess;
	}
	const first = names[0];
	if (first) return { speaker: first.id, reason: `speaker guessed as the first name in the sentence, ${text.slice(first.start, first.end)}`, weak: true };
	return { speaker: null, reason: 'no speaker found' };
}
