/**
 * Where the data files beside the pages are published (`src/domain/publishing/open-data.ts`), relative to
 * the site's root: one place for the build that writes them, the pages that link to them and the
 * share script that fetches a source's citation data.
 */
export const sourceFilePath = (slug: string) => `sources/${slug}.txt`;
export const citedSourcePath = (slug: string) => `sources/${slug}.json`;
export const annotationsPath = (slug: string) => `annotations/${slug}.jsonld`;
export const allAnnotationsPath = 'annotations.jsonld';
/** Page n (from 1) of the site-wide collection: beside it, apart from the articles' files. */
export const annotationPagePath = (n: number) => `annotations-${n}.jsonld`;
/** A dossier's citations, as Web Annotations whose target is each cited annotation. */
export const dossierAnnotationsPath = (id: string) => `dossiers/${id}/citations.jsonld`;
export const subjectCitationsPath = (id: string) => `citations/${id}.json`;
