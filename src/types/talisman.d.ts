/** The one module of Talisman the site uses; the package ships no types. */
declare module 'talisman/metrics/damerau-levenshtein.js' {
	/** The optimal-string-alignment distance of `a` and `b` (a transposition is one edit), or Infinity past `max`. */
	export function limited(max: number, a: string, b: string): number;
}
