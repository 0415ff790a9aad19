/** Where the Pagefind bundle is, and the query parameter that carries searched words to a result's page. */
import { href } from '../lib/paths';

export const bundlePath = href('pagefind/');
export const highlightParam = 'highlight';
