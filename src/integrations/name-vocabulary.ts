/**
 * Writes the name vocabulary (src/domain/search/name-vocabulary.ts) into Pagefind's bundle folder,
 * `<outDir>/pagefind/names/<key>.json`, once Pagefind has indexed the site: each subject carries
 * the id Pagefind gave its page, so that the browser can move a named subject's page first
 * without loading any result's data. The subjects are read from the domain before the search
 * index lets it go.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { getSourcebook } from '../loading/load.ts';
import { shardFileName } from '../domain/search/name-keys.ts';
import type { NameSubject } from '../domain/search/name-suggestions.ts';
import { encodeShard, nameSubjects, vocabularyFolder, vocabularyShards } from '../domain/search/name-vocabulary.ts';

/** Pagefind's fragments are gzipped JSON behind this signature; the file's name is the page's id. */
const fragmentSignature = 'pagefind_dcd';

/** Each indexed page's URL (as Pagefind has it, from the output folder's root) and id. */
export function pageIds(bundle: string): Map<string, string> {
	const folder = join(bundle, 'fragment');
	const ids = new Map<string, string>();
	for (const file of readdirSync(folder)) {
		if (!file.endsWith('.pf_fragment')) continue;
		const text = gunzipSync(readFileSync(join(folder, file))).toString('utf8');
		if (!text.startsWith(fragmentSignature)) throw new Error(`Pagefind fragment ${file} is not in the expected format`);
		const { url } = JSON.parse(text.slice(fragmentSignature.length)) as { url: string };
		ids.set(url, file.slice(0, -'.pf_fragment'.length));
	}
	return ids;
}

export interface NameVocabulary {
	/** Runs before the search index, while the domain is loaded. */
	integration: AstroIntegration;
	/** Writes the shards into Pagefind's bundle folder, once it is written; says what it wrote. */
	write(bundle: string): string;
}

export default function nameVocabulary(): NameVocabulary {
	let subjects: Omit<NameSubject, 'page'>[] = [];
	return {
		integration: {
			name: 'sourcebook-name-vocabulary',
			hooks: {
				'astro:build:done': () => {
					subjects = nameSubjects(getSourcebook());
				},
			},
		},
		write(bundle) {
			const ids = pageIds(bundle);
			const withPages = subjects.map((subject) => ({ ...subject, page: ids.get(`/${subject.path}`) ?? null }));
			const folder = join(bundle, vocabularyFolder);
			mkdirSync(folder, { recursive: true });
			let bytes = 0;
			const shards = vocabularyShards(withPages);
			for (const [key, shard] of shards) {
				const text = encodeShard(shard);
				bytes += Buffer.byteLength(text);
				writeFileSync(join(folder, shardFileName(key)), text);
			}
			return `wrote the name vocabulary: ${withPages.length} subjects in ${shards.size} shards, ${(bytes / 1024).toFixed(1)} KB`;
		},
	};
}
