/**
 * Each seed imported as if it were new, with the real import command, into a temporary copy of
 * the content without the seed's own article: the draft must reproduce its source, validate,
 * build, and find what the hand-made annotation of that seed marks. Measured against the real
 * annotations (the domain's source offsets), never against hard-coded numbers.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Element, ElementContent } from 'hast';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAnnotatedText } from '../../src/domain/model/annotated-text.ts';
import { alignWithSource } from '../../src/domain/model/fidelity.ts';
import { loadSourcebook } from '../../src/loading/load.ts';
import type { Article, Mention, Sourcebook } from '../../src/domain/model/sourcebook.ts';
import { isEntityKind } from '../../src/domain/views/copy.ts';
import { buildSite, projectRoot, runCheck } from '../support/build.ts';
import { readPage, select, selectAll } from '../support/html.ts';
import { review } from '../support/review.ts';

const handMade = loadSourcebook(join(projectRoot, 'content'), projectRoot);
const overlaps = (a: Mention, b: Mention) => a.start < b.end && b.start < a.end;
const percent = (part: number, whole: number) => Math.round((part / whole) * 1000) / 10;

/** The text a reader gets from the source body, the site's own additions (`data-ui`) left out. */
function readerText(node: Element | ElementContent): string {
	if (node.type === 'text') return node.value;
	if (node.type !== 'element' || node.properties.dataUi !== undefined) return '';
	const text = node.children.map(readerText).join('');
	return node.tagName === 'p' ? ` ${text} ` : text;
}

