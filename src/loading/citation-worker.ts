/**
 * One thread's share of the standard citations (citation-threads.ts). It formats them a batch at a
 * time and posts each batch back as soon as it is made: the CSL engine keeps every item of a pass
 * in its registry, so a batch bounds the thread's memory where its whole share would not.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { CslData } from '@citation-js/core';
import { standardCitationsOf } from '../domain/publishing/standard-citations.ts';

const { items, batch } = workerData as { items: CslData[]; batch: number };
for (let start = 0; start < items.length; start += batch) parentPort!.postMessage([...standardCitationsOf(items.slice(start, start + batch))]);
