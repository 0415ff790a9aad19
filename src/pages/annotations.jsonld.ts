/** Every article's annotations in one W3C Web Annotation collection. */
import type { APIRoute } from 'astro';
import { getSourcebook } from '../domain/load';
import { allAnnotations } from '../domain/web-annotation';
import { permalink } from '../lib/paths';

export const GET: APIRoute = () =>
	new Response(JSON.stringify(allAnnotations(getSourcebook(), permalink)), {
		headers: { 'content-type': 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"' },
	});
