import { describe, expect, it } from 'vitest';
import { readingAnchor } from '../../../../src/domain/views/readings.ts';
import { book } from '../../../support/three-sources.ts';

describe('readingAnchor', () => {
	it('finds the annotation where a difference’s reading sits, preferring the subject’s own', () => {
		expect(readingAnchor(book, 'killed-509', 'a', 'At least 509 were killed')).toBe('killed-509');
		// b does not report killed-509: the reading lands on the annotation it overlaps.
		expect(readingAnchor(book, 'killed-509', 'b', 'More than 100 died')).toBe('killed-100');
		expect(readingAnchor(book, 'ban-ki-moon', 'a', 'Ban said:  “I condemn')).toBe('ban-ki-moon');
		expect(readingAnchor(book, 'ban-condemns', 'a', 'said: “I condemn')).toBe('ban-condemns');
	});

	it('finds nothing for words the source does not have, or an unknown source', () => {
		expect(readingAnchor(book, 'killed-509', 'a', 'Nobody died')).toBeUndefined();
		expect(readingAnchor(book, 'killed-509', 'z', 'At least')).toBeUndefined();
		expect(readingAnchor(book, 'ban-ki-moon', 'a', 'said:')).toBeUndefined();
	});
});
