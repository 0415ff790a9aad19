/**
 * A full, memory-reducing garbage collection, for the moments when a build can give back what it
 * no longer holds before something large starts beside it. A regular collection frees the heap
 * but returns the memory only seconds later, and V8 lets a large heap hold several times its live
 * objects before it collects at all. `--expose-gc` is set at run time, as Jest's leak detector does.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export function giveBackMemory(): void {
	setFlagsFromString('--expose-gc');
	const gc = runInNewContext('gc') as (options: { type: 'major'; execution: 'sync'; flavor: 'last-resort' }) => void;
	gc({ type: 'major', execution: 'sync', flavor: 'last-resort' });
}
