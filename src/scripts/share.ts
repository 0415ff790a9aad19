/**
 * "Copy link" and "Cite" on annotations and subjects. Every `[data-share]` gets two buttons;
 * clicks are handled once, on the document, so copies of a share (the note card) work too.
 * Results are announced in a live region, which also shows them briefly.
 */
import shareStyles from '../styles/share.css?url';
import { loadStylesheet } from './stylesheet.ts';
import type { CitedSourceData, Citations } from '../domain/publishing/citation.ts';
import type { StandardCitations } from '../domain/publishing/standard-citations.ts';
import { citedSourcePath, subjectCitationsPath } from '../domain/publishing/data-paths.ts';
import { href, permalink } from '../lib/paths';
import { articlePath } from '../domain/model/page-paths';

// Citations are formatted only when a reader asks for one: the module loads on first use.
const citation = () => import('../domain/publishing/citation.ts');

const dataFiles = new Map<string, Promise<unknown>>();

/** A data file beside the pages (`src/domain/publishing/open-data.ts`), fetched once. */
function dataFile<T>(path: string): Promise<T> {
	let data = dataFiles.get(path);
	if (!data) {
		data = fetch(href(path)).then((response) => {
			if (!response.ok) throw new Error(`${response.url}: ${response.status}`);
			return response.json() as Promise<unknown>;
		});
		// A failed fetch is tried again on the next click.
		data.catch(() => dataFiles.delete(path));
		dataFiles.set(path, data);
	}
	return data as Promise<T>;
}

const status = document.createElement('div');
status.className = 'share-status';
status.setAttribute('role', 'status');
status.dataset.ui = '';
status.dataset.pagefindIgnore = 'all';
document.body.append(status);
let statusTimer = 0;

function announce(message: string): void {
	status.textContent = message;
	status.classList.add('is-shown');
	window.clearTimeout(statusTimer);
	statusTimer = window.setTimeout(() => status.classList.remove('is-shown'), 4000);
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The annotation's own words as the page shows them, without footnote markers. */
function wordsOnPage(anchor: string): string {
	const element = document.getElementById(anchor);
	if (!element) return '';
	const copy = element.cloneNode(true) as HTMLElement;
	copy.querySelectorAll('[data-ui]').forEach((ui) => ui.remove());
	return collapse(copy.textContent ?? '');
}

const absolute = (url: string) => new URL(url, document.baseURI).href;

/** A note: in the article's list, or copied into a note card. */
const noteSelector = '.notes li, .note-card';

interface Shared {
	url: string;
	citations: () => Promise<Citations>;
}

/**
 * A listed mention's share is for the mention its item links to, a note's for the note's first
 * backlink, and a note card's for the mention it was opened from (the card's `data-anchor`); the
 * words are the marked ones, else the page's. (A subject's share carries data.)
 */
function mentionOf(root: HTMLElement): { source?: string; anchor?: string; words?: string } {
	const item = root.closest('[data-mention]');
	const opened = root.closest<HTMLElement>('[data-anchor]')?.dataset.anchor;
	const href = opened ? `#${opened}` : (item ?? root.closest('li'))?.querySelector('a[href*="#"]')?.getAttribute('href');
	if (!href) return {};
	const url = new URL(href, document.baseURI);
	return {
		source: /\/articles\/([^/]+)\/$/.exec(url.pathname)?.[1],
		anchor: decodeURIComponent(url.hash.slice(1)) || undefined,
		words: item?.querySelector('mark')?.textContent ?? undefined,
	};
}

/** What the buttons' hidden words name: the share's label, the note's subject or the mention's words. */
function labelOf(root: HTMLElement): string {
	if (root.dataset.label) return root.dataset.label;
	const name = root.closest(noteSelector)?.querySelector('strong')?.textContent;
	if (name) return `the mention of ${name}`;
	const words = mentionOf(root).words ?? '';
	return `“${words.length > 40 ? `${words.slice(0, 40)}…` : words}”`;
}

function shared(root: HTMLElement): Shared | null {
	const { subject } = root.dataset;
	const { source, anchor, words } = mentionOf(root);
	if (source && anchor) {
		const url = absolute(`${permalink(articlePath(source))}#${anchor}`);
		return {
			url,
			citations: async () => {
				const [{ citeAnnotation, withAbsoluteUrl }, cited] = await Promise.all([citation(), dataFile<CitedSourceData>(citedSourcePath(source))]);
				const page = permalink(articlePath(source));
				return citeAnnotation({ source: { ...cited, citations: withAbsoluteUrl(cited.citations, page, absolute(page)) }, words: words ?? wordsOnPage(anchor), url });
			},
		};
	}
	if (subject && root.dataset.url) {
		const url = absolute(root.dataset.url);
		const relative = root.dataset.url;
		return {
			url,
			citations: async () => {
				const [{ citeSubject, withAbsoluteUrl }, citations] = await Promise.all([citation(), dataFile<StandardCitations>(subjectCitationsPath(subject))]);
				return citeSubject({ title: root.dataset.title ?? subject, kind: root.dataset.kind ?? '', url, citations: withAbsoluteUrl(citations, relative, url) });
			},
		};
	}
	return null;
}

async function copy(text: string): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		return false;
	}
}

