/**
 * The reading layers' control (src/components/ReadingKey.astro): each checkbox shows or hides a
 * layer, `m` hides every mark or brings them back, and the live region says what changed. The
 * choice is saved on the device (localStorage, no cookie); the inline script of
 * src/components/LayersBeforePaint.astro applies it on the next visit before the first paint.
 */
import { announceLayers, parseLayers, serializeLayers, setLayer, storageKey, toggleMarks, type Layer } from '../domain/views/layers.ts';

const control = document.querySelector<HTMLElement>('[data-layers-control]');
const root = document.documentElement;

function saved(): string | null {
	try {
		return localStorage.getItem(storageKey);
	} catch {
		return null;
	}
}

if (control) {
	const boxes = [...control.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
	const status = control.querySelector<HTMLElement>('[data-layers-status]')!;
	const nameOf = (layer: Layer) => boxes.find((box) => box.value === layer)?.parentElement?.textContent?.trim() ?? layer;
	let layers = parseLayers(root.dataset.layers ?? saved());
	// What the shortcut brings back after hiding every mark.
	let previous: Layer[] = layers;

	const show = (next: Layer[]) => {
		if (next.some((l) => l !== 'plain')) previous = next;
		layers = next;
		root.dataset.layers = serializeLayers(layers);
		for (const box of boxes) box.checked = layers.includes(box.value as Layer);
	};
	/** A reader's choice: saved on the device (only then: a visit alone stores nothing) and announced. */
	const choose = (next: Layer[]) => {
		show(next);
		try {
			localStorage.setItem(storageKey, root.dataset.layers!);
		} catch {
			// Not saved (storage refused): the choice holds for this page.
		}
		status.textContent = announceLayers(layers, nameOf);
	};

	show(layers);
	control.addEventListener('change', (event) => {
		const box = event.target as HTMLInputElement;
		choose(setLayer(layers, box.value as Layer, box.checked));
	});
	document.addEventListener('keydown', (event) => {
		if (event.key !== 'm' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
		// Never while typing: in a text field, a text area, a select or editable content.
		const target = event.target as Element;
		if (target.closest('textarea, select, [contenteditable]:not([contenteditable="false"]), input:not([type="checkbox"], [type="radio"], [type="button"])')) return;
		event.preventDefault();
		choose(toggleMarks(layers, previous));
	});
}
