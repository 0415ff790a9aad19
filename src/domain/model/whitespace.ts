/**
 * Whether a UTF-16 code unit is whitespace as `\s` defines it (ECMAScript's WhiteSpace and
 * LineTerminator). The domain tests every character of every source: a regular expression on a
 * one-character string each time cost about 1 s at 2,000 sources (bench/analysis.md).
 */
export function isWhitespace(code: number): boolean {
	if (code > 32 && code < 0xa0) return false;
	return (
		code === 32 ||
		(code >= 9 && code <= 13) ||
		code === 0xa0 ||
		code === 0x1680 ||
		(code >= 0x2000 && code <= 0x200a) ||
		code === 0x2028 ||
		code === 0x2029 ||
		code === 0x202f ||
		code === 0x205f ||
		code === 0x3000 ||
		code === 0xfeff
	);
}
