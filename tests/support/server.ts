/** A static file server for a built site on 127.0.0.1, under the site's base path. */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.jsonld': 'application/ld+json',
	'.svg': 'image/svg+xml',
	'.wasm': 'application/wasm',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
	/** The site's root URL, base included, with a trailing slash. */
	url: string;
	origin: string;
	close(): Promise<void>;
}

export interface ServeOptions {
	/** Gzip text files for clients that accept it, as a static host does (the benchmark measures transfers). */
	gzip?: boolean;
}

const compressible = new Set(['.html', '.js', '.mjs', '.css', '.json', '.jsonld', '.svg', '.xml', '.txt']);

export async function serve(outDir: string, base = '/', { gzip = false }: ServeOptions = {}): Promise<StaticServer> {
	const server = createServer((request, response) => {
		const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
		if (!pathname.startsWith(base)) {
			response.writeHead(404).end('Not found');
			return;
		}
		let file = normalize(join(outDir, pathname.slice(base.length)));
		if (!file.startsWith(outDir)) {
			response.writeHead(403).end();
			return;
		}
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!existsSync(file)) {
			const notFound = join(outDir, '404.html');
			response.writeHead(404, { 'content-type': types['.html']! });
			if (existsSync(notFound)) createReadStream(notFound).pipe(response);
			else response.end('Not found');
			return;
		}
		const type = types[extname(file)] ?? 'application/octet-stream';
		if (gzip && compressible.has(extname(file)) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
			response.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
			createReadStream(file).pipe(createGzip()).pipe(response);
			return;
		}
		response.writeHead(200, { 'content-type': type });
		createReadStream(file).pipe(response);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	const origin = `http://127.0.0.1:${port}`;
	return {
		url: `${origin}${base}`,
		origin,
		close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
	};
}
