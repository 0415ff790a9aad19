/**
 * The rates at which the benchmark's synthetic archive grows its cast, derived from the first
 * edition by counting (`castRates` of `content/`; tests/unit/bench/cast.test.ts recomputes them
 * and fails if the content and these numbers part).
 *
 * First edition, two reports (report 1 = the earlier file in reading order, report 2 the other):
 *
 * | kind          | distinct in 1 | distinct in 2 | in both | mentions per report |
 * | statements    | 13            | 13            | 2       | 13.5                |
 * | figures       | 4             | 4             | 1       | 4                   |
 * | events        | 12            | 7             | 3       | 13                  |
 * | people        | 9             | 5             | 1       | 19                  |
 * | organizations | 7             | 4             | 2       | 9.5                 |
 * | places        | 10            | 7             | 6       | 22                  |
 *
 * So per report the archive draws the mean number of distinct subjects of each kind (rounded),
 * and of those the share that report 2 shared with report 1 is taken from earlier reports
 * ("reported again"); the rest are new. Statements, figures and events are new at a constant
 * rate: they belong to the report. People, organizations and places are new at a falling rate:
 * the number of distinct entities after n reports follows Heaps' law, K·n^β, with K the
 * distinct count of the first report. Two reports are too few to fit β (they give 0.14 for
 * places, 0.36 for organizations, 0.53 for people, 0.34 for all three); the archive uses 0.5
 * for every kind, the upper end, so that the cast, and the page count, grow no slower than the
 * first edition suggests. That choice is the benchmark's, not the content's.
 */
import { kindNames, type Kind } from '../src/domain/model/schema.ts';
import type { Sourcebook } from '../src/domain/model/sourcebook.ts';

export interface KindRate {
	/** Distinct subjects of the kind a report mentions, the mean over the edition's reports. */
	perReport: number;
	/** Mentions of the kind per report, the mean. */
	mentionsPerReport: number;
	/** Of a later report's distinct subjects, the share an earlier report already had. */
	reported: number;
	/** Distinct subjects of the kind in the first report: K of Heaps' law. */
	first: number;
}

export type CastRates = Record<Kind, KindRate>;

/** Heaps' exponent for people, organizations and places: see the module's comment. */
export const entityGrowth = 0.5;

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The rates of a book of two or more reports, counted: the first report against the others. */
export function castRates(book: Sourcebook): CastRates {
	const [first, ...later] = book.articles;
	if (!first || later.length === 0) throw new Error('castRates needs at least two reports');
	const distinct = (slug: string, kind: Kind) => new Set(book.articles.find((a) => a.slug === slug)!.mentions.filter((m) => m.kind === kind).map((m) => m.subjectId));
	return Object.fromEntries(
		kindNames.map((kind) => {
			const sets = book.articles.map((a) => distinct(a.slug, kind));
			const seen = new Set(sets[0]);
			let again = 0;
			let laterTotal = 0;
			for (const set of sets.slice(1)) {
				for (const id of set) if (seen.has(id)) again++;
				laterTotal += set.size;
				for (const id of set) seen.add(id);
			}
			const mentions = book.articles.reduce((sum, a) => sum + a.mentions.filter((m) => m.kind === kind).length, 0);
			const rate: KindRate = {
				perReport: round2(sets.reduce((sum, s) => sum + s.size, 0) / sets.length),
				mentionsPerReport: round2(mentions / sets.length),
				reported: round2(again / laterTotal),
				first: sets[0]!.size,
			};
			return [kind, rate];
		}),
	) as CastRates;
}

/** `castRates` of the first edition (content/), as counted at the time of writing. */
export const firstEditionRates: CastRates = {
	person: { perReport: 7, mentionsPerReport: 19, reported: 0.2, first: 9 },
	organization: { perReport: 5.5, mentionsPerReport: 9.5, reported: 0.5, first: 7 },
	place: { perReport: 8.5, mentionsPerReport: 22, reported: 0.86, first: 10 },
	statement: { perReport: 13, mentionsPerReport: 13.5, reported: 0.15, first: 13 },
	figure: { perReport: 4, mentionsPerReport: 4, reported: 0.25, first: 4 },
	event: { perReport: 9.5, mentionsPerReport: 13, reported: 0.43, first: 12 },
};
