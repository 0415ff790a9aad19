import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeXml, html, raw, xml } from '../../../../src/domain/rendering/markup.ts';

const hostile = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "' onmouseover='x", '&amp; &lt;', 'a</p><p>b'];

describe('html', () => {
	it('escapes every interpolated string, in content and in attributes', () => {
		for (const text of hostile) {
			const tree = fromHtml(html`<p title="${text}">${text}</p>`.text, { fragment: true });
			// Only the template's own element: the text made none.
			expect(selectAll('*', tree).map((e) => e.tagName)).toEqual(['p']);
			expect(toString(tree)).toBe(text);
			expect(selectAll('p', tree)[0]!.properties.title).toBe(text);
		}
	});

	it('inserts markup made by a template, or marked raw, as it is, never escaping it twice', () => {
		const inner = html`<b>${'a & b'}</b>`;
		expect(html`<p>${inner}</p>`.text).toBe('<p><b>a &amp; b</b></p>');
		expect(html`<p>${raw('<br>')}</p>`.text).toBe('<p><br></p>');
	});

	it('joins lists, writes numbers, and writes nothing for absent values', () => {
		expect(html`<ul>${['<a>', html`<li>b</li>`]}</ul>`.text).toBe('<ul>&lt;a&gt;<li>b</li></ul>');
		expect(html`${3}${null}${undefined}${false}${[]}`.text).toBe('3');
	});

	it('is markup when used as a string', () => {
		expect(`${html`<i>${'<'}</i>`}`).toBe('<i>&lt;</i>');
	});
});

describe('escapeHtml', () => {
	it('escapes what can open a tag or close a double-quoted attribute, and keeps the rest', () => {
		expect(escapeHtml('"<&>"')).toBe('&quot;&lt;&amp;&gt;&quot;');
		expect(escapeHtml('It’s “fine”')).toBe('It’s “fine”');
	});
});

describe('xml', () => {
	it('escapes the five XML specials, apostrophes included', () => {
		expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
		expect(xml`<t a='${"'"}'>${'&'}</t>`.text).toBe("<t a='&apos;'>&amp;</t>");
	});
});
