/**
 * `npm run shard-root`: the root of an archive built in shards (docs/scaling.md), written once
 * every shard is built and placed as it is served (`<served>/2014/`, `<served>/2015/`…): the
 * site-wide annotation collection across the shards, whose pages it rejoins in place, the sitemap
 * index naming every shard's sitemaps, and robots.txt.
 *
 *   npm run shard-root -- --index shards.json --served <folder>
 */
import { createReadStream, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import { parseSitemapIndex, SitemapIndexStream, streamToPromise, type IndexItem } from 'sitemap';
import { rejoinedPage, rootCollection } from '../src/domain/publishing/archive-root.ts';
import { allAnnotationsPath } from '../src/domain/publishing/data-paths.ts';
import { robotsText } from '../src/domain/publishing/robots.ts';
import type { AnnotationPage, PagedAnnotationCollection } from '../src/domain/publishing/web-annotation.ts';
import type { ShardIndex } from '../src/domain/views/shards.ts';

const { values } = parseArgs({ options: { index: { type: 'string', default: 'shards.json' }, served: { type: 'string', default: 'served' } } });
const served = resolve(values.served);
const { shards } = JSON.parse(readFileSync(resolve(values.index), 'utf8')) as ShardIndex;

/** A file of the served folder from its URL, absolute (with SITE_URL) or root-relative. */
const fileOf = (url: string) => join(served, decodeURI(new URL(url, 'http://root.invalid').pathname));
const readJson = <T>(url: string) => JSON.parse(readFileSync(fileOf(url), 'utf8')) as T;

const collections = shards.map((shard) => readJson<PagedAnnotationCollection>(`${shard.base}${allAnnotationsPath}`));
// The root's URLs are absolute when the shards' are (they were built with SITE_URL).
const origin = URL.canParse(collections[0]!.id) ? new URL(collections[0]!.id).origin : '';
const root = rootCollection(`${origin}/${allAnnotationsPath}`, collections);
let startIndex = 0;
let pages = 0;
collections.forEach((collection, at) => {
	for (let id: string | undefined = collection.first; id; ) {
		const page: AnnotationPage = readJson(id);
		// Within a shard, the links its build wrote; at its first and last page, the neighbouring shards'.
		const links = { startIndex, prev: id === collection.first ? collections[at - 1]?.last : page.prev, next: id === collection.last ? collections[at + 1]?.first : page.next };
		writeFileSync(fileOf(id), JSON.stringify(rejoinedPage(page, root, links)));
		startIndex += page.items.length;
		pages++;
		id = id === collection.last ? undefined : page.next;
	}
});
if (startIndex !== root.total) throw new Error(`The shards' pages hold ${startIndex} annotations, their collections ${root.total}.`);
writeFileSync(join(served, allAnnotationsPath), JSON.stringify(root));

// Each shard's sitemap index, when it was built with its origin (SITE_URL).
const indexes = shards.map((shard) => join(served, shard.base, 'sitemap-index.xml')).filter((file) => existsSync(file));
let sitemaps: IndexItem[] = [];
for (const file of indexes) sitemaps = sitemaps.concat(await parseSitemapIndex(createReadStream(file)));
if (sitemaps.length > 0) {
	const stream = new SitemapIndexStream();
	const xml = streamToPromise(Readable.from(sitemaps).pipe(stream));
	writeFileSync(join(served, 'sitemap-index.xml'), await xml);
}
writeFileSync(join(served, 'robots.txt'), robotsText(sitemaps.length > 0 && origin ? `${origin}/sitemap-index.xml` : null));
console.log(`Wrote the archive's root: ${root.total} annotations in ${pages} pages across ${shards.length} shards${sitemaps.length ? `, ${sitemaps.length} sitemaps` : ''}.`);
