/**
 * Note cards: hovering a mention or focusing its marker shows the subject's note in place. On an
 * editorial page or dossier, a citation (`[data-citation]`) opens its note's card the same way.
 * The card sits right after the marker, so Tab reaches its links; Escape closes it and
 * returns focus to the marker. Without JavaScript the marker is a plain link to the note.
 */
const card = document.createElement('span');
card.className = 'note-card';
card.id = 'note-card';
card.setAttribute('role', 'dialog');
card.dataset.ui = '';
card.dataset.pagefindIgnore = '';
card.hidden = true;

let owner: HTMLAnchorElement | null = null;
// The marker whose card Escape closed: focus returns to it without reopening the card.
let dismissed: HTMLAnchorElement | null = null;
let hideTimer = 0;

// A note marker is the link in the `sup` that follows its annotation (src/domain/rendering/article-html.ts)
// or its citation (src/components/editorial/Marker.astro).
const markerLink = 'sup.marker > a';
const annotated = '[data-annotation], [data-citation]';

function markerOf(element: Element | null): HTMLAnchorElement | null {
	if (!element) return null;
	if (element instanceof HTMLAnchorElement && element.matches(markerLink)) return element;
	const annotation = element.closest(annotated);
	const marker = annotation?.nextElementSibling?.querySelector(markerLink);
	return marker instanceof HTMLAnchorElement ? marker : null;
}

function open(marker: HTMLAnchorElement): void {
	window.clearTimeout(hideTimer);
	if (owner === marker && !card.hidden) return;
	close();
	const note = document.getElementById(decodeURIComponent(marker.hash.slice(1)));
	if (!note) return;
	// The card shows the note without its backlinks (src/domain/rendering/notes-html.ts).
	const copy = note.cloneNode(true) as HTMLElement;
	copy.querySelector('.backlinks')?.remove();
	card.replaceChildren(...copy.childNodes);
	// The card's share controls are for the mention it was opened from (src/scripts/share.ts),
	// whether the share script has already added them to the note or adds them later.
	const annotation = marker.parentElement?.previousElementSibling;
	if (annotation?.id) card.dataset.anchor = annotation.id;
	else delete card.dataset.anchor;
	card.setAttribute('aria-label', marker.getAttribute('aria-label') ?? 'Note');
	marker.parentElement!.after(card);
	card.hidden = false;
	const rect = marker.getBoundingClientRect();
	const width = card.offsetWidth;
	const left = Math.min(Math.max(8, rect.left + window.scrollX - width / 2), window.scrollX + document.documentElement.clientWidth - width - 8);
	card.style.left = `${Math.max(8, left)}px`;
	card.style.top = `${rect.bottom + window.scrollY + 6}px`;
	marker.setAttribute('aria-describedby', card.id);
	marker.setAttribute('aria-expanded', 'true');
	owner = marker;
}

function close(): void {
	if (!owner) return;
	owner.removeAttribute('aria-describedby');
	owner.setAttribute('aria-expanded', 'false');
	card.hidden = true;
	card.remove();
	owner = null;
}

function closeSoon(): void {
	window.clearTimeout(hideTimer);
	hideTimer = window.setTimeout(close, 250);
}

const body = document.querySelector('[data-source-body], [data-editorial-body]');
if (body) {
	body.addEventListener('pointerover', (event) => {
		const target = event.target as Element;
		if (card.contains(target)) return window.clearTimeout(hideTimer);
		const marker = markerOf(target.closest(`${annotated}, ${markerLink}`));
		if (marker) open(marker);
	});
	body.addEventListener('pointerout', (event) => {
		const to = (event as PointerEvent).relatedTarget as Element | null;
		if (to && (card.contains(to) || markerOf(to.closest(`${annotated}, ${markerLink}`)) === owner)) return;
		closeSoon();
	});
	body.addEventListener('focusin', (event) => {
		const target = event.target as Element;
		if (card.contains(target)) return window.clearTimeout(hideTimer);
		const marker = markerOf(target);
		if (marker && marker === dismissed) return;
		dismissed = null;
		if (marker) open(marker);
		else close();
	});
	body.addEventListener('focusout', (event) => {
		const to = (event as FocusEvent).relatedTarget as Element | null;
		if (to && (card.contains(to) || to === owner)) return;
		closeSoon();
	});
	document.addEventListener('keydown', (event) => {
		if (event.key !== 'Escape' || !owner) return;
		dismissed = owner;
		close();
		dismissed.focus({ preventScroll: true });
	});
}
