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

/**
 * A thread's live memory is the engine, its styles and one batch: about 250 MB. Left to itself V8
 * lets a thread's heap grow to several times that before collecting, on every thread at once.
 */
const heapLimitMb = 512;

export interface ThreadOptions {
	/** One for each core by default. */
	threads?: number;
	/** Items a thread formats in one pass of the engine: 2,000 cost about as much an item as 12,000, in less memory. */
	batch?: number;
}

export async function standardCitationsInThreads(items: readonly CslData[], { threads = availableParallelism(), batch = 2000 }: ThreadOptions = {}): Promise<Map<string, StandardCitations>> {
	const formatted = new Map<string, StandardCitations>();
	if (items.length === 0) return formatted;
	const count = Math.min(threads, items.length);
	const shares = Array.from({ length: count }, (_, t) => items.filter((_, i) => i % count === t));
	await Promise.all(
		shares.map(
			(share) =>
				new Promise<void>((resolve, reject) => {
					const worker = new Worker(new URL('./citation-worker.ts', import.meta.url), { workerData: { items: share, batch }, resourceLimits: { maxOldGenerationSizeMb: heapLimitMb } });
					worker.on('message', (entries: [string, StandardCitations][]) => {
						for (const [id, citations] of entries) formatted.set(id, citations);
					});
					worker.once('error', reject);
					worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`A citation thread stopped with exit code ${code}.`))));
				}),
		),
	);
	return formatted;
}
