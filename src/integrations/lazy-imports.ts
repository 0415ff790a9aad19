/**
 * Lazy modules without Vite's preload helper. Vite wraps each dynamic `import()` in client code
 * in `__vitePreload(factory, deps)`, a 0.9 KB helper that every page with a lazy module loads
 * up front, to fetch the imported chunk's dependencies and CSS early. This site's lazy modules
 * (the quick search, sharing, citations, Pagefind's files) load on a reader's action and import
 * no CSS, so the wrapper is weight without work: each call becomes its factory's own call, and
 * the build fails if a lazily imported chunk ever brings CSS, which only the helper would load.
 */
import type { Plugin } from 'vite';

const wrapped = /__vitePreload\(([\s\S]*?), __VITE_PRELOAD__(?:, import\.meta\.url)?\)/g;
const helperImport = /^import \{ \w+ as __vitePreload \} from "[^"]*";\n?/m;

/** A chunk's code (before minification) with each preload wrapper replaced by its factory's call. */
export function unwrapPreloads(code: string): string {
	if (!code.includes('__vitePreload(')) return code;
	const unwrapped = code.replace(wrapped, '($1)()').replace(helperImport, '');
	// A use left that is not a wrapper of this shape: keep the code as Vite wrote it.
	return unwrapped.includes('__vitePreload') ? code : unwrapped;
}

interface ChunkMetadata {
	viteMetadata?: { importedCss: Set<string> };
}

export function lazyImports(): Plugin {
	return {
		name: 'sourcebook-lazy-imports',
		applyToEnvironment: (environment) => environment.name === 'client',
		renderChunk(code) {
			const unwrapped = unwrapPreloads(code);
			return unwrapped === code ? null : { code: unwrapped, map: null };
		},
		generateBundle(_, bundle) {
			const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
			for (const output of chunks) {
				for (const file of output.dynamicImports) {
					const css = (bundle[file] as ChunkMetadata | undefined)?.viteMetadata?.importedCss;
					if (css && css.size > 0) this.error(`${output.fileName} lazily imports ${file}, which brings CSS (${[...css].join(', ')}): import that CSS statically instead.`);
				}
			}
			// When no chunk's code imports the helper any more, it is left out of the site.
			for (const helper of chunks.filter((chunk) => chunk.name === 'preload-helper')) {
				const name = helper.fileName.split('/').pop()!;
				if (!chunks.some((chunk) => chunk.code.includes(name))) delete bundle[helper.fileName];
			}
		},
	};
}
