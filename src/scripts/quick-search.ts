/**
 * Quick search from any page: the header button, `/` and Ctrl/⌘+K open Pagefind's modal (stamped
 * from a template on first use). On the search page they focus its own search field instead.
 */
import type { SearchInstance } from './search-ui';

interface Modal extends HTMLElement {
	open(): void;
	isOpen: boolean;
}

const button = document.querySelector<HTMLAnchorElement>('[data-quick-search]');
let modal: Promise<{ modal: Modal; instance: SearchInstance }> | null = null;

function stampModal(): Promise<{ modal: Modal; instance: SearchInstance }> {
	// The search UI loads on first use, not with every page.
	modal ??= import('./search-ui').then(async ({ loadSearchUi, searchInstance, useSiteTemplate }) => {
		await loadSearchUi();
		const template = document.querySelector<HTMLTemplateElement>('template#quick-search')!;
		const root = document.createElement('div');
		root.className = 'quick-search';
		root.dataset.pagefindIgnore = 'all';
		root.append(template.content.cloneNode(true));
		document.body.append(root);
		useSiteTemplate(root);
		const instance = await searchInstance('quick');
		// "Filter by…" opens the search page with the query typed so far.
		const more = root.querySelector<HTMLAnchorElement>('[data-search-more]')!;
		instance.on('search', (term) => {
			const url = new URL(more.href);
			url.search = term ? new URLSearchParams({ q: term }).toString() : '';
			more.href = url.toString();
		});
		return { modal: root.querySelector<Modal>('pagefind-modal')!, instance };
	});
	return modal;
}

async function openSearch(): Promise<void> {
	const field = document.querySelector<HTMLElement>('[data-search-page] pagefind-input input');
	if (field) {
		field.focus();
		return;
	}
	const { modal: dialog } = await stampModal();
	if (!dialog.isOpen) dialog.open();
}

const typing = (target: EventTarget | null) =>
	target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

button?.addEventListener('click', (event) => {
	// A modified click still opens the search page, in a new tab or window.
	if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
	event.preventDefault();
	void openSearch();
});

document.addEventListener('keydown', (event) => {
	const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !typing(event.target);
	const modK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
	if (!slash && !modK) return;
	event.preventDefault();
	void openSearch();
});
