/**
 * Quick search from any page: the header button, `/` and Ctrl/⌘+K open the search dialog, whose
 * script loads on first use. On the search page they focus its own search field instead.
 */
const button = document.querySelector<HTMLAnchorElement>('[data-quick-search]');
let dialog: Promise<{ open(): void }> | null = null;

async function openSearch(): Promise<void> {
	const field = document.querySelector<HTMLElement>('[data-search-page] pagefind-input input');
	if (field) {
		field.focus();
		return;
	}
	dialog ??= import('./quick-search-dialog').then(({ quickSearchDialog }) => quickSearchDialog());
	(await dialog).open();
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
