import { describe, expect, it } from 'vitest';
import { readAnnotatedText } from '../../../../src/domain/model/annotated-text.ts';
import { writeDraftBody, type Mark } from '../../../../src/domain/import/draft-body.ts';
import { findParagraphs } from '../../../../src/domain/import/paragraphs.ts';

const mark = (source: string, words: string, kind: Mark['kind'], id: string, from = 0): Mark => {
	const start = source.indexOf(words, from);
	return { kind, id, start, end: start + words.length };
};

describe('writing a draft body', () => {
	it('writes one paragraph per line, with nested annotations', () => {
		const source = 'Kerry said: “Go.”\nBan left.\n';
		const { body, leftAlone } = writeDraftBody(source, [
			mark(source, 'Kerry', 'person', 'john-kerry'),
			mark(source, 'Kerry said: “Go.”', 'statement', 'kerry-go'),
			mark(source, 'Ban', 'person', 'ban-ki-moon'),
		]);
		expect(body).toBe('<Statement id="kerry-go"><Person id="john-kerry">Kerry</Person> said: “Go.”</Statement>\n\n<Person id="ban-ki-moon">Ban</Person> left.\n');
		expect(leftAlone).toEqual([]);
	});

	it('escapes what Markdown or MDX would read, so the text reads back unchanged', () => {
		const source = '# 1. Not a heading\n- not a list *or* _emphasis_ {x} <b> a & b ~~s~~ | `c` [l](u) \\ end  \n2) also\n';
		const { body } = writeDraftBody(source, []);
		const read = readAnnotatedText(body);
		expect(read.faults).toEqual([]);
		expect(read.text).toBe(source.trim().split('\n').map((line) => line.trimEnd()).join('\n\n'));
	});

	it('leaves alone, and says why, a suggestion that overlaps another without nesting or runs over a paragraph', () => {
		const source = 'at least 509 Palestinians died\nin Gaza\n';
		const figure = mark(source, 'at least 509', 'figure', 'killed-509');
		const crossing = mark(source, '509 Palestinians', 'figure', 'palestinians-509');
		const overBreak = mark(source, 'died\nin Gaza', 'statement', 'died');
		const { body, placed, leftAlone } = writeDraftBody(source, [figure, crossing, overBreak]);
		expect(placed).toEqual([figure]);
		expect(leftAlone.map((l) => [l.mark.id, l.why])).toEqual([
			['palestinians-509', 'left alone: it overlaps another annotation without nesting in it'],
			['died', 'left alone: it runs over a paragraph break'],
		]);
		expect(readAnnotatedText(body).text).toBe('at least 509 Palestinians died\n\nin Gaza');
	});

	it('keeps the lines of a hard-wrapped text in one paragraph, so a name split across them is marked', () => {
		const source = 'Secretary of State John\nKerry arrived.\n\nNext paragraph.\n';
		expect(findParagraphs(source).map((p) => source.slice(p.start, p.end))).toEqual(['Secretary of State John\nKerry arrived.', 'Next paragraph.']);
		const { body, placed } = writeDraftBody(source, [mark(source, 'John\nKerry', 'person', 'john-kerry')]);
		expect(placed).toHaveLength(1);
		expect(body).toBe('Secretary of State <Person id="john-kerry">John\nKerry</Person> arrived.\n\nNext paragraph.\n');
	});
});
