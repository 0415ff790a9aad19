/**
 * The root of an archive built in shards (docs/scaling.md): one site-wide annotation collection
 * over every shard's pages. Each shard pages its own annotations; at the root, the collection's
 * `first` is the first shard's first page, `last` the last shard's last page, and every page is
 * rejoined to it: part of the root collection, its `startIndex` counted from the archive's first
 * annotation, and `next`/`prev` crossing from one shard's last page to the next shard's first.
 * Rejoining a page twice gives the same page. Each shard's own collection file stays as its build
 * wrote it: the root step reads the shards' first and last pages from it, every time it runs.
 */
import type { AnnotationPage, PagedAnnotationCollection } from './web-annotation.ts';

/** The archive's collection, at `id`, over the shards' collections in order. */
export function rootCollection(id: string, shards: readonly PagedAnnotationCollection[]): PagedAnnotationCollection {
	const first = shards[0];
	const last = shards.at(-1);
	if (!first || !last) throw new Error('An archive needs at least one shard.');
	return { '@context': first['@context'], id, type: 'AnnotationCollection', label: first.label, total: shards.reduce((sum, shard) => sum + shard.total, 0), first: first.first, last: last.last };
}

export interface PageLinks {
	/** How many of the archive's annotations come before this page's. */
	startIndex: number;
	/** The pages before and after it in the archive: within its shard, or across a shard's boundary. */
	prev: string | undefined;
	next: string | undefined;
}

/** A shard's page as part of the archive's collection. */
export function rejoinedPage(page: AnnotationPage, root: PagedAnnotationCollection, { startIndex, prev, next }: PageLinks): AnnotationPage {
	const { items, prev: _prev, next: _next, ...head } = page;
	return { ...head, partOf: { id: root.id, label: root.label, total: root.total }, startIndex, ...(prev ? { prev } : {}), ...(next ? { next } : {}), items };
}
