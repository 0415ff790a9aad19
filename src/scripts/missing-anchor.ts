/**
 * A link to an annotation that no longer exists would land silently at the top of the article:
 * say so instead, and offer the subject's note when the subject is still in this source.
 * Text fragments (`#:~:text=`) are the browser's, not ours, and are left alone.
 */
const message = document.querySelector<HTMLElement>('[data-missing-anchor]');

function check(): void {
	if (!message) return;
	const hash = location.hash.slice(1);
	let anchor = '';
	try {
		anchor = decodeURIComponent(hash);
	} catch {
		anchor = hash;
	}
	if (anchor === '' || anchor.startsWith(':~:') || document.getElementById(anchor)) {
		message.hidden = true;
		return;
	}
	// `kerry-3` names the third mention of `kerry`: its note may still be here.
	const subject = anchor.replace(/-\d+$/, '');
	const note = document.getElementById(`note-${subject}`) ?? document.getElementById(`note-${anchor}`);
	const text = message.querySelector<HTMLElement>('[data-missing-text]')!;
	text.textContent = `The annotation “#${anchor}” is not in this source: it may have been renamed or removed.`;
	const noteLink = message.querySelector<HTMLAnchorElement>('[data-missing-note]')!;
	noteLink.hidden = !note;
	if (note) noteLink.href = `#${note.id}`;
	message.hidden = false;
	message.focus();
}

check();
window.addEventListener('hashchange', check);
