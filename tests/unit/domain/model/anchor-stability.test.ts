/**
 * Anchors that last: in a copy of the real content, annotating more words (a new subject in the
 * middle of every article) or removing one subject's annotations leaves every other anchor of
 * every article exactly where it was.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../../support/build.ts';
import { loadSourcebook } from '../../../../src/loading/load.ts';
import type { Sourcebook } from '../../../../src/domain/model/sourcebook.ts';
import { kindNames, kinds } from '../../../../src/domain/model/schema.ts';

const content = resolve(projectRoot, 'content');
const copies: string[] = [];

function copyOfContent(): string {
	const dir = mkdtempSync(join(tmpdir(), 'sourcebook-anchors-'));
	copies.push(dir);
	cpSync(content, join(dir, 'content'), { recursive: true });
	return join(dir, 'content');
}
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const tag = new RegExp(`<(/?)(${kindNames.map((k) => kinds[k].tag).join('|')})\\b[^>]*>`, 'g');

/** Wraps the first word of 4+ letters outside every annotation, past the middle of the body. */
function annotateWord(mdx: string, open: string, close: string): string {
	const bodyStart = mdx.indexOf('\n---', 3) + 4;
	const middle = bodyStart + Math.floor((mdx.length - bodyStart) / 2);
	let depth = 0;
	let at = bodyStart;
	for (const match of mdx.slice(bodyStart).matchAll(tag)) {
		const index = bodyStart + match.index;
		if (depth === 0 && index > at) {
			const word = /(?<![\w<])[A-Za-z]{4,}(?![\w>])/.exec(mdx.slice(Math.max(at, middle), index));
			if (word && at + word.index < index) {
				const start = Math.max(at, middle) + word.index;
				return mdx.slice(0, start) + open + word[0] + close + mdx.slice(start + word[0].length);
			}
		}
		depth += match[1] === '/' ? -1 : 1;
		at = index + match[0].length;
	}
	throw new Error('no unannotated word past the middle of the article');
}

type Anchors = Map<string, string>;

/** Each mention's anchor, keyed by what it annotates: its subject and its place in the source. */
function anchorsOf(book: Sourcebook): Map<string, Anchors> {
	return new Map(book.articles.map((a) => [a.slug, new Map(a.mentions.map((m) => [`${m.subjectId}@${m.start}-${m.end}`, m.anchor]))]));
}

describe('anchors that last', () => {
	const before = anchorsOf(loadSourcebook(content));

	it('adding an annotation to every article leaves every existing anchor unchanged', () => {
		const dir = copyOfContent();
		appendFileSync(
			join(dir, 'places.yaml'),
			'\n- id: added-by-the-anchor-test\n  name: Added by the anchor test\n  description: A subject added by a test.\n  group: Test\n',
		);
		for (const name of readdirSync(join(dir, 'articles'))) {
			const path = join(dir, 'articles', name);
			writeFileSync(path, annotateWord(readFileSync(path, 'utf8'), '<Place id="added-by-the-anchor-test">', '</Place>'));
		}
		const book = loadSourcebook(dir);
		const after = anchorsOf(book);
		for (const [slug, anchors] of before) {
			expect(book.article(slug)!.mentions.filter((m) => m.subjectId === 'added-by-the-anchor-test')).toHaveLength(1);
			const now = after.get(slug)!;
			expect(now.size).toBe(anchors.size + 1);
			for (const [key, anchor] of anchors) expect(now.get(key), `${slug}: ${key}`).toBe(anchor);
		}
	});

	it('removing one subject’s annotations leaves every other anchor unchanged', () => {
		const dir = copyOfContent();
		const removed = 'cairo';
		for (const name of readdirSync(join(dir, 'articles'))) {
			const path = join(dir, 'articles', name);
			const mdx = readFileSync(path, 'utf8');
			writeFileSync(path, mdx.replace(new RegExp(`<Place id="${removed}">([^<]*)</Place>`, 'g'), '$1'));
		}
		const after = anchorsOf(loadSourcebook(dir));
		for (const [slug, anchors] of before) {
			const kept = [...anchors].filter(([key]) => !key.startsWith(`${removed}@`));
			expect(kept.length).toBeLessThan(anchors.size);
			expect(after.get(slug)!.size).toBe(kept.length);
			for (const [key, anchor] of kept) expect(after.get(slug)!.get(key), `${slug}: ${key}`).toBe(anchor);
		}
	});
});
