/**
 * An archive built in shards (docs/scaling.md): each shard is a build of its own under one origin,
 * and the shard index names, shard by shard, the subject pages it builds. A subject's permanent
 * page is in the first shard that has one (shards are listed oldest first). Its pages in later
 * shards name that one canonical and stay out of their shard's search index, so that a search
 * across merged shards lists the subject once; every page of a subject links to its pages in the
 * other shards. The index is checked against the build, so no link crosses into a page that does
 * not exist.
 */
import { ContentErrors, type ContentFault } from '../model/errors.ts';

export interface Shard {
	/** The shard's base path under the archive's origin: `/2014/`. */
	base: string;
	/** What readers call it: `2014`. */
	label: string;
	/** The site-relative path of every subject page the shard builds: `people/john-kerry/`. */
	subjects: string[];
}

/** The shard index file: every shard, oldest first. */
export interface ShardIndex {
	shards: Shard[];
}

export interface SubjectInShards {
	/** The base of the shard that holds the subject's permanent page, when it is not this one. */
	canonicalBase: string | null;
	/** The subject's pages in the other shards, in the index's order: root-relative hrefs. */
	elsewhere: { label: string; href: string }[];
}

/** What this shard's pages need of the index. */
export interface ShardLinks {
	/** The other shards, oldest first: their indexes are merged into a search across the archive. */
	others: { base: string; label: string }[];
	subject(path: string): SubjectInShards;
	/** False for a page whose permanent address is in another shard (left out of sitemaps). */
	isPermanent(path: string): boolean;
}

const here: SubjectInShards = { canonicalBase: null, elsewhere: [] };

/** The index of shards given as subject lists, oldest first. */
export function shardIndex(shards: readonly Shard[]): ShardIndex {
	return { shards: shards.map(({ base, label, subjects }) => ({ base, label, subjects: [...subjects].sort() })) };
}

export function shardLinks(index: ShardIndex, base: string): ShardLinks {
	const position = index.shards.findIndex((shard) => shard.base === base);
	// Subject path → the positions of the shards that build its page, in order.
	const shardsOf = new Map<string, number[]>();
	index.shards.forEach((shard, at) => {
		for (const path of shard.subjects) {
			const list = shardsOf.get(path);
			if (list) list.push(at);
			else shardsOf.set(path, [at]);
		}
	});
	const subject = (path: string): SubjectInShards => {
		const positions = shardsOf.get(path);
		if (!positions || positions.length < 2) return here;
		const first = index.shards[positions[0]!]!;
		return {
			canonicalBase: positions[0] === position ? null : first.base,
			elsewhere: positions.filter((at) => at !== position).map((at) => ({ label: index.shards[at]!.label, href: index.shards[at]!.base + path })),
		};
	};
	const others = index.shards.filter((_, at) => at !== position).map(({ base, label }) => ({ base, label }));
	// Called for every sitemap URL: the first shard with the page is enough.
	return { others, subject, isPermanent: (path) => (shardsOf.get(path)?.[0] ?? position) === position };
}

/**
 * Links made under `here`, except a subject whose permanent page is in another shard: under that
 * shard's base (`under`). For the page's own address and for what its data names (schema.org's
 * `@id`s), which must be the subject's one address across the archive.
 */
export function permanentLink(links: ShardLinks | null, here: (path: string) => string, under: (base: string) => (path: string) => string): (path: string) => string {
	if (!links) return here;
	return (path) => {
		const base = links.subject(path).canonicalBase;
		return base ? under(base)(path) : here(path);
	};
}

const isBase = (value: unknown): value is string => typeof value === 'string' && value.startsWith('/') && value.endsWith('/');

/**
 * Reads and checks a shard index for the build of the shard at `base`, which builds the subject
 * pages `built`: the index must name this shard and list exactly its subjects, or another shard's
 * page would link to a page this build does not write. Every fault names the file.
 */
export function readShardIndex(text: string, file: string, base: string, built: readonly string[]): ShardLinks {
	const faults: ContentFault[] = [];
	const fault = (message: string, id: string | null = null) => faults.push({ file, id, fault: message });
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		throw new ContentErrors([{ file, id: null, fault: `is not JSON: ${(error as Error).message}` }]);
	}
	const shards = (data as { shards?: unknown } | null)?.shards;
	if (!Array.isArray(shards) || shards.length === 0) throw new ContentErrors([{ file, id: null, fault: 'needs `shards`: a list of shards, oldest first.' }]);
	const seen = new Set<string>();
	shards.forEach((shard: Partial<Record<keyof Shard, unknown>> | null, at) => {
		const name = `shard ${at + 1}`;
		if (!isBase(shard?.base)) fault(`${name} needs a \`base\` that starts and ends with “/”.`);
		else if (seen.has(shard.base)) fault(`${name} repeats the base ${shard.base}.`);
		else seen.add(shard.base);
		if (typeof shard?.label !== 'string' || shard.label.trim() === '') fault(`${name} needs a \`label\` for readers.`);
		if (!Array.isArray(shard?.subjects) || !shard.subjects.every((path) => typeof path === 'string')) fault(`${name} needs \`subjects\`: the paths of its subject pages.`);
	});
	if (faults.length) throw new ContentErrors(faults);
	const index: ShardIndex = { shards: shards as Shard[] };
	const mine = index.shards.find((shard) => shard.base === base);
	if (!mine) throw new ContentErrors([{ file, id: null, fault: `does not name this build's base ${base} among its shards (${index.shards.map((s) => s.base).join(', ')}).` }]);
	const listed = new Set(mine.subjects);
	const builds = new Set(built);
	for (const path of built) if (!listed.has(path)) fault(`has a page in this build, but the shard index does not list it under ${base}: make the index again from every shard's content.`, path);
	for (const path of listed) if (!builds.has(path)) fault(`is listed under ${base}, but this build has no page for it: make the index again from every shard's content.`, path);
	if (faults.length) throw new ContentErrors(faults);
	return shardLinks(index, base);
}
