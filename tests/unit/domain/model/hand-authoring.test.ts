/** The ways docs/authoring.md gives an author to write characters MDX would read as syntax. */
import { describe, expect, it } from 'vitest';
import { readAnnotatedText, stringLiteral } from '../../../../src/domain/model/annotated-text.ts';

const reads = (body: string) => {
	const read = readAnnotatedText(body);
	expect(read.faults, body).toEqual([]);
	return read.text;
};

describe('writing awkward text by hand', () => {
	it('reads addresses, e-mails and domains as plain text, escaped or not', () => {
		expect(reads('see http://example.org/page for more')).toBe('see http://example.org/page for more');
		expect(reads('Visit www.hrsa.example/health-center-program.')).toBe('Visit www.hrsa.example/health-center-program.');
		expect(reads('Write to DIAL@aging.example.')).toBe('Write to DIAL@aging.example.');
		expect(reads('www\\.example\\.org and press\\@example.org')).toBe('www.example.org and press@example.org');
		expect(reads('&#119;ww.example.org')).toBe('www.example.org');
		expect(reads('A <Org id="un">UN</Org> page: https://un.example/a_b?c=d')).toBe('A UN page: https://un.example/a_b?c=d');
	});

	it('takes a backslash, a character reference or a string in braces for a syntax character', () => {
		expect(reads('\\# Not a heading, \\*not\\* emphasis, \\<b\\> and \\{x\\}')).toBe('# Not a heading, *not* emphasis, <b> and {x}');
		expect(reads('&#35; also &lt;b&gt; &amp; &#123;')).toBe('# also <b> & {');
		expect(reads('{"#"} heading, {"<b>"} and {"{x}"}')).toBe('# heading, <b> and {x}');
		expect(reads('&#105;mport duties rose')).toBe('import duties rose');
		expect(reads('| a | b |\n|---|---|')).toBe('| a | b |\n|---|---|');
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
