/**
 * The reading layers an article offers: one per kind of annotation, the note numbers, and plain
 * text (the source alone, no mark at all). The page keeps the layers shown as a space-separated
 * list in `<html data-layers>`, which the stylesheet reads (src/styles/reading.css); the list is
 * saved on the device under `storageKey`. Without JavaScript the attribute is absent and every
 * layer shows, as the page always has.
 */
import type { Kind } from '../model/schema.ts';

export type Layer = Kind | 'notes' | 'plain';

/**
 * The kinds in the schema's order, written out rather than imported: this module runs in the
 * browser, and the schema module brings zod with it (a unit test keeps the two lists equal).
 */
export const kindLayers = ['person', 'organization', 'place', 'statement', 'figure', 'event'] as const satisfies readonly Kind[];

export const markLayers: readonly Layer[] = [...kindLayers, 'notes'];

export const storageKey = 'sourcebook-layers';

/** Shown when a reader has chosen nothing: the text alone (docs/reading.md says why). */
export const defaultLayers: readonly Layer[] = [];

const isLayer = (word: string): word is Layer => word === 'plain' || markLayers.includes(word as Layer);

/** The layers a saved list names, in the page's order; an unknown word (from an older version) is ignored. */
export function parseLayers(saved: string | null): Layer[] {
	if (saved === null) return [...defaultLayers];
	const words = new Set(saved.split(/\s+/).filter(isLayer));
	// Plain text is the source alone: no other layer goes with it.
	if (words.has('plain')) return ['plain'];
	return markLayers.filter((layer) => words.has(layer));
}

export function serializeLayers(layers: readonly Layer[]): string {
	return layers.join(' ');
}

/** The layers after a reader turns one on or off. */
export function setLayer(layers: readonly Layer[], layer: Layer, shown: boolean): Layer[] {
	if (layer === 'plain') return shown ? ['plain'] : [];
	const next = new Set<Layer>(layers.filter((l) => l !== 'plain'));
	if (shown) next.add(layer);
	else next.delete(layer);
	return markLayers.filter((l) => next.has(l));
}

/**
 * The shortcut: with any mark shown, hide them all; with none, bring back the reader's last
 * marks (`previous`), or every one.
 */
export function toggleMarks(layers: readonly Layer[], previous: readonly Layer[]): Layer[] {
	const marks = layers.filter((l) => l !== 'plain');
	if (marks.length > 0) return [];
	const restored = previous.filter((l) => l !== 'plain');
	return restored.length > 0 ? [...restored] : [...markLayers];
}

/** What the live region says after a change; `nameOf` names a layer as its control does. */
export function announceLayers(layers: readonly Layer[], nameOf: (layer: Layer) => string): string {
	if (layers.includes('plain')) return 'Plain text: the source with no marks.';
	if (layers.length === 0) return 'All marks hidden.';
	if (layers.length === markLayers.length) return 'All marks shown.';
	return `Shown: ${layers.map(nameOf).join(', ')}.`;
}
