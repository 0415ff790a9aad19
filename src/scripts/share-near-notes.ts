/**
 * An article's shares are in its notes: the share script ("Copy link", "Cite"), which reading
 * does not need, loads when the notes list comes within a screen of view, or when a note is
 * opened in place (./note-cards.ts). A reader who stays in the text never fetches it.
 * (Other pages load it once idle: src/components/ShareScript.astro.)
 */
const notes = document.querySelector('section.notes');
if (notes) {
	const watch = new IntersectionObserver(
		(entries) => {
			if (!entries.some((entry) => entry.isIntersecting)) return;
			watch.disconnect();
			void import('./share.ts');
		},
		{ rootMargin: '100% 0px' },
	);
	watch.observe(notes);
}
