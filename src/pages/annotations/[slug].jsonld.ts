/** One article's annotations as a W3C Web Annotation collection. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSourcebook } from '../../domain/load';
import { articleAnnotations } from '../../domain/web-annotation';
import { permalink } from '../../lib/paths';

export const getStaticPaths = (() => getSourcebook().articles.map((article) => ({ params: { slug: article.slug } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
	const book = getSourcebook();
	const article = book.article(params.slug!)!;
	return new Response(JSON.stringify(articleAnnotations(book, article, permalink)), {
		headers: { 'content-type': 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"' },
	});
};
