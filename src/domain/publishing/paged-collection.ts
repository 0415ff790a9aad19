/**
 * Cuts a long run of items, given in pieces (one article's annotations each), into pages of at
 * most a number of bytes: the W3C Web Annotation Protocol pages a large collection
 * (AnnotationPages linked by `next`/`prev`), and the site-wide collection held 247 MB in one file
 * at 8,000 sources. A piece is never split, so that each article's annotations are written from
 * the one string its own file was.
 */

export interface Sized {
	/** The piece's length in bytes, as written (UTF-8). */
	bytes: number;
	/** How many items it holds. */
	count: number;
}

export interface PieceRange {
	/** Pieces [from, to) of the run. */
	from: number;
	to: number;
	/** Index of the page's first item in the whole run. */
	startIndex: number;
	count: number;
}

/**
 * Consecutive pieces, as many to a page as fit in `budget` bytes with the commas between them; at
 * least one page. A piece larger than the budget cannot be paged and is refused.
 */
export function splitByBytes(pieces: readonly Sized[], budget: number): PieceRange[] {
	const pages: PieceRange[] = [];
	let current: PieceRange = { from: 0, to: 0, startIndex: 0, count: 0 };
	let bytes = 0;
	pieces.forEach((piece, i) => {
		if (piece.count === 0) {
			// Nothing to write: it rides with whichever page is open.
			current.to = i + 1;
			return;
		}
		if (piece.bytes > budget) throw new Error(`a piece of ${piece.bytes} bytes does not fit in a page of ${budget}`);
		const added = (current.count > 0 ? 1 : 0) + piece.bytes;
		if (current.count > 0 && bytes + added > budget) {
			pages.push(current);
			current = { from: i, to: i, startIndex: current.startIndex + current.count, count: 0 };
			bytes = 0;
		}
		bytes += current.count > 0 ? 1 + piece.bytes : piece.bytes;
		current.to = i + 1;
		current.count += piece.count;
	});
	pages.push(current);
	return pages;
}
