import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { castRates, entityGrowth, firstEditionRates } from '../../../bench/cast.ts';
import { contentInput, makeArchive, word } from '../../support/archive.ts';
import { kindNames, type Kind } from '../../../src/domain/model/schema.ts';
import { buildSourcebook, type Sourcebook } from '../../../src/domain/model/sourcebook.ts';
import { loadSourcebook } from '../../../src/loading/load.ts';

const countOf = (book: Sourcebook, kind: Kind) => book.subjects.filter((s) => s.kind === kind).length;

describe('the cast rates', () => {
	it('are those counted in the first edition', () => {
		const edition = loadSourcebook(join(import.meta.dirname, '../../../content'));
		expect(castRates(edition)).toEqual(firstEditionRates);
	});

	it('refuse a book of one report', () => {
		const one = buildSourcebook(contentInput(makeArchive(1, 3)));
		expect(() => castRates(one)).toThrow(/two reports/);
	});
});

describe('word', () => {
	it('gives every number its own word, ending in a vowel', () => {
		const words = Array.from({ length: 30_000 }, (_, i) => word(i));
		expect(new Set(words).size).toBe(words.length);
		expect(words.every((w) => /^[a-z]+[aeiou]$/.test(w))).toBe(true);
	});
});

describe('the growing cast', () => {
	const small = buildSourcebook(contentInput(makeArchive(100, 5)));
	const large = buildSourcebook(contentInput(makeArchive(400, 5)));

	it('brings statements, figures and events with every report, at the first edition’s rates', () => {
		for (const kind of ['statement', 'figure', 'event'] as const) {
			const { perReport, reported } = firstEditionRates[kind];
			// Four times the reports, four times the subjects (within the sampling's noise).
			expect(countOf(large, kind) / countOf(small, kind)).toBeGreaterThan(3.6);
			expect(countOf(large, kind) / countOf(small, kind)).toBeLessThan(4.4);
			// New per report: the distinct ones less those reported again.
			expect(countOf(large, kind) / 400).toBeCloseTo(perReport * (1 - reported), 0);
		}
	});

	it('reports a share of them again, at the first edition’s rate', () => {
		for (const kind of ['statement', 'figure', 'event'] as const) {
			const seen = new Set<string>();
			let again = 0;
			let all = 0;
			for (const article of large.articles) {
				const ids = new Set(article.mentions.filter((m) => m.kind === kind).map((m) => m.subjectId));
				if (seen.size > 0) {
					all += ids.size;
					again += [...ids].filter((id) => seen.has(id)).length;
				}
				for (const id of ids) seen.add(id);
			}
			expect(again / all).toBeGreaterThan(firstEditionRates[kind].reported - 0.05);
			expect(again / all).toBeLessThan(firstEditionRates[kind].reported + 0.05);
		}
	});

	it('brings new people, organizations and places at a falling rate', () => {
		for (const kind of ['person', 'organization', 'place'] as const) {
			const ratio = countOf(large, kind) / countOf(small, kind);
			// Heaps' law: 4^β more at four times the reports.
			expect(ratio).toBeCloseTo(4 ** entityGrowth, 1);
		}
	});

	it('mentions every subject it defines', () => {
		for (const book of [small, large]) expect(book.subjects.filter((s) => book.mentionsOf(s.id).length === 0)).toEqual([]);
		expect(new Set(large.subjects.map((s) => s.kind))).toEqual(new Set(kindNames));
	});
});
