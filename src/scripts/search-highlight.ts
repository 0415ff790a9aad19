/**
 * On a page opened from a search result, marks the searched words in the source with Pagefind's
 * highlighter; the annotation itself is marked by CSS (:target). Loaded only when needed.
 */
import { bundlePath, highlightParam } from './search-settings';

interface HighlightOptions {
	highlightParam: string;
	markContext: string;
	addStyles: boolean;
	markOptions: { className: string; exclude: string[] };
}
type PagefindHighlight = new (options: HighlightOptions) => unknown;

if (new URLSearchParams(window.location.search).has(highlightParam)) {
	void import(/* @vite-ignore */ `${bundlePath}pagefind-highlight.js`).then(({ default: Highlight }: { default: PagefindHighlight }) => {
		new Highlight({
			highlightParam,
			markContext: '[data-source-body]',
			addStyles: false,
			markOptions: { className: 'search-highlight', exclude: ['[data-ui]', '[data-ui] *'] },
		});
	});
}
