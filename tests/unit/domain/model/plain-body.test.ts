import { readdirSync, readFileSync } from 'node:fs';
import { mdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { makeArchive, prng } from '../../../support/archive.ts';
import { plainBodyTree } from '../../../../src/domain/model/plain-body.ts';
import { mdxOptions } from '../../../../src/domain/model/annotated-text.ts';

const bodyOf = (mdx: string) => mdx.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
const mdx = (body: string): unknown => {
	try {
		return mdxToMdast(body, mdxOptions);
	} catch {
		return 'refused by the MDX parser';
	}
};

const synthetic = [...makeArchive(40, 13).files].filter(([path]) => path.startsWith('articles/')).map(([, text]) => bodyOf(text));
// The first edition's bodies have paragraphs that are one annotation each: MDX reads those.
const bodies = [...readdirSync('content/articles').map((file) => bodyOf(readFileSync(`content/articles/${file}`, 'utf8'))), ...synthetic];

describe('plainBodyTree', () => {
	it('gives the MDX parser’s own tree, positions included, for every synthetic article', () => {
		for (const body of synthetic) {
			const tree = plainBodyTree(body);
			expect(tree).not.toBeNull();
			expect(tree).toEqual(mdx(body));
		}
	});

	it('gives the same tree for tags at a paragraph’s start and end, nested, and across a line break', () => {
		for (const body of [
			'<Person id="ban">Ban</Person> said so.',
			'He met <Person id="kerry">Kerry\nin Cairo</Person>',
			'<Statement id="s">“We believe there\nshould be a ceasefire”</Statement> he said.',
			'Text\nand <Person id="a">A</Person> and <Person id="b">B</Person>, then more.',
			'<Statement id="s">“We <Person id="p">Psaki</Person> said”</Statement> then.\n\nA second <Place id="gaza">Gaza</Place>.\n',
			'\n\nOnly text, on\ntwo lines.\n\n\n',
			'',
		]) {
			expect(plainBodyTree(body), body).toEqual(mdx(body));
		}
	});

	it('leaves anything that Markdown or MDX could read as syntax to the MDX parser', () => {
		for (const body of [
			'Some *emphasis*.',
			'A `code` span.',
			'A [link](x).',
			'R&amp;D',
			'An escaped \\< sign.',
			'An {expression}.',
			'Some <b>HTML</b>.',
			'# A heading',
			'- a list',
			'1. a list',
			'> a quote',
			'    indented',
			'A hard  \nbreak.',
			'Text\n===',
			'export const a = 1',
			'A\ttab.',
			'<Person id="ban">Ban</Person>',
			'<Person id="ban">\nBan\n</Person>',
			'<Statement id="s">“We believe there\nshould be a ceasefire”</Statement>',
			'<Person id="a">A</Person> and <Person id="b">B</Person>',
			'An <Person id="ban">open tag.',
			'Crossed <Person id="ban">tags</Org>.',
			'A <Person id=\'ban\'>quoted</Person> id.',
			'A <Person id="ban" x="y">second</Person> attribute.',
			'A <Spy id="ban">tag</Spy> not ours.',
			'Across <Person id="ban">two\n\nparagraphs</Person>.',
		]) {
			expect(plainBodyTree(body), body).toBeNull();
		}
	});

	it('reads addresses, e-mails and table bars as text, as the parser does without GFM', () => {
		for (const body of ['Go to www.example.org now.', 'See http://example.org/a?b=c.', 'Write to a@example.org.', '| a | b |\n|---|---|']) {
			const tree = plainBodyTree(body);
			expect(tree, body).not.toBeNull();
			expect(tree, body).toEqual(mdx(body));
		}
	});

	it('never gives a tree the MDX parser would not, for 2,000 bodies each changed in one place', () => {
		const next = prng(17);
		const characters = [...'*_`[]()!#-+=>|\\&<>{}~$@:/.0123456789 \t\n\r\u00a0x"\'', '\n\n', '<Person id="zz">', '</Person>', '</Org>', '<Place id="p">Gaza</Place>'];
		let plain = 0;
		for (let trial = 0; trial < 2000; trial++) {
			const body = bodies[Math.floor(next() * bodies.length)]!;
			const at = Math.floor(next() * body.length);
			const changed = `${body.slice(0, at)}${characters[Math.floor(next() * characters.length)]}${body.slice(at + (next() < 0.5 ? 1 : 0))}`;
			const tree = plainBodyTree(changed);
			if (tree === null) continue;
			plain++;
			expect(tree, JSON.stringify(changed.slice(Math.max(0, at - 30), at + 30))).toEqual(mdx(changed));
		}
		// Most single changes leave the body plain: the comparison above is not vacuous.
		expect(plain).toBeGreaterThan(500);
	});
});
