/**
 * Figures compared across the sources, measure by measure: who gives which value for what
 * period, and the layout of a bar chart of those values, computed here so the page only draws it.
 * A few sources are compared report by report; a larger archive figure by figure, each with the
 * number of sources that give it, so that the comparison does not grow with the archive.
 */
import { sourceName } from './copy.ts';
import { formatDate, formatFigure, measureName, subjectsOf } from './queries.ts';
import type { Difference } from '../model/schema.ts';
import type { Article, Mention, Sourcebook, SubjectOf } from '../model/sourcebook.ts';

/** One source giving one figure. */
export interface Report {
	figure: SubjectOf<'figure'>;
	article: Article;
	/** The first annotation of the figure in the article. */
	anchor: string;
	words: string;
	/** The figure's period, when this source's sentence states it (a figure two sources share may have it from one only). */
	period: string | null;
}

export interface MeasureComparison {
	measure: string;
	/** The figure's own label when it is the measure's only figure; otherwise the measure as words. */
	name: string;
	figures: readonly SubjectOf<'figure'>[];
	/** Figure by figure, source by source, in the sourcebook's order of articles. */
	reports: Report[];
	/** The same reports, source by source: every article, with none where it gives no such figure. */
	bySource: { article: Article; reports: Report[] }[];
	/** The same reports, figure by figure, in the order of `figures`. */
	byFigure: { figure: SubjectOf<'figure'>; reports: Report[] }[];
	/** The differences recorded on the measure's figures, each once. */
	differences: Difference[];
}

export function compareMeasures(book: Sourcebook): MeasureComparison[] {
	const measures = [...new Set(subjectsOf(book, 'figure').map((f) => f.data.measure))].sort();
	return measures.map((measure) => {
		const figures = book.figuresOfMeasure(measure);
		const byFigure = figures.map((figure) => ({
			figure,
			reports: book.mentionsByArticle(figure.id).map(({ article, mentions }): Report => {
				const period = figure.data.period && mentions.some((m) => statesPeriod(m, figure.data.period!)) ? figure.data.period : null;
				return { figure, article, anchor: mentions[0]!.anchor, words: mentions[0]!.words, period };
			}),
		}));
		const reports = byFigure.flatMap((f) => f.reports);
		const ofArticle = Map.groupBy(reports, (r) => r.article);
		const bySource = book.articles.map((article) => ({ article, reports: ofArticle.get(article) ?? [] }));
		const differences = [...new Map(figures.flatMap((f) => f.data.differences).map((d) => [JSON.stringify(d), d])).values()];
		return { measure, name: figures.length === 1 ? figures[0]!.title : measureName(measure), figures, reports, bySource, byFigure, differences };
	});
}

/**
 * True when the sentence of a mention has every word of three letters or more of a period:
 * "in one day" is stated by "were killed in one day", not by "in several separate incidents".
 */
export function statesPeriod(mention: Mention, period: string): boolean {
	const sentence = words(`${mention.context.before} ${mention.words} ${mention.context.after}`);
	return [...words(period)].every((w) => w.length < 3 || sentence.has(w));
}

function words(text: string): Set<string> {
	return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

export interface Bar {
	figure: SubjectOf<'figure'>;
	/** The source that gives it, when each bar is one source's report. */
	article?: Article;
	value: number;
	/** The row's label (the source, or the figure, and its date) and the value as written beside the bar. */
	label: string;
	valueText: string;
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface BarChart {
	width: number;
	height: number;
	/** Where the bars start; labels sit to the left of it. */
	axisX: number;
	bars: Bar[];
}

const layout = { width: 640, labelWidth: 250, valueWidth: 170, row: 30, bar: 18, padding: 8 };

/**
 * Horizontal bars on a scale from zero to the measure's largest value: one per report, or, for
 * an archive compared figure by figure, one per figure.
 */
export function barChart(comparison: MeasureComparison, per: 'report' | 'figure' = 'report'): BarChart {
	const rows =
		per === 'report'
			? comparison.reports.map((r) => ({ figure: r.figure, article: r.article, label: sourceName(r.article.meta) }))
			: comparison.figures.map((figure) => ({ figure, article: undefined, label: figure.title }));
	const span = layout.width - layout.labelWidth - layout.valueWidth;
	const max = Math.max(...rows.map((r) => r.figure.data.value), 0);
	const bars = rows.map(({ figure, article, label }, i): Bar => {
		const value = figure.data.value;
		return {
			figure,
			...(article && { article }),
			value,
			label: `${label}, ${formatDate(figure.data.asOf)}`,
			valueText: formatFigure(figure.data),
			x: layout.labelWidth,
			y: layout.padding + i * layout.row,
			width: max > 0 ? round((value / max) * span) : 0,
			height: layout.bar,
		};
	});
	return { width: layout.width, height: layout.padding * 2 + bars.length * layout.row, axisX: layout.labelWidth, bars };
}

function round(n: number): number {
	return Math.round(n * 100) / 100;
}

/**
 * A measure with only its latest `limit` figures (by date), and how many are left out: what a
 * large archive's overview of the figures shows (every figure of every measure made
 * /compare/figures/ 3.3 MB at 1,000 sources). Each figure's page leads on to the rest.
 */
export function latestOfMeasure(comparison: MeasureComparison, limit: number): MeasureComparison & { more: number } {
	const kept = new Set(comparison.figures.slice(-limit));
	const byFigure = comparison.byFigure.filter((f) => kept.has(f.figure));
	return {
		...comparison,
		figures: comparison.figures.filter((f) => kept.has(f)),
		byFigure,
		reports: byFigure.flatMap((f) => f.reports),
		bySource: comparison.bySource.map(({ article, reports }) => ({ article, reports: reports.filter((r) => kept.has(r.figure)) })),
		more: comparison.figures.length - kept.size,
	};
}
