import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		projects: [
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			{
				// Tests of the built site, in files and in Chromium: the sites are built once, first.
				test: {
					name: 'site',
					include: ['tests/site/**/*.test.ts', 'tests/browser/**/*.test.ts'],
					globalSetup: ['tests/support/build-sites.ts'],
					testTimeout: 60_000,
					hookTimeout: 240_000,
				},
			},
		],
	},
});
