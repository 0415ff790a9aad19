/**
 * A stylesheet for what a script adds on a reader's action, fetched with that script rather than
 * with every page. It resolves once the styles apply (or failed to load), so that what the script
 * then shows never appears unstyled and nothing shifts. (Vite's own way, its preload helper, is
 * left out of the site: src/integrations/lazy-imports.ts.)
 */
export function loadStylesheet(href: string): Promise<void> {
	return new Promise((resolve) => {
		const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
		link.addEventListener('load', () => resolve());
		link.addEventListener('error', () => resolve());
		document.head.append(link);
	});
}
