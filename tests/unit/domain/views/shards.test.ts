import { describe, expect, it } from 'vitest';
import { ContentErrors } from '../../../../src/domain/model/errors.ts';
import { permanentLink, readShardIndex, shardIndex, shardLinks, type Shard } from '../../../../src/domain/views/shards.ts';

const early: Shard = { base: '/early/', label: 'Early reports', subjects: ['people/ana-ruiz/', 'places/port-elm/'] };
const middle: Shard = { base: '/middle/', label: 'Middle reports', subjects: ['places/port-elm/', 'people/ben-ode/'] };
const late: Shard = { base: '/late/', label: 'Late reports', subjects: ['people/ana-ruiz/', 'places/port-elm/', 'people/cy-lund/'] };
const index = shardIndex([early, middle, late]);

function faultsOf(run: () => unknown): string[] {
	try {
		run();
	} catch (error) {
		if (error instanceof ContentErrors) return error.faults.map((f) => `${f.file}|${f.id ?? ''}|${f.fault}`);
		throw error;
	}
	throw new Error('no fault');
}

describe('shardLinks', () => {
	it('gives a subject its permanent page in the first shard that has one, and links every other', () => {
		expect(shardLinks(index, '/early/').subject('places/port-elm/')).toEqual({
			canonicalBase: null,
			elsewhere: [
				{ label: 'Middle reports', href: '/middle/places/port-elm/' },
				{ label: 'Late reports', href: '/late/places/port-elm/' },
			],
		});
		expect(shardLinks(index, '/late/').subject('places/port-elm/')).toEqual({
			canonicalBase: '/early/',
			elsewhere: [
				{ label: 'Early reports', href: '/early/places/port-elm/' },
				{ label: 'Middle reports', href: '/middle/places/port-elm/' },
			],
		});
		// Skipping a shard that does not have it.
		expect(shardLinks(index, '/late/').subject('people/ana-ruiz/')).toEqual({ canonicalBase: '/early/', elsewhere: [{ label: 'Early reports', href: '/early/people/ana-ruiz/' }] });
	});

	it('names the other shards, oldest first, for a search across the archive', () => {
		expect(shardLinks(index, '/middle/').others).toEqual([
			{ base: '/early/', label: 'Early reports' },
			{ base: '/late/', label: 'Late reports' },
		]);
	});

	it('leaves a subject of one shard alone', () => {
		const late = shardLinks(index, '/late/');
		expect(late.subject('people/cy-lund/')).toEqual({ canonicalBase: null, elsewhere: [] });
		expect(late.isPermanent('people/cy-lund/')).toBe(true);
		expect(late.isPermanent('people/ana-ruiz/')).toBe(false);
		expect(shardLinks(index, '/early/').isPermanent('people/ana-ruiz/')).toBe(true);
		// Pages that are not subjects' (a source, a list) are always this shard's own.
		expect(late.isPermanent('articles/report-1/')).toBe(true);
	});

	it('links a subject at its permanent page, in whichever shard it is', () => {
		const here = (path: string) => `https://example.test/late/${path}`;
		const under = (base: string) => (path: string) => `https://example.test${base}${path}`;
		const link = permanentLink(shardLinks(index, '/late/'), here, under);
		expect(link('people/ana-ruiz/')).toBe('https://example.test/early/people/ana-ruiz/');
		expect(link('people/cy-lund/')).toBe('https://example.test/late/people/cy-lund/');
		expect(link('articles/report-1/')).toBe('https://example.test/late/articles/report-1/');
		// An archive in one piece links everything where it is.
		expect(permanentLink(null, here, under)('people/ana-ruiz/')).toBe('https://example.test/late/people/ana-ruiz/');
	});

	it('lists subjects in a stable order whatever order the content gave', () => {
		expect(shardIndex([{ ...middle }]).shards[0]!.subjects).toEqual(['people/ben-ode/', 'places/port-elm/']);
	});
});

describe('readShardIndex', () => {
	const text = JSON.stringify(index);

	it('reads an index that lists exactly what this shard builds', () => {
		const links = readShardIndex(text, 'shards.json', '/middle/', ['people/ben-ode/', 'places/port-elm/']);
		expect(links.subject('places/port-elm/').canonicalBase).toBe('/early/');
	});

	it('names the file and the subject when the index and the build disagree', () => {
		expect(faultsOf(() => readShardIndex(text, 'shards.json', '/middle/', ['people/ben-ode/', 'people/dee-moss/']))).toEqual([
			'shards.json|people/dee-moss/|has a page in this build, but the shard index does not list it under /middle/: make the index again from every shard\'s content.',
			'shards.json|places/port-elm/|is listed under /middle/, but this build has no page for it: make the index again from every shard\'s content.',
		]);
	});

	it('refuses an index that does not name this shard', () => {
		expect(faultsOf(() => readShardIndex(text, 'shards.json', '/other/', []))).toEqual(["shards.json||does not name this build's base /other/ among its shards (/early/, /middle/, /late/)."]);
	});

	it('names every malformed shard', () => {
		const bad = JSON.stringify({ shards: [{ base: 'early', label: 'Early', subjects: [] }, { base: '/b/', label: ' ', subjects: 'people/x/' }, { base: '/b/', label: 'B', subjects: [] }] });
		expect(faultsOf(() => readShardIndex(bad, 'shards.json', '/b/', []))).toEqual([
			'shards.json||shard 1 needs a `base` that starts and ends with “/”.',
			'shards.json||shard 2 needs a `label` for readers.',
			'shards.json||shard 2 needs `subjects`: the paths of its subject pages.',
			'shards.json||shard 3 repeats the base /b/.',
		]);
		expect(faultsOf(() => readShardIndex('{"shards": []}', 'shards.json', '/b/', []))).toEqual(['shards.json||needs `shards`: a list of shards, oldest first.']);
		expect(faultsOf(() => readShardIndex('{', 'shards.json', '/b/', []))[0]).toMatch(/^shards\.json\|\|is not JSON: /);
	});
});
