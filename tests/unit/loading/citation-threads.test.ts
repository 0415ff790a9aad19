import { describe, expect, it } from 'vitest';
import { standardCitationsInThreads } from '../../../src/loading/citation-threads.ts';
import { standardCitationsOf, subjectItem } from '../../../src/domain/publishing/standard-citations.ts';

const items = ['Gaza', 'Cairo', 'Doha', 'Ramallah', 'Tel Aviv'].map((place) => subjectItem(place.toLowerCase().replace(' ', '-'), place, 'Place', `/places/${place.toLowerCase()}/`));

describe('standardCitationsInThreads', () => {
	it('formats every item in threads, batch by batch, as in one pass', async () => {
		const threaded = await standardCitationsInThreads(items, { threads: 2, batch: 2 });
		expect(new Set(threaded.keys())).toEqual(new Set(items.map((item) => item.id)));
		expect(threaded).toEqual(standardCitationsOf(items));
	});

	it('starts no more threads than items, and none for no items', async () => {
		expect([...(await standardCitationsInThreads(items.slice(0, 1), { threads: 4 })).keys()]).toEqual(['gaza']);
		expect((await standardCitationsInThreads([], { threads: 2 })).size).toBe(0);
	});
});
