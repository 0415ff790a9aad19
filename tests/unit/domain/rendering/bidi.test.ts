import { describe, expect, it } from 'vitest';
import { isolateRightToLeft as pieces } from '../../../../src/domain/rendering/bidi.ts';
import { html } from '../../../../src/domain/rendering/markup.ts';

const isolateRightToLeft = (text: string) => html`${pieces(text)}`.text;

describe('isolating right-to-left words', () => {
	it('wraps each Arabic or Hebrew run, spaces between its words included, and nothing else', () => {
		expect(isolateRightToLeft('The spokesman, محمود عباس (Mahmoud Abbas), 3 times')).toBe('The spokesman, <bdi>محمود عباس</bdi> (Mahmoud Abbas), 3 times');
		expect(isolateRightToLeft('בנימין נתניהו said 2, and הארץ ran it.')).toBe('<bdi>בנימין נתניהו</bdi> said 2, and <bdi>הארץ</bdi> ran it.');
		expect(isolateRightToLeft('Plain English & “quotes”.')).toBe('Plain English &amp; “quotes”.');
	});
});
