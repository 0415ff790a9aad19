/**
 * How good an import's suggestions are, against what a careful editor annotates in the same text
 * (the gold standard). Pure: both annotations in, counts and rates out.
 *
 * The unit is the distinct subject per text: a person, organization or place is found when the
 * import marks it at least once, whatever the number of mentions, and a suggestion is right when
 * the editor annotates that subject too. A subject the content already knows is identified by its
 * id; a new one the import suggests is identified by where it is marked: it is right when one of
 * its marks overlaps a mention of a gold subject of the same kind that the content does not know
 * yet (a new entry for a known subject is a duplicate, so wrong), each gold subject taken once.
 *
 * Statements are counted per annotated span: one is found when a suggestion overlaps it. The
 * speaker of a suggestion is judged against the gold statement it matches best (overlap over
 * union, so a suggestion of a nested statement's words is judged against that one), the
 * speaker's identity read the same way as the entities'.
 */
import { entityKinds, type EntityKind } from '../views/copy.ts';
import type { Range } from './paragraphs.ts';

export interface AnnotatedSubject {
	id: string;
	kind: EntityKind;
	/** Where the subject is marked, offsets into the text. */
	spans: Range[];
	/** A name, for reports. */
	words: string;
}

export interface AnnotatedStatement extends Range {
	/** The speaker's id, or null when the suggestion has none. */
	speaker: string | null;
}

export interface Annotations {
	entities: AnnotatedSubject[];
	statements: AnnotatedStatement[];
}

export interface Score {
	suggested: number;
	/** Suggestions that are right (true positives); the rest are false positives. */
	right: number;
	toFind: number;
	/** Gold items found; the rest are false negatives. */
	found: number;
	/** Right over suggested; 1 when nothing was suggested (nothing wrong was). */
	precision: number;
	/** Found over to find; 1 when there was nothing to find. */
	recall: number;
}

export interface EntityScore extends Score {
	/** The names of the gold subjects the import did not find. */
	missed: string[];
	/** The names of the subjects the import suggested that the editor does not annotate. */
	wrong: string[];
}

export interface SpeakerScore {
	right: number;
	/** Suggestions that overlap a gold statement: those whose speaker can be judged. */
	judged: number;
	/** Right over judged; 1 when nothing could be judged. */
	accuracy: number;
}

export interface Evaluation {
	entities: Record<EntityKind, EntityScore>;
	statements: Score;
	/** Per suggested statement: the goal's measure. */
	speakers: SpeakerScore;
	/**
	 * Per annotated statement found: right when a suggestion over it gives its speaker. Stricter
	 * where statements nest: a report inside another's ("…, according to the IDF") needs its own.
	 */
	annotatedSpeakers: SpeakerScore;
}

/** A share, 1 when the whole is empty: nothing to find is all found, nothing suggested is nothing wrong. */
export const rate = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);

const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;
const overlap = (a: Range, b: Range) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
/** Overlap over union: a statement nested in another matches the suggestion of its own words better than the outer one. */
const match = (a: Range, b: Range) => overlap(a, b) / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
const touching = (a: AnnotatedSubject, b: AnnotatedSubject) => a.spans.filter((s) => b.spans.some((t) => overlaps(s, t))).length;

function score(suggested: number, right: number, toFind: number, found: number): Score {
	return { suggested, right, toFind, found, precision: rate(right, suggested), recall: rate(found, toFind) };
}

/**
 * Which gold subject each suggested subject is: itself when the content knows it, else the
 * unknown gold subject of its kind it overlaps most, each taken once.
 */
export function identify(suggested: AnnotatedSubject[], gold: AnnotatedSubject[], known: ReadonlySet<string>): Map<string, string> {
	const identity = new Map<string, string>();
	const goldIds = new Set(gold.map((g) => g.id));
	for (const s of suggested) if (known.has(s.id) && goldIds.has(s.id)) identity.set(s.id, s.id);
	const pairs = suggested
		.filter((s) => !known.has(s.id))
		.flatMap((s) => gold.filter((g) => g.kind === s.kind && !known.has(g.id)).map((g) => ({ s, g, n: touching(s, g) })))
		.filter((p) => p.n > 0)
		.sort((a, b) => b.n - a.n);
	const taken = new Set<string>();
	for (const { s, g } of pairs) {
		if (identity.has(s.id) || taken.has(g.id)) continue;
		identity.set(s.id, g.id);
		taken.add(g.id);
	}
	return identity;
}

export function evaluate(suggested: Annotations, gold: Annotations, known: ReadonlySet<string>): Evaluation {
	const identity = identify(suggested.entities, gold.entities, known);
	const found = new Set(identity.values());
	const entities = Object.fromEntries(
		entityKinds.map((kind) => {
			const mine = suggested.entities.filter((s) => s.kind === kind);
			const theirs = gold.entities.filter((g) => g.kind === kind);
			const right = mine.filter((s) => identity.has(s.id));
			return [
				kind,
				{
					// One to one: each right suggestion finds one gold subject.
					...score(mine.length, right.length, theirs.length, right.length),
					missed: theirs.filter((g) => !found.has(g.id)).map((g) => g.words),
					wrong: mine.filter((s) => !identity.has(s.id)).map((s) => s.words),
				},
			];
		}),
	) as Record<EntityKind, EntityScore>;

	const onGold = suggested.statements.flatMap((s) => {
		const best = gold.statements.map((g) => ({ g, n: match(s, g) })).filter((p) => p.n > 0).sort((a, b) => b.n - a.n)[0];
		return best ? [{ s, g: best.g }] : [];
	});
	const foundStatements = gold.statements.filter((g) => suggested.statements.some((s) => overlaps(s, g)));
	const speakerOf = (id: string | null) => (id === null ? undefined : known.has(id) ? id : identity.get(id));
	const right = onGold.filter(({ s, g }) => speakerOf(s.speaker) === g.speaker).length;
	const rightAnnotated = foundStatements.filter((g) => suggested.statements.some((s) => overlaps(s, g) && speakerOf(s.speaker) === g.speaker)).length;
	return {
		entities,
		statements: score(suggested.statements.length, onGold.length, gold.statements.length, foundStatements.length),
		speakers: { right, judged: onGold.length, accuracy: rate(right, onGold.length) },
		annotatedSpeakers: { right: rightAnnotated, judged: foundStatements.length, accuracy: rate(rightAnnotated, foundStatements.length) },
	};
}
