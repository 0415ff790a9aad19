/**
 * Anchor ids and note numbering, per the site's markup rules (docs/architecture.md): an anchor depends only on its own subject's
 * occurrences, so adding an annotation of one subject never moves another subject's anchor.
 */

/** The anchor of the n-th (1-based) occurrence of a subject in one article. */
export function anchorId(subjectId: string, n: number): string {
	return n === 1 ? subjectId : `${subjectId}-${n}`;
}

export function noteId(subjectId: string): string {
	return `note-${subjectId}`;
}

/** Anchors, with each one's occurrence number, for a sequence of subject ids in document order. */
export function assignAnchors(refs: readonly string[]): { anchor: string; occurrence: number }[] {
	const seen = new Map<string, number>();
	return refs.map((ref) => {
		const occurrence = (seen.get(ref) ?? 0) + 1;
		seen.set(ref, occurrence);
		return { anchor: anchorId(ref, occurrence), occurrence };
	});
}

/** Note numbers (1-based), one per subject, in order of first appearance. */
export function numberNotes(refs: readonly string[]): Map<string, number> {
	const numbers = new Map<string, number>();
	for (const ref of refs) if (!numbers.has(ref)) numbers.set(ref, numbers.size + 1);
	return numbers;
}

/** Backlink labels as in print notes: a … z, then aa, ab … */
export function backlinkLabel(index: number): string {
	let label = '';
	let i = index;
	do {
		label = String.fromCharCode(97 + (i % 26)) + label;
		i = Math.floor(i / 26) - 1;
	} while (i >= 0);
	return label;
}
