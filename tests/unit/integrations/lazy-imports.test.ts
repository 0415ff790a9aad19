import { describe, expect, it } from 'vitest';
import { unwrapPreloads } from '../../../src/integrations/lazy-imports.ts';

// Chunks as Vite hands them to `renderChunk`, before minification.
const helper = 'import { t as __vitePreload } from "./preload-helper.!~{003}~.js";\n';

describe('unwrapPreloads', () => {
	it('calls each wrapped factory directly and drops the helper import', () => {
		const chunk =
			helper +
			'dialog ??= __vitePreload(async () => {\n\tconst { open } = await import("./dialog.!~{006}~.js");\n\treturn { open };\n}, __VITE_PRELOAD__).then(({ open }) => open());\n' +
			'const load = () => void __vitePreload(() => import("./share.!~{007}~.js"), __VITE_PRELOAD__);\n';
		expect(unwrapPreloads(chunk)).toBe(
			'dialog ??= (async () => {\n\tconst { open } = await import("./dialog.!~{006}~.js");\n\treturn { open };\n})().then(({ open }) => open());\n' +
				'const load = () => void (() => import("./share.!~{007}~.js"))();\n',
		);
	});

	it('handles the relative-base form, which passes import.meta.url', () => {
		expect(unwrapPreloads(`${helper}__vitePreload(() => import("./a.js"), __VITE_PRELOAD__, import.meta.url);\n`)).toBe('(() => import("./a.js"))();\n');
	});

	it('leaves a chunk alone when it uses the helper in a form it does not know', () => {
		const chunk = `${helper}const preload = __vitePreload;\n__vitePreload(() => import("./a.js"), __VITE_PRELOAD__);\n`;
		expect(unwrapPreloads(chunk)).toBe(chunk);
		expect(unwrapPreloads('console.log(1);\n')).toBe('console.log(1);\n');
	});
});
