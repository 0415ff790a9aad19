/** The schema, the words faults use for each field, and docs/authoring.md say the same. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fieldHelp } from '../../../../src/domain/model/field-help.ts';
import { article, kinds, kindNames } from '../../../../src/domain/model/schema.ts';

const docs = readFileSync('docs/authoring.md', 'utf8');
const schemas = { ...Object.fromEntries(kindNames.map((kind) => [kind, kinds[kind].schema])), article } as const;
/** The docs' section of a kind: from its heading to the next. */
const section = (kind: string) => {
	const headings: Record<string, string> = { person: 'People', organization: 'Organizations', place: 'Places', statement: 'Statements', figure: 'Figures', event: 'Events', article: 'Articles' };
	const start = docs.indexOf(`### ${headings[kind]} (`);
	expect(start, kind).toBeGreaterThan(0);
	const end = docs.indexOf('\n### ', start + 1);
	return docs.slice(start, end < 0 ? undefined : end);
};

describe.each(Object.keys(schemas))('%s', (kind) => {
	const schema = schemas[kind as keyof typeof schemas];
	const fields = Object.keys(schema.shape);

	it('has plain words for every field of the schema, and none for a field it lacks', () => {
		expect(Object.keys(fieldHelp[kind as keyof typeof fieldHelp]).sort()).toEqual([...fields].sort());
	});

	it('is documented field by field, required or optional as the schema says', () => {
		const text = section(kind);
		for (const field of fields) {
			const optional = schema.shape[field as keyof typeof schema.shape].safeParse(undefined).success;
			expect(text, field).toContain(`| \`${field}\` | ${optional ? 'optional' : 'required'} |`);
		}
	});

	it('has a complete example that validates, every field written', () => {
		const example = /```(?:yaml|mdx)\n([\s\S]*?)```/.exec(section(kind))![1]!;
		const data: unknown = kind === 'article' ? parse(/^---\n([\s\S]*?)\n---/.exec(example)![1]!) : (parse(example) as unknown[])[0];
		expect(schema.safeParse(data).error?.issues ?? []).toEqual([]);
		expect(Object.keys(data as object).sort()).toEqual([...fields].sort());
	});
});
