/**
 * The standard citations of a whole archive, formatted in worker threads. The CSL engine is the
 * build's largest single cost (about 4 ms an item, three styles, every source and subject) and
 * runs on one core while Astro renders pages on another: split over the machine's cores, it
 * runs beside the pages. Each item is formatted standing alone (standaloneStyle), so how the
 * items are split cannot change a citation.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CslData } from '@citation-js/core';
import type { StandardCitations } from '../domain/publishing/standard-citations.ts';

export async function standardCitationsInThreads(items: readonly CslData[], threads = availableParallelism()): Promise<Map<string, StandardCitations>> {
	if (items.length === 0) return new Map();
	const count = Math.min(threads, items.length);
	const shares = Array.from({ length: count }, (_, t) => items.filter((_, i) => i % count === t));
	const formatted = await Promise.all(
		shares.map(
			(share) =>
				new Promise<[string, StandardCitations][]>((resolve, reject) => {
					const worker = new Worker(new URL('./citation-worker.ts', import.meta.url), { workerData: share });
					worker.once('message', resolve);
					worker.once('error', reject);
					worker.once('exit', (code) => {
						if (code !== 0) reject(new Error(`A citation thread stopped with exit code ${code}.`));
					});
				}),
		),
	);
	return new Map(formatted.flat());
}
