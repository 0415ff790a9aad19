/**
 * A Sätteri hast plugin: turns the annotation tags of an article's MDX into plain HTML at
 * compile time (no component per span), with the anchor and note marker the domain assigned.
 */
import type { Element, ElementContent } from 'hast';
import { defineHastPlugin, type HastVisitorContext, type MdxJsxFlowElementHast, type MdxJsxTextElementHast } from 'satteri';
import { noteId } from '../domain/anchors.ts';
import { kindNames, kinds } from '../domain/schema.ts';
import { annotationTitle } from '../domain/search-index.ts';
import type { Mention, Sourcebook } from '../domain/sourcebook.ts';

const tags = kindNames.map((kind) => kinds[kind].tag);
// Per-document counter, kept in the compile's data bag.
const next = 'sourcebookNextAnnotation';

type AnnotationNode = MdxJsxTextElementHast | MdxJsxFlowElementHast;

export function annotationMarkup(getSourcebook: () => Sourcebook) {
	const slugOf = (ctx: HastVisitorContext) => {
		const path = ctx.fileURL?.pathname ?? '';
		return { path, slug: decodeURIComponent(path.slice(path.lastIndexOf('/') + 1).replace(/\.mdx$/, '')) };
	};
	const isDraft = (ctx: HastVisitorContext) => getSourcebook().drafts.articles.some((a) => a.slug === slugOf(ctx).slug);

	/** The domain's mention for the next annotation of this document, checked against the tag. */
	const mentionFor = (node: AnnotationNode, ctx: HastVisitorContext): Mention => {
		const { path, slug } = slugOf(ctx);
		const article = getSourcebook().article(slug);
		const index = (ctx.data[next] as number | undefined) ?? 0;
		ctx.data[next] = index + 1;
		const mention = article?.mentions[index];
		const id = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
		if (!mention || mention.subjectId !== id) {
			throw new Error(`${path}: annotation #${index + 1} (<${node.name} id="${String(id)}">) does not match the validated content; run npm run check`);
		}
		return mention;
	};

	const render = (node: AnnotationNode, ctx: HastVisitorContext): ElementContent[] => {
		// A draft is compiled with the collection but has no page: its words are enough.
		if (isDraft(ctx)) return node.children as ElementContent[];
		const mention = mentionFor(node, ctx);
		const subject = getSourcebook().subject(mention.subjectId)!;
		const span: Element = {
			type: 'element',
			tagName: 'span',
			properties: {
				id: mention.anchor,
				className: ['annotation', `annotation-${mention.kind}`],
				dataAnnotation: '',
				dataKind: mention.kind,
				dataRef: mention.subjectId,
				// Makes the annotation a search sub-result of its own, under this title.
				dataPagefindTitle: annotationTitle(getSourcebook(), mention),
			},
			children: node.children as ElementContent[],
		};
		const marker: Element = {
			type: 'element',
			tagName: 'sup',
			properties: { className: ['marker'], dataUi: '', dataPagefindIgnore: '' },
			children: [
				{
					type: 'element',
					tagName: 'a',
					properties: {
						href: `#${noteId(mention.subjectId)}`,
						ariaLabel: `Note ${mention.note}: ${subject.title}`,
						dataNote: noteId(mention.subjectId),
					},
					children: [{ type: 'text', value: String(mention.note) }],
				},
			],
		};
		return [span, marker];
	};

	return defineHastPlugin({
		name: 'sourcebook-annotations',
		mdxJsxTextElement: {
			filter: tags,
			visit(node, ctx) {
				ctx.replaceNode(node, render(node, ctx));
			},
		},
		// A tag that opens and closes a whole line is parsed as a block: keep it a paragraph.
		mdxJsxFlowElement: {
			filter: tags,
			visit(node, ctx) {
				ctx.replaceNode(node, { type: 'element', tagName: 'p', properties: {}, children: render(node, ctx) });
			},
		},
	});
}
