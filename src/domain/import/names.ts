/**
 * Finds the mentions of known people, organizations and places in a new source by their names
 * and aliases. Pure: text and subjects in, marks and what was left alone out.
 */
import { sentenceAround } from '../model/sentences.ts';
import type { EntityKind } from '../views/copy.ts';

export interface NamedSubject {
	id: string;
	kind: EntityKind;
	name: string;
	aliases: string[];
	/** What the content says of the subject (description, context): used to tell apart subjects sharing a name. */
	about: string;
}

export interface NameMark {
	id: string;
	kind: EntityKind;
	/** Offsets into the source, [start, end). */
	start: number;
	end: number;
}

export interface Ambiguity {
	start: number;
	end: number;
	words: string;
	/** The subjects the words could name. */
	ids: string[];
}

export interface NameMatches {
	marks: NameMark[];
	/** Words that name several subjects with nothing to tell which: left for the editor. */
	ambiguous: Ambiguity[];
}

/** How often existing articles mark given words (whitespace and apostrophes normalized) as each subject. */
export type Usage = Map<string, Map<string, number>>;

interface Candidate {
	start: number;
	end: number;
	ids: string[];
}

const letterOrDigit = '[\\p{L}\\p{N}]';

/** The words of a name, normalized the way the matcher compares them. */
export function normalizeWords(words: string): string {
	return words.replace(/\s+/g, ' ').replace(/[’‘]/g, "'").trim();
}

/**
 * A pattern for one name: whole words only, any whitespace (a line break too) between words,
 * curly and straight apostrophes alike, and a lowercase first letter may be capitalized.
 */
export function namePattern(name: string): RegExp {
	const body = [...normalizeWords(name)]
		.map((char, i) => {
			if (char === ' ') return '\\s+';
			if (char === "'") return "['’‘]";
			if (i === 0 && /\p{Ll}/u.test(char)) return `[${char}${char.toUpperCase()}]`;
			return char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
		})
		.join('');
	return new RegExp(`(?<!${letterOrDigit})${body}(?!${letterOrDigit})`, 'gu');
}

/**
 * "the Kuwaiti Emir and Foreign Minister": the second title shares the first one's qualifier, so
 * "Foreign Minister" there is "Kuwaiti Foreign Minister". A pattern for the shortened name, the
 * words it stands for in the first group, or null for a name of one word or a lowercase qualifier.
 */
function sharedQualifierPattern(name: string): RegExp | null {
	const [qualifier, ...rest] = normalizeWords(name).split(' ');
	if (rest.length === 0 || !/^\p{Lu}/u.test(qualifier!)) return null;
	const shortened = namePattern(rest.join(' ')).source;
	const escaped = qualifier!.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
	return new RegExp(`(?<=(?<!${letterOrDigit})${escaped}\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3}(?:and|&)\\s+)${shortened}`, 'gu');
}

