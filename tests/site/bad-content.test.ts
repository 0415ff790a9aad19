/**
 * Every kind of bad content fails `npm run check` with a message that names the file, the id
 * and the fault. The check and `astro build` run the same validation (the sourcebook
 * integration loads the content through it): tests/slow/bad-content-builds.test.ts proves that
 * a few of these cases fail a real build too.
 */
import { describe, expect, it } from 'vitest';
import { badContent, expectNamed } from '../support/bad-content.ts';
import { runCheck } from '../support/build.ts';
import { overlayFixture, validFixture } from '../support/fixtures.ts';

describe('bad content', () => {
	it('the valid fixture passes the check', () => {
		const result = runCheck(validFixture);
		expect(result.output).toContain('Content is valid');
		expect(result.status).toBe(0);
	});

	for (const [name, expected] of Object.entries(badContent)) {
		it(`${name}: fails npm run check`, () => {
			const contentDir = overlayFixture(name, expected);
			const result = runCheck(contentDir);
			expect(result.status).not.toBe(0);
			expectNamed(result.output, contentDir, expected);
		});
	}
});
