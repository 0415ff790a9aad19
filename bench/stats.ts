/** The benchmark's arithmetic: summaries of repeated runs, the cost line, and the budgets. Pure. */

export function min(values: readonly number[]): number {
	if (values.length === 0) throw new Error('min of no values');
	return Math.min(...values);
}

export function median(values: readonly number[]): number {
	if (values.length === 0) throw new Error('median of no values');
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export interface Line {
	/** Cost per unit of x (per source). */
	slope: number;
	/** Fixed cost at x = 0 (start-up). */
	intercept: number;
	/** Coefficient of determination: 1 for points exactly on the line. */
	r2: number;
}

/** Ordinary least squares over (x, y) points. */
export function fitLine(points: readonly (readonly [number, number])[]): Line {
	if (points.length < 2) throw new Error('a line needs at least two points');
	const n = points.length;
	const mx = points.reduce((s, [x]) => s + x, 0) / n;
	const my = points.reduce((s, [, y]) => s + y, 0) / n;
	let sxx = 0;
	let sxy = 0;
	let syy = 0;
	for (const [x, y] of points) {
		sxx += (x - mx) ** 2;
		sxy += (x - mx) * (y - my);
		syy += (y - my) ** 2;
	}
	if (sxx === 0) throw new Error('a line needs at least two different x');
	const slope = sxy / sxx;
	return { slope, intercept: my - slope * mx, r2: syy === 0 ? 1 : (sxy * sxy) / (sxx * syy) };
}

/**
 * How far growth is from linear: the per-source cost between the two largest sizes over the
 * per-source cost between the two smallest (1 is perfectly linear; 2 means the marginal cost
 * doubled, as a quadratic would). Needs at least three sizes, and a cost that grows between the
 * two smallest: a ratio to nothing says nothing.
 */
export function growthRatio(points: readonly (readonly [number, number])[]): number | null {
	if (points.length < 3) return null;
	const sorted = [...points].sort((a, b) => a[0] - b[0]);
	const marginal = ([x1, y1]: readonly [number, number], [x2, y2]: readonly [number, number]) => (y2 - y1) / (x2 - x1);
	const first = marginal(sorted[0]!, sorted[1]!);
	return first > 0 ? marginal(sorted.at(-2)!, sorted.at(-1)!) / first : null;
}

export interface Budget {
	name: string;
	/** The limit, in words: "≤ 2x". */
	limit: string;
	/** The measured value, in words; null when not measured in this run. */
	measured: string | null;
	/** null when not measured. */
	met: boolean | null;
	/** By how much it is missed, or why it is not measured. */
	note?: string;
}

/** A budget with an upper bound: met, or missed by how much. */
export function atMost(name: string, measured: number | null, limit: number, unit: string, format = (v: number) => v.toFixed(1)): Budget {
	const limitText = `≤ ${format(limit)}${unit}`;
	if (measured === null) return { name, limit: limitText, measured: null, met: null, note: 'not measured in this run' };
	const met = measured <= limit;
	return {
		name,
		limit: limitText,
		measured: `${format(measured)}${unit}`,
		met,
		...(met ? {} : { note: `missed by ${format(measured - limit)}${unit} (${((measured / limit - 1) * 100).toFixed(0)}% over)` }),
	};
}

/** Repeated builds without and with an addition, at one archive size: a measure of each build. */
export interface Paired {
	size: number;
	without: readonly number[];
	with: readonly number[];
}

export interface AddedPerSource {
	/** What the addition costs at each size: the fastest build with it less the fastest without. */
	differences: [number, number];
	/** How that cost changes from the smaller size to the larger, per source. */
	perSource: number;
	/** The widest spread between the repetitions of one build. */
	spread: number;
	/** Whether the change between the sizes is wider than that spread, and so not noise. */
	resolved: boolean;
}

/**
 * Whether an addition costs something per source. Other work on the machine only ever adds time,
 * so each build is taken at its fastest repetition; a change between sizes no wider than the
 * repetitions' own spread cannot be told from noise.
 */
export function addedPerSource(small: Paired, large: Paired): AddedPerSource {
	if (large.size === small.size) throw new Error('the cost per source needs two different sizes');
	const runs = [small.without, small.with, large.without, large.with];
	const spread = Math.max(...runs.map((values) => Math.max(...values) - min(values)));
	const differences: [number, number] = [min(small.with) - min(small.without), min(large.with) - min(large.without)];
	const change = differences[1] - differences[0];
	return { differences, perSource: change / (large.size - small.size), spread, resolved: Math.abs(change) > spread };
}