function findCandidates(text: string, subjects: NamedSubject[]): Candidate[] {
	const bySpan = new Map<string, Candidate>();
	for (const subject of subjects) {
		for (const name of new Set([subject.name, ...subject.aliases])) {
			if (normalizeWords(name) === '') continue;
			const shared = sharedQualifierPattern(name);
			for (const match of [...text.matchAll(namePattern(name)), ...(shared ? text.matchAll(shared) : [])]) {
				const start = match.index;
				const end = start + match[0].length;
				const key = `${start}:${end}`;
				const candidate = bySpan.get(key) ?? { start, end, ids: [] };
				if (!candidate.ids.includes(subject.id)) candidate.ids.push(subject.id);
				bySpan.set(key, candidate);
			}
		}
	}
	return [...bySpan.values()];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const inside = (a: { start: number; end: number }, from: number, to: number) => a.start >= from && a.end <= to;

export function matchNames(text: string, subjects: NamedSubject[], usage: Usage = new Map()): NameMatches {
	const candidates = findCandidates(text, subjects);
	const chosen = resolve(text, candidates, 0, text.length, null);
	const byId = new Map(subjects.map((s) => [s.id, s]));
	const marks: NameMark[] = [];
	const ambiguous: Ambiguity[] = [];
	const sure = chosen.filter((c) => c.ids.length === 1);
	for (const candidate of chosen) {
		const id = candidate.ids.length === 1 ? candidate.ids[0]! : disambiguate(text, candidate, sure, byId, usage);
		if (id === null) {
			ambiguous.push({ start: candidate.start, end: candidate.end, words: text.slice(candidate.start, candidate.end), ids: candidate.ids });
		} else {
			marks.push({ id, kind: byId.get(id)!.kind, start: candidate.start, end: candidate.end });
		}
	}
	marks.sort((a, b) => a.start - b.start);
	return { marks, ambiguous };
}

/**
 * Longest match first. A match that is a title naming other subjects, before or inside the
 * subject's own name ("Egypt’s foreign minister Sameh Shoukry", "UN Envoy for the Middle East
 * Peace Process" before "Robert Serry"), marks the name only, and the title's words are matched
 * on their own, so "Egypt", "UN" and "Middle East" keep their marks.
 */
function resolve(text: string, all: Candidate[], from: number, to: number, without: Candidate | null): Candidate[] {
	const pool = all.filter((c) => c !== without && inside(c, from, to)).sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
	const chosen: Candidate[] = [];
	for (const candidate of pool) {
		if (chosen.some((c) => overlaps(c, candidate))) continue;
		const title = candidate.ids.length === 1 ? titleOf(text, all, candidate) : null;
		if (title === null) {
			chosen.push(candidate);
			continue;
		}
		for (const c of [...(title.name ? [title.name] : []), ...resolve(text, all, title.start, title.end, candidate)]) {
			if (!chosen.some((x) => overlaps(x, c))) chosen.push(c);
		}
	}
	return chosen;
}

/** The title part of a match, and the subject's own name inside it (null when the name follows it). */
function titleOf(text: string, all: Candidate[], match: Candidate): { start: number; end: number; name: Candidate | null } | null {
	const id = match.ids[0]!;
	const ownSuffixes = all
		.filter((c) => c !== match && c.ids.includes(id) && c.end === match.end && c.start > match.start)
		.sort((a, b) => a.start - b.start);
	for (const suffix of ownSuffixes) {
		if (isTitle(text, all, match.start, suffix.start, id)) return { start: match.start, end: suffix.start, name: suffix };
	}
	const next = match.end + (/^\s*/.exec(text.slice(match.end))?.[0].length ?? 0);
	// Only a match that holds none of the subject's own names is a title ("John Kerry John Kerry" is two names).
	const holdsName = all.some((c) => c !== match && c.ids.includes(id) && inside(c, match.start, match.end));
	const followedByName = !holdsName && all.some((c) => c.start === next && c.ids.includes(id));
	if (followedByName && isTitle(text, all, match.start, match.end, id)) return { start: match.start, end: match.end, name: null };
	return null;
}

/**
 * A title that names other subjects among words of its own ("Egypt’s foreign minister",
 * "US channel"): those names keep their own marks. A title naming no one ("President",
 * "Secretary of State") stays part of the match, and so does a name made only of other names.
 */
function isTitle(text: string, all: Candidate[], from: number, to: number, id: string): boolean {
	const names = all.filter((c) => !c.ids.includes(id) && inside(c, from, to));
	if (names.length === 0) return false;
	for (const word of text.slice(from, to).matchAll(/[\p{L}\p{N}]+/gu)) {
		const start = from + word.index;
		if (!names.some((c) => c.start <= start && start < c.end)) return true;
	}
	return false;
}

/**
 * Several subjects share the words (Gaza, the Strip or the City). The sentence decides first:
 * a subject whose full name appears in what the content says of the other subjects named in the
 * same sentence; then the article: a subject whose full name it uses; then the existing
 * articles: the subject they most often mean by these words. Otherwise: left alone.
 */
function disambiguate(text: string, candidate: Candidate, sure: Candidate[], byId: Map<string, NamedSubject>, usage: Usage): string | null {
	const sentence = sentenceAround(text, candidate.start, candidate.end);
	const neighbours = sure.filter((c) => inside(c, sentence.start, sentence.end)).map((c) => byId.get(c.ids[0]!)!);
	const contains = (haystack: string, name: string) => namePattern(name).test(haystack);
	const pick = (score: (id: string) => number): string | null => {
		const scores = candidate.ids.map((id) => ({ id, score: score(id) })).sort((a, b) => b.score - a.score);
		return scores[0]!.score > 0 && scores[0]!.score > scores[1]!.score ? scores[0]!.id : null;
	};
	return (
		pick((id) => neighbours.filter((n) => n.id !== id && contains(n.about, byId.get(id)!.name)).length) ??
		pick((id) => (contains(text, byId.get(id)!.name) ? 1 : 0)) ??
		pick((id) => usage.get(normalizeWords(text.slice(candidate.start, candidate.end)))?.get(id) ?? 0)
	);
}
