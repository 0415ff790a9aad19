/**
 * How the site searches, shared by the search page (Pagefind's Component UI) and the quick search
 * (Pagefind's API): where the bundle is, the parameter that carries searched words to a result's
 * page, and the ranking.
 */
import { href } from '../lib/paths';

export const bundlePath = href('pagefind/');
export const highlightParam = 'highlight';
export const excerptLength = 24;

export interface Ranking {
	pageLength?: number;
	termFrequency?: number;
	termSaturation?: number;
}

/**
 * Subject pages are short and sources long: with Pagefind's default ranking a source drops below
 * every short page that names a word once. Page length and term frequency count for a little less.
 */
export const ranking: Ranking = { pageLength: 0.5, termFrequency: 0.75 };
