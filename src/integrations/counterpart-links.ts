/**
 * A Sätteri hast plugin: ends each paragraph of an article with a link to the same passage in
 * each other source (the counterpart the domain computed), marked `data-ui` so that the source
 * text stays verbatim.
 */
import type { Element, ElementContent, Root } from 'hast';
import { defineHastPlugin } from 'satteri';
import { counterpartsOf, type Counterpart } from '../domain/compare.ts';
import type { Sourcebook } from '../domain/sourcebook.ts';

export function counterpartLinks(getSourcebook: () => Sourcebook) {
	return defineHastPlugin({
		name: 'sourcebook-counterparts',
		after(root, ctx) {
			const path = ctx.fileURL?.pathname ?? '';
			const slug = decodeURIComponent(path.slice(path.lastIndexOf('/') + 1).replace(/\.mdx$/, ''));
			const book = getSourcebook();
			const article = book.article(slug);
			if (!article) return;
			// A paragraph is found by the anchor of its first annotation.
			const byAnchor = new Map<string, Counterpart[]>();
			for (const { paragraph, counterparts } of counterpartsOf(book, article)) {
				const first = paragraph.mentions[0];
				if (first && counterparts.length > 0) byAnchor.set(first.anchor, counterparts);
			}
			for (const node of (root as Root).children) {
				if (node.type !== 'element' || node.tagName !== 'p') continue;
				const anchor = firstAnchor(node);
				const counterparts = anchor === undefined ? undefined : byAnchor.get(anchor);
				if (counterparts) ctx.appendChild(node, counterparts.map(link));
			}
		},
	});
}

function firstAnchor(node: Element): string | undefined {
	for (const child of node.children) {
		if (child.type !== 'element') continue;
		if (child.properties.dataAnnotation !== undefined && typeof child.properties.id === 'string') return child.properties.id;
		const inner = firstAnchor(child);
		if (inner !== undefined) return inner;
	}
	return undefined;
}

function link(counterpart: Counterpart): ElementContent {
	const source = counterpart.article.meta.outlet ?? counterpart.article.meta.title;
	return {
		type: 'element',
		tagName: 'a',
		properties: {
			// Relative to /articles/<slug>/, so it holds under any base path.
			href: `../${counterpart.article.slug}/#${counterpart.anchor}`,
			className: ['counterpart'],
			dataUi: '',
			dataPagefindIgnore: '',
			dataCounterpart: counterpart.article.slug,
			// The name starts with the visible words, as speech input expects.
			ariaLabel: `${source}: the same passage in ${counterpart.article.meta.title}`,
		},
		children: [
			{ type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '⇄ ' }] },
			{ type: 'text', value: source },
		],
	};
}
