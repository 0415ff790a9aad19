/**
 * Notes that open where you read. A click, a tap or Enter on a note marker, or a click on words
 * whose layer is shown, opens the subject's note at the sentence: on a wide screen as a card in
 * the margin beside the marker's line (cards stack downwards, never over one another or the
 * text); where the margin is too narrow, as a panel under the paragraph that pushes the text
 * down. The close button or Escape closes it and returns focus to the marker. Without
 * JavaScript the marker is a plain link to the note at the end. On an editorial page or a dossier,
 * a citation's marker opens its note the same way; the citation itself stays a link to the
 * annotation it cites.
 *
 * This module loads on a reader's first click in the text (src/scripts/notes-on-click.ts), not
 * with the page: most visits never open a note, and the page's weight has a budget.
 */
// A note marker is the link in the `sup` after its annotation or citation (as in src/scripts/notes-on-click.ts).
const markerLink = 'sup.marker > a';
const body = document.querySelector<HTMLElement>('[data-source-body], [data-editorial-body]')!;
/** Open cards, by the marker they belong to, in the order they opened. */
const cards = new Map<HTMLAnchorElement, HTMLElement>();
const gap = 16;

/** The marker of an annotation: the link in the `sup` that follows it (src/domain/rendering/article-html.ts). */
function markerOf(annotation: Element): HTMLAnchorElement | null {
	return annotation.nextElementSibling?.querySelector<HTMLAnchorElement>(markerLink) ?? null;
}

/** Words open their note only when their layer is shown (the layers are on `<html data-layers>`, src/scripts/layers.ts). */
function shownAnnotation(target: Element): Element | null {
	const layers = document.documentElement.dataset.layers?.split(' ');
	for (let el = target.closest('[data-annotation]'); el; el = el.parentElement?.closest('[data-annotation]') ?? null) {
		if (!layers || layers.includes((el as HTMLElement).dataset.kind ?? '')) return el;
	}
	return null;
}

function cardFor(marker: HTMLAnchorElement, note: HTMLElement): HTMLElement {
	const card = document.createElement('span');
	card.className = 'note-card';
	card.id = `card-${annotationOf(marker).id}`;
	card.setAttribute('role', 'dialog');
	card.setAttribute('aria-label', marker.getAttribute('aria-label') ?? 'Note');
	card.tabIndex = -1;
	card.dataset.ui = '';
	card.dataset.pagefindIgnore = '';
	// The card's share controls are for the mention it was opened from (src/scripts/share.ts).
	card.dataset.anchor = annotationOf(marker).id;
	// The note without its backlinks (src/domain/rendering/notes-html.ts) and without ids copied from the page.
	const copy = note.cloneNode(true) as HTMLElement;
	copy.querySelector('.backlinks')?.remove();
	copy.querySelectorAll('[id]').forEach((el) => el.removeAttribute('id'));
	const close = document.createElement('button');
	close.type = 'button';
	close.className = 'note-close';
	close.setAttribute('aria-label', 'Close note');
	close.textContent = '×';
	card.append(close, ...copy.childNodes);
	return card;
}

/** Room beside the text for a margin card: the space right of the body, measured, not guessed from a breakpoint. */
function margin(): { left: number; width: number } | null {
	const right = body.getBoundingClientRect().right + gap;
	const width = Math.min(320, document.documentElement.clientWidth - right - gap);
	return width >= 224 ? { left: right + window.scrollX, width } : null;
}

const annotationOf = (marker: HTMLAnchorElement) => marker.parentElement!.previousElementSibling as HTMLElement;

/** Where a note belongs on screen: its marker, or when the note numbers are hidden, the last line of its words. */
function placeOf(marker: HTMLAnchorElement): DOMRect {
	return marker.checkVisibility() ? marker.getBoundingClientRect() : [...annotationOf(marker).getClientRects()].at(-1)!;
}

/** The margin card's top: level with its marker, or below any open card it would overlap. */
function topFor(marker: HTMLAnchorElement, height: number): number {
	let top = placeOf(marker).top + window.scrollY;
	const others = [...cards.values()].filter((c) => c.classList.contains('is-margin')).map((c) => c.getBoundingClientRect());
	others.sort((a, b) => a.top - b.top);
	for (const rect of others) {
		const otherTop = rect.top + window.scrollY;
		if (top < otherTop + rect.height + 8 && top + height + 8 > otherTop) top = otherTop + rect.height + 8;
	}
	return top;
}

function open(marker: HTMLAnchorElement): void {
	const existing = cards.get(marker);
	if (existing) return existing.focus();
	const note = document.getElementById(decodeURIComponent(marker.hash.slice(1)));
	if (!note) return;
	const card = cardFor(marker, note);
	const room = margin();
	if (room) {
		card.classList.add('is-margin');
		card.style.width = `${room.width}px`;
		card.style.left = `${room.left}px`;
		// In the reading order right after its marker, so Tab goes from the card on to the text.
		marker.parentElement!.after(card);
		card.style.top = `${topFor(marker, card.offsetHeight)}px`;
	} else {
		// One panel at a time under a paragraph: a second would push the first out of view.
		for (const owner of [...cards.keys()]) close(owner, false);
		card.classList.add('is-popin');
		marker.closest('p')!.after(card);
	}
	cards.set(marker, card);
	// The card's Copy link and Cite (./share-near-notes.ts loads it only near the notes list).
	void import('./share.ts');
	marker.setAttribute('aria-expanded', 'true');
	marker.setAttribute('aria-controls', card.id);
	card.focus({ preventScroll: true });
	card.scrollIntoView({ block: 'nearest' });
}

function close(marker: HTMLAnchorElement, returnFocus: boolean): void {
	cards.get(marker)?.remove();
	cards.delete(marker);
	marker.setAttribute('aria-expanded', 'false');
	marker.removeAttribute('aria-controls');
	if (!returnFocus) return;
	if (marker.checkVisibility()) return marker.focus();
	// The note numbers are hidden: focus goes back to the words the note was opened from.
	const annotation = annotationOf(marker);
	annotation.tabIndex = -1;
	annotation.focus();
	annotation.addEventListener('blur', () => annotation.removeAttribute('tabindex'), { once: true });
}

function ownerOf(card: Element | null): HTMLAnchorElement | undefined {
	return [...cards].find(([, c]) => c === card)?.[0];
}

/** What a click in the text does, once its default (a marker's jump to the list) is prevented. */
export function activate(target: Element): void {
	const inCard = target.closest('.note-card');
	if (inCard) {
		const owner = ownerOf(inCard);
		if (owner && target.closest('.note-close')) close(owner, true);
		return;
	}
	// A reader selecting words is not asking for their note.
	if (!getSelection()?.isCollapsed) return;
	const clicked = target.closest<HTMLAnchorElement>(markerLink);
	const annotation = clicked ? null : shownAnnotation(target);
	const marker = clicked ?? (annotation && markerOf(annotation));
	if (!marker) return;
	if (cards.has(marker)) close(marker, true);
	else open(marker);
}

document.addEventListener('keydown', (event) => {
	if (event.key !== 'Escape' || cards.size === 0) return;
	const owner = ownerOf(document.activeElement?.closest('.note-card') ?? null) ?? [...cards.keys()].at(-1)!;
	close(owner, true);
});
// Margin cards are placed for one width of the page.
window.addEventListener('resize', () => {
	for (const [owner, card] of cards) if (card.classList.contains('is-margin')) close(owner, false);
});
