/**
 * Suggests people, organizations and places the content does not know yet, found by compromise's
 * English model. Only capitalized names that no known subject already covers are kept.
 */
import nlp from 'compromise';
import type { EntityKind, NameMark } from './names.ts';
import type { Range } from './paragraphs.ts';

export interface EntitySuggestion extends Range {
	kind: EntityKind;
	/** The name as the source writes it, possessive and titles left out. */
	name: string;
}

interface Found {
	terms: { text: string; tags: string[]; offset: { start: number; length: number } }[];
}

type View = { json(options: object): unknown };
const finders: [EntityKind, (doc: ReturnType<typeof nlp>) => View][] = [
	['person', (doc) => doc.people()],
	['organization', (doc) => doc.organizations()],
	['place', (doc) => doc.places()],
];

export function suggestEntities(text: string, known: NameMark[]): EntitySuggestion[] {
	const doc = nlp(text);
	const suggestions: EntitySuggestion[] = [];
	for (const [kind, find] of finders) {
		for (const { terms } of find(doc).json({ offset: true, terms: { offset: true } }) as Found[]) {
			// Titles ("President") are not part of a name.
			const words = terms.filter((t) => !t.tags.includes('Honorific') && !t.tags.includes('Title'));
			if (words.length === 0) continue;
			const start = words[0]!.offset.start;
			let end = words.at(-1)!.offset.start + words.at(-1)!.offset.length;
			end -= /['’]s$/.exec(text.slice(start, end))?.[0].length ?? 0;
			const name = text.slice(start, end);
			const capitalized = name.split(/\s+/).every((word) => /^\p{Lu}/u.test(word));
			if (!capitalized || known.some((m) => m.start < end && start < m.end)) continue;
			if (suggestions.some((s) => s.start < end && start < s.end)) continue;
			suggestions.push({ kind, name: name.replace(/\s+/g, ' '), start, end });
		}
	}
	return suggestions.sort((a, b) => a.start - b.start);
}
