/**
 * html-validate's configuration for the built site (tests/site/html-valid.test.ts): the
 * recommended and document presets, less the rules that conflict with publishing the sources
 * as they are.
 */
export default {
	root: true,
	extends: ['html-validate:recommended', 'html-validate:document'],
	rules: {
		// compressHTML is on (astro.config.mjs), but it collapses whitespace in .astro templates
		// only: article bodies, notes and mention lists are strings the pages insert as written, so
		// the sources' whitespace survives and some lines end in whitespace: formatting, not validity.
		'no-trailing-whitespace': 'off',
		// Article titles are the sources' own headlines (or a faithful editorial one): never shortened.
		'long-title': 'off',
		// Subresource integrity guards files from other origins; the site loads none (the CSP
		// forbids it), and its own files are served with the page, so only cross-origin ones need it.
		'require-sri': ['error', { target: 'crossorigin' }],
	},
};
