/**
 * A dossier's citations as W3C Web Annotations: one per <Cite> or <Quote>, whose body is the
 * citing words in the dossier and whose target is the cited annotation itself, by the id that
 * annotation has in the open data (`articles/<slug>/#<anchor>`, web-annotation.ts).
 */
import { useId, type EditorialEntry } from '../model/editorial.ts';
import { dossierAnnotationsPath } from './data-paths.ts';
import type { Link } from './web-annotation.ts';
import { articlePath } from '../model/page-paths.ts';

export interface CitationAnnotation {
	id: string;
	type: 'Annotation';
	motivation: 'linking';
	body: { id: string; type: 'Text'; format: 'text/html'; language: 'en' };
	/** The cited annotation's id. */
	target: string;
}

export interface CitationCollection {
	'@context': 'http://www.w3.org/ns/anno.jsonld';
	id: string;
	type: 'AnnotationCollection';
	label: string;
	total: number;
	first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: CitationAnnotation[] };
}

export function dossierCitations(dossier: EditorialEntry, link: Link): CitationCollection {
	const page = link(`dossiers/${dossier.id}/`);
	const seen = new Map<number, number>();
	const items: CitationAnnotation[] = [];
	for (const use of dossier.uses) {
		if (use.note === null) continue;
		// Every use of a note counts, so that ids match the page's (`cite-<n>-<k>`).
		const k = (seen.get(use.note) ?? 0) + 1;
		seen.set(use.note, k);
		if (!use.mention) continue;
		const id = `${page}#${useId(use.note, k)}`;
		items.push({
			id,
			type: 'Annotation',
			motivation: 'linking',
			body: { id, type: 'Text', format: 'text/html', language: 'en' },
			target: `${link(articlePath(use.mention.article))}#${use.mention.anchor}`,
		});
	}
	const collectionId = link(dossierAnnotationsPath(dossier.id));
	return {
		'@context': 'http://www.w3.org/ns/anno.jsonld',
		id: collectionId,
		type: 'AnnotationCollection',
		label: `Citations in the Sourcebook dossier “${dossier.meta.title}”`,
		total: items.length,
		first: { id: `${collectionId}#page-1`, type: 'AnnotationPage', startIndex: 0, items },
	};
}
