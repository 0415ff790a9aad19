/** An Atom feed of the sources. */
import type { APIRoute } from 'astro';
import { getEditorial, getSourcebook } from '../loading/load';
import { sourcesFeed } from '../domain/publishing/syndication';
import { permalink } from '../lib/paths';

export const GET: APIRoute = () =>
	new Response(sourcesFeed(getSourcebook(), permalink, getEditorial().dossiers), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
