/** Where the sources' readings of a recorded difference sit in their text. */
import { collapsedText, collapseWhitespace } from '../model/fidelity.ts';
import type { Sourcebook } from '../model/sourcebook.ts';

/**
 * Where a difference's reading sits in its source: the anchor of the subject's annotation that
 * overlaps the quoted words, else of the shortest annotation that overlaps them.
 */
export function readingAnchor(book: Sourcebook, subjectId: string, slug: string, reading: string): string | undefined {
	const article = book.article(slug);
	if (!article) return undefined;
	const source = collapseWhitespace(article.sourceText);
	const words = collapsedText(reading);
	const at = source.text.indexOf(words);
	if (at < 0 || words.length === 0) return undefined;
	const start = source.origin[at]!;
	const end = source.origin[at + words.length - 1]! + 1;
	const overlapping = article.mentions.filter((m) => m.start < end && m.end > start);
	const own = overlapping.find((m) => m.subjectId === subjectId);
	const shortest = [...overlapping].sort((a, b) => a.end - a.start - (b.end - b.start))[0];
	return (own ?? shortest)?.anchor;
}
