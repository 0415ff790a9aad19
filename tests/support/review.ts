/** What an editor does once every suggestion of an import is checked: the draft markers go, placeholders are written over. */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { pendingText } from '../../src/domain/model/schema.ts';

export function review(content: string): void {
	const publish = (value: unknown): unknown => {
		if (Array.isArray(value)) return value.map(publish);
		if (value === pendingText) return 'Reviewed in a test.';
		if (typeof value !== 'object' || value === null) return value;
		return Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'draft').map(([key, v]) => [key, publish(v)]));
	};
	for (const name of readdirSync(content).filter((n) => n.endsWith('.yaml'))) {
		const path = join(content, name);
		writeFileSync(path, stringify(publish(parse(readFileSync(path, 'utf8')))));
	}
	for (const name of readdirSync(join(content, 'articles'))) {
		const path = join(content, 'articles', name);
		const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(path, 'utf8'))!;
		writeFileSync(path, `---\n${stringify(publish(parse(frontmatter!)))}---\n${body}`);
	}
}
