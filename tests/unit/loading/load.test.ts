import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { projectRoot } from '../../support/build.ts';
import { getSourcebook, loadSourcebook, publishSourcebook, releaseSourcebook } from '../../../src/loading/load.ts';

describe('the published sourcebook', () => {
	afterEach(() => releaseSourcebook());

	it('is the one the integration published, until the search index releases it', () => {
		const book = loadSourcebook(join(projectRoot, 'content'));
		publishSourcebook(book);
		expect(getSourcebook()).toBe(book);
		releaseSourcebook();
		// A reader after the release is a hook in the wrong order: it fails, naming the cause.
		expect(() => getSourcebook()).toThrow('The sourcebook is not loaded');
	});
});
