/**
 * Where a source's and a subject's pages are, relative to the site's root and without the base:
 * one place for the pages, the data files and feeds that link to them, and the browser's scripts
 * (so this module imports nothing).
 */
export const articlePath = (slug: string) => `articles/${slug}/`;
export const subjectPath = (collection: string, id: string) => `${collection}/${id}/`;
