import { describe, expect, it } from 'vitest';
import { anchorId, assignAnchors, backlinkLabel, noteId, numberNotes } from '../../../../src/domain/model/anchors.ts';

describe('anchors', () => {
	it('names the first occurrence by the subject id and the n-th by id-n', () => {
		expect(anchorId('john-kerry', 1)).toBe('john-kerry');
		expect(anchorId('john-kerry', 2)).toBe('john-kerry-2');
		expect(anchorId('john-kerry', 12)).toBe('john-kerry-12');
	});

	it('counts occurrences per subject, in document order', () => {
		const anchors = assignAnchors(['ban', 'kerry', 'ban', 'cairo', 'kerry', 'ban']).map((a) => a.anchor);
		expect(anchors).toEqual(['ban', 'kerry', 'ban-2', 'cairo', 'kerry-2', 'ban-3']);
	});

	it('does not move any anchor of other subjects when an annotation is added', () => {
		const before = assignAnchors(['ban', 'kerry', 'ban', 'kerry']);
		const after = assignAnchors(['gaza', 'ban', 'gaza', 'kerry', 'ban', 'kerry']);
		const anchorsOf = (list: { anchor: string }[], prefix: string) => list.map((a) => a.anchor).filter((a) => a.startsWith(prefix));
		expect(anchorsOf(after, 'ban')).toEqual(anchorsOf(before, 'ban'));
		expect(anchorsOf(after, 'kerry')).toEqual(anchorsOf(before, 'kerry'));
	});

	it('numbers notes by first appearance', () => {
		expect([...numberNotes(['b', 'a', 'b', 'c', 'a'])]).toEqual([
			['b', 1],
			['a', 2],
			['c', 3],
		]);
	});

	it('labels backlinks a…z, then aa, ab', () => {
		expect([0, 1, 25, 26, 27, 51, 52].map(backlinkLabel)).toEqual(['a', 'b', 'z', 'aa', 'ab', 'az', 'ba']);
	});

	it('ids notes note-<id>', () => {
		expect(noteId('cairo')).toBe('note-cairo');
	});
});
