/** One thread's share of the standard citations (citation-threads.ts): formats its items and posts them back. */
import { parentPort, workerData } from 'node:worker_threads';
import type { CslData } from '@citation-js/core';
import { standardCitationsOf } from '../domain/publishing/standard-citations.ts';

parentPort!.postMessage([...standardCitationsOf(workerData as CslData[])]);
