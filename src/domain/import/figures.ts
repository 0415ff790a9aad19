/**
 * Suggests figures: numbers that count or measure something ("at least 509 Palestinians",
 * "more than 100", "thirteen soldiers"), with value, unit and qualifier read from the words.
 * Numbers are found and read (digits or words) by compromise; years and numbers that count
 * nothing are left alone.
 */
import nlp from 'compromise';
import type { Figure } from '../model/schema.ts';
import type { Range } from './paragraphs.ts';

export interface FigureSuggestion extends Range {
	value: number;
	/** The source's own words for what is counted: "Israeli soldiers". */
	unit: string;
	qualifier: Figure['qualifier'];
}

interface Term extends Range {
	text: string;
	tags: string[];
	/** Punctuation after the term. */
	post: string;
}

interface CompromiseTerm {
	text: string;
	tags: string[];
	post: string;
	offset: { start: number; length: number };
}

const qualifiers: [RegExp, Figure['qualifier']][] = [
	[/\bat\s+least\s+$/i, 'at-least'],
	[/\b(?:more\s+than|over|upwards\s+of)\s+$/i, 'more-than'],
	[/\b(?:about|around|approximately|nearly|almost|roughly|some)\s+$/i, 'about'],
];

/** A number followed by what it counts: adjectives and nouns, up to four words, ending on a noun. */
function unitAfter(terms: Term[], from: number): Term[] {
	const unit: Term[] = [];
	for (let i = from; i < terms.length && unit.length < 4; i++) {
		const term = terms[i]!;
		const word = term.tags.includes('Noun') || term.tags.includes('Adjective');
		if (!word || ['Pronoun', 'WeekDay', 'Month', 'Value'].some((tag) => term.tags.includes(tag))) break;
		unit.push(term);
		if (/[^\s]/.test(term.post)) break;
	}
	while (unit.length > 0 && !unit.at(-1)!.tags.includes('Noun')) unit.pop();
	return unit;
}

/** Units of time: "three days", "two weeks ago" say when, not how many of something a report counts. */
const durations = /^(?:(?:calendar|working|straight|consecutive|more|few|full)\s+)?(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|months?|years?|decades?|centur(?:y|ies)|times?|rounds?|o'clock)$/i;

const ordinals = /\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)$/i;

/**
 * Why a number never counts anything, or null: a time of day ("10:30", "4 p.m."), or a piece of
 * a phone number, reference, ratio or score ("555-0143", "3:1").
 */
function notANumberThatCounts(text: string, start: number, end: number, value: number): string | null {
	if (!Number.isFinite(value)) return 'not read as a number';
	const words = text.slice(start, end);
	// "0958": a leading zero is a code or a phone number's part.
	if (/^0\d/.test(words)) return 'part of a phone number, reference or date, not a count';
	const before = text.slice(Math.max(0, start - 2), start);
	const after = text.slice(end, end + 8);
	if (/^\s*(?:[ap]\.?m\.?|GMT|UTC|EDT|EST|BST|CET|hours\b|h\b)/i.test(after) || /^:\d/.test(after) || /\d:$/.test(before)) return 'a time of day or a ratio, not a count';
	if (/[-+/(:.]$/.test(before.trimEnd()) && /\d/.test(text.slice(Math.max(0, start - 3), start)) || /^[-/)]\d/.test(after) || /^\+$/.test(before.trim())) {
		return 'part of a phone number, reference or date, not a count';
	}
	return null;
}

export interface SkippedNumber extends Range {
	why: string;
}

/** The noun a unit ends on, singular and lowercase: "telephone calls" and "call" both count calls. */
const headNoun = (unit: string) => (unit.toLowerCase().split(/\s+/).at(-1) ?? '').replace(/(?:ies)$/, 'y').replace(/s$/, '');

/**
 * @param countedUnits the units of the figures the content already has: an ordinal or a span of
 * time is a figure only when it counts what the content counts ("second call" where calls are
 * counted), not otherwise ("three days", "the second round").
 */
export function suggestFigures(text: string, countedUnits: readonly string[] = []): { figures: FigureSuggestion[]; skipped: SkippedNumber[] } {
	const counted = new Set(countedUnits.map(headNoun));
	const doc = nlp(text);
	const terms: Term[] = (doc.json({ offset: true, terms: { offset: true } }) as { terms: CompromiseTerm[] }[]).flatMap((s) =>
		s.terms.map((t) => ({ text: t.text, tags: t.tags, post: t.post, start: t.offset.start, end: t.offset.start + t.offset.length })),
	);
	const numbers = doc.numbers().json({ offset: true }) as { offset: { start: number; length: number }; number: { num: number } }[];
	const figures: FigureSuggestion[] = [];
	const skipped: SkippedNumber[] = [];
	for (const { offset, number } of numbers) {
		const start = offset.start;
		const end = start + offset.length;
		const words = text.slice(start, end);
		// A year ("November of 2012") is a date, not a count.
		if (/^\d{4}$/.test(words) && number.num >= 1800 && number.num <= 2100) {
			skipped.push({ start, end, why: 'read as a year' });
			continue;
		}
		const notCount = notANumberThatCounts(text, start, end, number.num);
		if (notCount) {
			skipped.push({ start, end, why: notCount });
			continue;
		}
		const next = terms.findIndex((t) => t.start >= end);
		const last = terms[next - 1];
		const unit = next < 0 || (last && /[^\s]/.test(last.post)) ? [] : unitAfter(terms, next);
		if (unit.length === 0) {
			skipped.push({ start, end, why: 'no noun after it says what it counts' });
			continue;
		}
		const lead = text.slice(Math.max(0, start - 20), start);
		const found = qualifiers.map(([pattern, qualifier]) => ({ match: pattern.exec(lead), qualifier })).find((q) => q.match);
		const unitWords = text.slice(unit[0]!.start, unit.at(-1)!.end);
		const term = terms.find((t) => t.start <= start && t.end > start);
		const ordinal = term?.tags.includes('Ordinal') || ordinals.test(words);
		const soft = ordinal ? 'an ordinal, not a count' : durations.test(unitWords) ? 'a span of time, not a count' : null;
		if (soft !== null && !counted.has(headNoun(unitWords))) {
			skipped.push({ start, end, why: soft });
			continue;
		}
		figures.push({
			start: found ? start - lead.length + found.match!.index : start,
			end: unit.at(-1)!.end,
			value: number.num,
			unit: unitWords.replace(/\s+/g, ' '),
			qualifier: found?.qualifier ?? 'exactly',
		});
	}
	return { figures, skipped };
}
