/**
 * Notes open in place (src/scripts/note-cards.ts) from a reader's first click in the text: the
 * click on a marker no longer jumps to the list, and the module that opens the note loads then.
 */
// A note marker is the link in the `sup` after its annotation (as in src/scripts/note-cards.ts).
const markerLink = 'sup.marker > a';

let cards: Promise<typeof import('./note-cards.ts')> | undefined;

// An article's source text, or an editorial page's prose with its citations.
document.querySelector('[data-source-body], [data-editorial-body]')?.addEventListener('click', (event) => {
	const target = event.target as Element;
	if (!target.closest(`[data-annotation], .note-card, ${markerLink}`)) return;
	if (target.closest(markerLink)) event.preventDefault();
	void (cards ??= import('./note-cards.ts')).then(({ activate }) => activate(target));
});
