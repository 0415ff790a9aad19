import { describe, expect, it } from 'vitest';
import { sectionsHtml } from '../../../../src/domain/rendering/editorial-sections.ts';

describe('sectionsHtml', () => {
	it('wraps each heading and what follows it in a section named for search, keeping the heading’s id', () => {
		const html = '<p>Intro.</p><h2 id="when">When it <em>came</em></h2><p>Early.</p><h2 id="who">Who “said” it</h2><p>She did.</p>';
		expect(sectionsHtml(html, 'Dossier')).toBe(
			'<p>Intro.</p><section id="when" data-pagefind-title="Dossier · When it came"><h2>When it <em>came</em></h2><p>Early.</p></section>' +
				'<section id="who" data-pagefind-title="Dossier · Who “said” it"><h2>Who “said” it</h2><p>She did.</p></section>',
		);
	});

	it('leaves a body without headings as it is', () => {
		expect(sectionsHtml('<p>Only prose.</p>', 'Page')).toBe('<p>Only prose.</p>');
	});
});
