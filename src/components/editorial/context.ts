/**
 * What the citing components share while one editorial page renders: its checked entry (from the
 * domain) and how many times each note has been linked so far, for each use's backlink id. The
 * page sets it in `Astro.locals` before rendering its MDX.
 */
import { noteFor, useId, type EditorialEntry, type EditorialNote } from '../../domain/model/editorial';
import { articleHref } from '../../lib/paths';
import { getSourcebook } from '../../loading/load';

export interface EditorialRender {
	entry: EditorialEntry;
	seen: Map<number, number>;
}

export function editorialRender(entry: EditorialEntry): EditorialRender {
	return { entry, seen: new Map() };
}

/** The note a use links to and the id of this use; the domain has checked that it exists. */
export function nextUse(render: EditorialRender | undefined, subjectId: string, source: string | undefined): { note: EditorialNote; id: string } {
	if (!render) throw new Error('A citing component renders only inside an editorial page or dossier.');
	const note = noteFor(render.entry, subjectId, source);
	if (!note) throw new Error(`${render.entry.file}: no note for "${subjectId}"${source ? ` in "${source}"` : ''}: was the page checked?`);
	const k = (render.seen.get(note.number) ?? 0) + 1;
	render.seen.set(note.number, k);
	return { note, id: useId(note.number, k) };
}

/** A use that cites an annotation in a source (`<Cite>`, `<Quote>`): its note, id, the annotation and where it is. */
export function citationUse(render: EditorialRender | undefined, subjectId: string, source: string) {
	const { note, id } = nextUse(render, subjectId, source);
	const mention = note.mention!;
	return { note, id, mention, href: articleHref(source, mention.anchor), title: getSourcebook().subject(subjectId)!.title };
}
