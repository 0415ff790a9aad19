/** robots.txt: the sitemap is named only when the site's origin is known. */
import type { APIRoute } from 'astro';
import { robotsText } from '../domain/publishing/robots';
import { href } from '../lib/paths';

export const GET: APIRoute = ({ site }) =>
	new Response(robotsText(site ? new URL(href('sitemap-index.xml'), site).href : null), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
