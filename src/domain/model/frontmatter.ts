/** The YAML block at the top of an MDX file, read with its lines so that every fault can name one. */
import { firstLine, readYaml } from './yaml-lines.ts';

const frontmatterPattern = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

export interface FrontmatterBlock {
	yaml: string;
	body: string;
	/** Lines before the body: the body's line n is the file's line n + bodyOffset. */
	bodyOffset: number;
}

export function splitFrontmatter(mdx: string): FrontmatterBlock | null {
	const match = frontmatterPattern.exec(mdx);
	if (!match) return null;
	return { yaml: match[1]!, body: mdx.slice(match[0].length), bodyOffset: match[0].split('\n').length - 1 };
}

export interface Frontmatter extends FrontmatterBlock {
	/** The YAML's value; `undefined` when it is malformed, which a fault has said. */
	data: unknown;
	/** The file's line of a field (the YAML's line plus the `---` above it). */
	lineOf(path: readonly PropertyKey[]): number;
}

/**
 * Splits and parses the frontmatter, reporting through `fault` a file without one (`expected`
 * says what it should hold) or malformed YAML, at the line of the first error.
 */
export function readFrontmatter(mdx: string, fault: (text: string, line: number) => void, expected: string): Frontmatter | null {
	const block = splitFrontmatter(mdx);
	if (!block) {
		fault(`malformed frontmatter: the file must start with a --- block of YAML (${expected}, then a --- line)`, 1);
		return null;
	}
	const { document, lineOf } = readYaml(block.yaml);
	const [error] = document.errors;
	if (error) fault(`malformed frontmatter: ${firstLine(error.message)}`, (error.linePos?.[0].line ?? 0) + 1);
	return { ...block, data: error ? undefined : document.toJS(), lineOf: (path) => (lineOf(path) ?? 0) + 1 };
}
