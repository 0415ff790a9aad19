import { describe, expect, it } from 'vitest';
import { readFrontmatter, splitFrontmatter } from '../../../../src/domain/model/frontmatter.ts';

function read(mdx: string) {
	const faults: { text: string; line: number }[] = [];
	const frontmatter = readFrontmatter(mdx, (text, line) => faults.push({ text, line }), 'a title');
	return { frontmatter, faults };
}

describe('frontmatter', () => {
	it('splits the YAML from the body and counts the lines before the body', () => {
		const block = splitFrontmatter('---\ntitle: A harbour\nsummary: Boats\n---\n\nFirst line of the body.\n');
		expect(block).toEqual({ yaml: 'title: A harbour\nsummary: Boats', body: '\nFirst line of the body.\n', bodyOffset: 4 });
	});

	it('reads Windows line ends', () => {
		expect(splitFrontmatter('---\r\ntitle: A harbour\r\n---\r\nBody')?.body).toBe('Body');
	});

	it('gives a field the line it has in the file', () => {
		const { frontmatter, faults } = read('---\ntitle: A harbour\nsummary: Boats\n---\nBody');
		expect(faults).toEqual([]);
		expect(frontmatter?.data).toEqual({ title: 'A harbour', summary: 'Boats' });
		expect(frontmatter?.lineOf(['summary'])).toBe(3);
	});

	it('faults a file without a block at its first line, saying what the block holds', () => {
		const { frontmatter, faults } = read('title: A harbour\n\nBody');
		expect(frontmatter).toBeNull();
		expect(faults).toEqual([{ text: expect.stringMatching(/^malformed frontmatter: .*\(a title, then a --- line\)$/), line: 1 }]);
	});

	it('faults malformed YAML once, at its line, and keeps the body', () => {
		const { frontmatter, faults } = read('---\ntitle: A harbour\nsummary: [unclosed\nauthors: x\n---\nBody');
		expect(frontmatter?.data).toBeUndefined();
		expect(frontmatter?.body).toBe('Body');
		expect(faults).toHaveLength(1);
		expect(faults[0]!.text).toMatch(/^malformed frontmatter: /);
		expect(faults[0]!.text).not.toMatch(/line \d+, column/);
		expect(faults[0]!.line).toBeGreaterThanOrEqual(3);
	});
});