describe.each(handMade.articles.map((a) => [a.slug, a] as const))('importing %s as a new source', (slug, hand: Article) => {
	let dir = '';
	let content = '';
	let importOutput = '';
	let draftBook: Sourcebook;
	let draft: Article;

	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'sourcebook-import-'));
		content = join(dir, 'content');
		cpSync(join(projectRoot, 'content'), content, { recursive: true });
		rmSync(join(content, 'articles', `${slug}.mdx`));
		rmSync(join(content, 'sources', `${slug}.txt`));
		// The dossiers cite both sources: in an archive that does not have this one yet, they would not be written.
		rmSync(join(content, 'dossiers'), { recursive: true, force: true });
		// The repo's copy of the seed, byte-identical to it.
		mkdirSync(join(dir, 'new'));
		cpSync(join(projectRoot, 'content', 'sources', `${slug}.txt`), join(dir, 'new', `${slug}.txt`));
		const run = spawnSync(
			process.execPath,
			['scripts/import.ts', join(dir, 'new', `${slug}.txt`), '--content', content, '--published', hand.meta.published],
			{ cwd: projectRoot, encoding: 'utf8' },
		);
		importOutput = `${run.stdout}\n${run.stderr}`;
		expect(run.status, importOutput).toBe(0);
		draftBook = loadSourcebook(content, dir);
		draft = draftBook.drafts.articles.find((a) => a.slug === slug)!;
	});

	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('copies the source byte for byte and writes a draft whose text is the source', () => {
		const copied = readFileSync(join(content, 'sources', `${slug}.txt`));
		expect(copied.equals(readFileSync(join(projectRoot, 'content', 'sources', `${slug}.txt`)))).toBe(true);
		expect(draft).toBeDefined();
		const mdx = readFileSync(join(content, 'articles', `${slug}.mdx`), 'utf8');
		const body = readAnnotatedText(mdx.replace(/^---\n[\s\S]*?\n---\n/, ''));
		expect(body.faults).toEqual([]);
		expect(alignWithSource(body.text, copied.toString('utf8')).ok).toBe(true);
		// A draft is kept apart from what is published, and so are the subjects it suggests.
		expect(draftBook.articles.map((a) => a.slug)).not.toContain(slug);
		expect(draftBook.drafts.subjects.length).toBeGreaterThan(0);
		expect(importOutput).toMatch(/Matched \d+ mentions/);
	});

	it('lists the draft and its suggestions as needing review in the check command', () => {
		const check = runCheck(content);
		expect(check.status, check.output).toBe(0);
		expect(check.output).toMatch(new RegExp(`Drafts to review[^\\n]*\\n(?:.*\\n)*.*"${slug}"`));
		for (const subject of draftBook.drafts.subjects) expect(check.output).toContain(`"${subject.id}"`);
	});

	it('marks at least 90% of the hand-annotated people, organizations and places, none on a wrong subject', () => {
		const handEntities = hand.mentions.filter((m) => isEntityKind(m.kind));
		const draftEntities = draft.mentions.filter((m) => isEntityKind(m.kind));
		const found = handEntities.filter((h) => draftEntities.some((d) => d.subjectId === h.subjectId && overlaps(d, h)));
		const wrong = draftEntities.filter((d) => {
			const under = handEntities.filter((h) => overlaps(d, h));
			return under.length > 0 && !under.some((h) => h.subjectId === d.subjectId);
		});
		console.log(`${slug}: entity mentions marked ${found.length}/${handEntities.length} (${percent(found.length, handEntities.length)}%), on a wrong subject ${wrong.length}`);
		expect(found.length / handEntities.length).toBeGreaterThanOrEqual(0.9);
		expect(wrong.map((m) => `${m.subjectId}: ${m.words}`)).toEqual([]);
	});

	it('suggests at least 90% of the hand-annotated statements, most suggestions being statements', () => {
		const handStatements = hand.mentions.filter((m) => m.kind === 'statement');
		const suggested = draft.mentions.filter((m) => m.kind === 'statement');
		const found = handStatements.filter((h) => suggested.some((d) => overlaps(d, h)));
		const relevant = suggested.filter((d) => handStatements.some((h) => overlaps(d, h)));
		const speakerOf = (id: string) => {
			const subject = draftBook.subject(id) ?? draftBook.drafts.subjects.find((s) => s.id === id) ?? handMade.subject(id);
			return subject?.kind === 'statement' ? subject.data.speaker : null;
		};
		const rightSpeaker = found.filter((h) => suggested.some((d) => overlaps(d, h) && speakerOf(d.subjectId) === speakerOf(h.subjectId)));
		console.log(
			`${slug}: statements suggested ${found.length}/${handStatements.length} (${percent(found.length, handStatements.length)}%), ` +
				`suggestions on a hand-made statement ${relevant.length}/${suggested.length}, speaker guessed right ${rightSpeaker.length}/${found.length}`,
		);
		expect(found.length / handStatements.length).toBeGreaterThanOrEqual(0.9);
		expect(relevant.length / suggested.length).toBeGreaterThanOrEqual(0.75);
	});

	it('suggests at least 90% of the hand-annotated figures, with value and qualifier read right', () => {
		const handFigures = hand.mentions.filter((m) => m.kind === 'figure');
		const suggested = draft.mentions.filter((m) => m.kind === 'figure');
		const figureOf = (book: Sourcebook, id: string) => {
			const subject = book.subject(id) ?? book.drafts.subjects.find((s) => s.id === id);
			return subject?.kind === 'figure' ? subject.data : null;
		};
		const found = handFigures.filter((h) => {
			const expected = figureOf(handMade, h.subjectId)!;
			return suggested.some((d) => {
				const got = figureOf(draftBook, d.subjectId);
				return overlaps(d, h) && got?.value === expected.value && got.qualifier === expected.qualifier;
			});
		});
		console.log(`${slug}: figures suggested with the right value ${found.length}/${handFigures.length} (${percent(found.length, handFigures.length)}%), suggestions ${suggested.length}`);
		expect(found.length / handFigures.length).toBeGreaterThanOrEqual(0.9);
	});

	it('builds with the draft in the content, without publishing it', { timeout: 240_000 }, () => {
		const outDir = join(dir, 'site');
		const build = buildSite({ outDir, contentDir: content });
		expect(build.status, build.output).toBe(0);
		expect(existsSync(join(outDir, 'index.html'))).toBe(true);
		expect(existsSync(join(outDir, 'articles', slug))).toBe(false);
		for (const subject of draftBook.drafts.subjects) expect(existsSync(join(outDir, subject.collection, subject.id))).toBe(false);
	});

	it('once reviewed, is published with its source verbatim and every annotation in place', { timeout: 240_000 }, () => {
		review(content);
		const reviewed = loadSourcebook(content, dir);
		expect(reviewed.drafts.articles).toEqual([]);
		const outDir = join(dir, 'reviewed');
		const build = buildSite({ outDir, contentDir: content });
		expect(build.status, build.output).toBe(0);
		const page = readPage(outDir, `articles/${slug}/`);
		const body = select('[data-source-body]', page)!;
		const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
		expect(collapse(readerText(body))).toBe(collapse(readFileSync(join(content, 'sources', `${slug}.txt`), 'utf8')));
		expect(selectAll('[data-annotation]', body).map((e) => e.properties.dataRef)).toEqual(draft.mentions.map((m) => m.subjectId));
	});
});
