import { describe, expect, it } from 'vitest';
import { directiveFor, encodeDirectivePart, formatTextDirective, longQuote, parseTextDirective, textFragmentUrl } from '../../../../src/domain/views/text-fragment.ts';

const quotes = [
	'The United States – and our international partners – are deeply concerned',
	'Ban Ki-Moon, the UN chief',
	'Israel & Hamas',
	'“We believe there should be a ceasefire,” she added',
	'Egypt’s initiative',
	'a-b,c&d-',
	'-leading dash and trailing comma,',
	'100% sure #1 ? = /',
];

describe('text fragments', () => {
	it('encodes the characters a directive gives a meaning to', () => {
		expect(encodeDirectivePart('Ki-Moon')).toBe('Ki%2DMoon');
		expect(encodeDirectivePart('a,b')).toBe('a%2Cb');
		expect(encodeDirectivePart('a&b')).toBe('a%26b');
		expect(encodeDirectivePart('“x”')).toBe('%E2%80%9Cx%E2%80%9D');
		expect(encodeDirectivePart('a b')).toBe('a%20b');
	});

	it.each(quotes)('round-trips %j', (quote) => {
		const url = textFragmentUrl('https://example.org/news/1', quote);
		expect(url.startsWith('https://example.org/news/1#:~:text=')).toBe(true);
		// Nothing the directive syntax reads survives unencoded in the quote.
		expect(url.slice(url.indexOf('=') + 1)).not.toMatch(/[-&\s]/);
		const directive = parseTextDirective(url)!;
		expect(directive.textEnd).toBeUndefined();
		expect(directive.textStart).toBe(quote);
	});

	it('round-trips every part, prefix and suffix included', () => {
		const directive = { prefix: 'said – ', textStart: '“Stop,', textEnd: 'now” & then-', suffix: '-she' };
		expect(parseTextDirective(formatTextDirective(directive))).toEqual(directive);
	});

	it('links a long quote by its first and last words', () => {
		const quote = '“We believe there should be a ceasefire as soon as possible – one that restores the ceasefire reached in November of 2012,” she added';
		expect(quote.length).toBeGreaterThan(longQuote);
		const directive = directiveFor(quote);
		expect(directive).toEqual({ textStart: '“We believe there should', textEnd: 'of 2012,” she added' });
		expect(parseTextDirective(textFragmentUrl('https://example.org/', quote))).toEqual(directive);
	});

	it('collapses the whitespace of a quote', () => {
		expect(directiveFor('  Secretary of  State\tJohn  Kerry ')).toEqual({ textStart: 'Secretary of State John Kerry' });
	});

	it('links a quote that runs over paragraphs by the first words of the first and the last words of the last', () => {
		expect(directiveFor('He said: “We need\n\na ceasefire now,” and left.')).toEqual({ textStart: 'He said: “We need', textEnd: 'ceasefire now,” and left.' });
		expect(directiveFor('Contact Editor\n\nElad Benari')).toEqual({ textStart: 'Contact Editor', textEnd: 'Elad Benari' });
	});

	it('replaces an existing fragment of the original URL', () => {
		expect(textFragmentUrl('https://example.org/a#top', 'x')).toBe('https://example.org/a#:~:text=x');
	});

	it('finds no directive where there is none', () => {
		expect(parseTextDirective('https://example.org/#john-kerry')).toBeNull();
	});
});
