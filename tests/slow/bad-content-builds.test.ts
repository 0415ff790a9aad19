/**
 * Bad content fails a real `astro build`, not only the check: one case of each place a fault
 * can sit (a subject's YAML, an article's tags, an article's text against its source, a missing
 * file). The other cases go through the same validation, in tests/site/bad-content.test.ts.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { badContent, expectNamed } from '../support/bad-content.ts';
import { buildSite } from '../support/build.ts';
import { overlayFixture } from '../support/fixtures.ts';

const built = ['malformed-yaml', 'unknown-speaker', 'kind-mismatch', 'text-mismatch', 'missing-source'];

describe('bad content fails astro build', () => {
	for (const name of built) {
		it(name, () => {
			const expected = badContent[name]!;
			const contentDir = overlayFixture(name, { ...expected, as: `build/${name}` });
			const result = buildSite({ outDir: mkdtempSync(join(tmpdir(), `sourcebook-${name}-`)), contentDir });
			expect(result.status).not.toBe(0);
			expectNamed(result.output, contentDir, expected);
		});
	}
});
