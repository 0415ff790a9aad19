import { defineConfig } from 'vitest/config';

// Tiers (docs/testing.md): unit tests of the domain; the site checks and the browser tests on one
// shared build; slow suites that make builds or audits of their own, each runnable alone.
const sharedBuild = {
	globalSetup: ['tests/support/build-sites.ts'],
	testTimeout: 60_000,
	hookTimeout: 240_000,
};

export default defineConfig({
	test: {
		projects: [
			// Some unit tests check thousands of generated texts: seconds each on a busy 2-core machine.
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000 } },
			{ test: { name: 'site', include: ['tests/site/**/*.test.ts'], ...sharedBuild } },
			{ test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], ...sharedBuild } },
			{ test: { name: 'slow', include: ['tests/slow/**/*.test.ts'], ...sharedBuild, testTimeout: 300_000, hookTimeout: 600_000 } },
		],
	},
});
