/** Each source file, byte for byte: what the annotations' text positions count in. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSourcebook } from '../../domain/load';

export const getStaticPaths = (() => getSourcebook().articles.map((article) => ({ params: { slug: article.slug } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
	new Response(getSourcebook().article(params.slug!)!.sourceText, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
