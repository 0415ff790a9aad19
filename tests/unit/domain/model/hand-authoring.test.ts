/** The ways docs/authoring.md gives an author to write characters MDX would read as syntax. */
import { describe, expect, it } from 'vitest';
import { readAnnotatedText, stringLiteral } from '../../../../src/domain/model/annotated-text.ts';

const reads = (body: string) => {
	const read = readAnnotatedText(body);
	expect(read.faults, body).toEqual([]);
	return read.text;
};

// What an author writes, and the source text it stands for.
const addresses: [string, string][] = [
	['see http://example.org/page for more', 'see http://example.org/page for more'],
	['Visit www.hrsa.example/health-center-program.', 'Visit www.hrsa.example/health-center-program.'],
	['Write to DIAL@aging.example.', 'Write to DIAL@aging.example.'],
	['www\\.example\\.org and press\\@example.org', 'www.example.org and press@example.org'],
	['&#119;ww.example.org', 'www.example.org'],
	['A <Org id="un">UN</Org> page: https://un.example/a_b?c=d', 'A UN page: https://un.example/a_b?c=d'],
];
const syntax: [string, string][] = [
	['\\# Not a heading, \\*not\\* emphasis, \\<b\\> and \\{x\\}', '# Not a heading, *not* emphasis, <b> and {x}'],
	['&#35; also &lt;b&gt; &amp; &#123;', '# also <b> & {'],
	['{"#"} heading, {"<b>"} and {"{x}"}', '# heading, <b> and {x}'],
	['&#105;mport duties rose', 'import duties rose'],
	['| a | b |\n|---|---|', '| a | b |\n|---|---|'],
];

describe('writing awkward text by hand', () => {
	it.each(addresses)('reads addresses, e-mails and domains as plain text, escaped or not: %j', (body, text) => {
		expect(reads(body)).toBe(text);
	});

	it.each(syntax)('takes a backslash, a character reference or a string in braces for a syntax character: %j', (body, text) => {
		expect(reads(body)).toBe(text);
	});

	it('still refuses code in braces, and says how to write the character instead', () => {
		const read = readAnnotatedText('An {expression} here.');
		expect(read.faults.map((f) => f.fault)).toEqual([
			'Markdown or MDX syntax (mdxTextExpression) would change the source\'s text: only paragraphs of plain text and annotation tags are allowed; write the character that starts it with a backslash (\\#), a character reference (&#35;) or a string in braces ({"#"}), as docs/authoring.md shows',
		]);
		expect(stringLiteral(' "a\\"b" ')).toBe('a"b');
		expect(stringLiteral('x + "a"')).toBeNull();
		expect(stringLiteral("'a'")).toBeNull();
	});
});
