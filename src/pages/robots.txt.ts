/** robots.txt: everything may be crawled; the sitemap is named only when the site's origin is known. */
import type { APIRoute } from 'astro';
import { href } from '../lib/paths';

export const GET: APIRoute = ({ site }) => {
	const sitemap = site ? `Sitemap: ${new URL(href('sitemap-index.xml'), site).href}\n` : '';
	return new Response(`User-agent: *\nAllow: /\n${sitemap}`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