function button(action: string, label: string, hidden: string): HTMLButtonElement {
	const element = document.createElement('button');
	element.type = 'button';
	element.dataset.shareAction = action;
	element.append(label);
	const extra = document.createElement('span');
	extra.className = 'visually-hidden';
	extra.textContent = ` ${hidden}`;
	element.append(extra);
	return element;
}

// The buttons' styles come with them: a reader who never shares never fetches them.
await loadStylesheet(shareStyles);

// A note (in the list, or in a card already open) and a listed mention get their share here, not
// in the page: an article has dozens and a subject's page hundreds, which every build would write
// and index for nothing without JavaScript.
for (const host of document.querySelectorAll(`${noteSelector}, li[data-mention]`)) {
	const share = document.createElement('span');
	share.className = 'share';
	share.dataset.share = '';
	share.dataset.ui = '';
	host.append(' ', share);
}

for (const root of document.querySelectorAll<HTMLElement>('[data-share]')) {
	const label = labelOf(root);
	root.append(button('copy', 'Copy link', `to ${label}`), button('cite', 'Cite', label));
	root.querySelector('[data-share-action="cite"]')!.setAttribute('aria-expanded', 'false');
}

const formats: [keyof Citations, string][] = [
	['text', 'Plain text'],
	['apa', 'APA'],
	['chicago', 'Chicago'],
	['mla', 'MLA'],
	['bibtex', 'BibTeX'],
	['ris', 'RIS'],
	['csl', 'CSL-JSON'],
];

function citePanel(citations: Citations): HTMLElement {
	const panel = document.createElement('span');
	panel.className = 'cite-panel';
	panel.setAttribute('role', 'group');
	panel.setAttribute('aria-label', 'Citation');
	for (const [format, name] of formats) {
		const block = document.createElement('span');
		block.className = 'cite-format';
		const copyButton = button('copy-citation', `Copy ${name}`, '');
		copyButton.dataset.format = format;
		const pre = document.createElement('pre');
		pre.textContent = citations[format];
		// A long citation scrolls: keyboard users must be able to reach and scroll it.
		pre.tabIndex = 0;
		pre.setAttribute('aria-label', `${name} citation`);
		block.append(copyButton, pre);
		panel.append(block);
	}
	return panel;
}

document.addEventListener('click', async (event) => {
	const target = (event.target as Element).closest<HTMLButtonElement>('button[data-share-action]');
	const root = target?.closest<HTMLElement>('[data-share]');
	if (!target || !root) return;
	const share = shared(root);
	if (!share) return;
	const action = target.dataset.shareAction;
	if (action === 'copy') {
		announce((await copy(share.url)) ? `Link copied: ${share.url}` : `Copy this link: ${share.url}`);
	} else if (action === 'cite') {
		const open = root.querySelector('.cite-panel');
		if (open) {
			open.remove();
			target.setAttribute('aria-expanded', 'false');
			return;
		}
		target.setAttribute('aria-expanded', 'true');
		try {
			root.append(citePanel(await share.citations()));
		} catch {
			target.setAttribute('aria-expanded', 'false');
			announce('The citation could not be loaded. Try again when online.');
			return;
		}
		announce('Citation shown in plain text, BibTeX and CSL-JSON.');
	} else if (action === 'copy-citation') {
		const format = target.dataset.format as keyof Citations;
		const name = formats.find(([f]) => f === format)![1];
		const text = (await share.citations())[format];
		announce((await copy(text)) ? `Citation copied (${name}).` : `Select the ${name} citation to copy it.`);
	}
});
