/**
 * An article page cut down to what the site's markup rules and features require of it, to weigh the
 * least it could be: the source body with its annotation spans (anchor, kind, subject, search
 * title) and their note markers, each paragraph's counterpart links, the provenance panel, one
 * note per subject reduced to its backlinks and a link to the subject's page, and the schema.org
 * data of the article with the subjects it mentions by type, id and name. Accessible names stay.
 * What goes: each note's kind, description and "also in", the reading key and the social
 * metadata.
 *
 * It works on the markup Sourcebook writes, not on HTML in general: a cut that finds nothing
 * throws, so that a change of markup cannot quietly make the estimate wrong. Pure.
 */

interface Cut {
	name: string;
	pattern: RegExp;
	replace: (match: string, ...groups: string[]) => string;
}

interface ArticleData {
	mentions?: { '@type': string; '@id': string; name: string }[];
}

function slimData(json: string): string {
	const data = JSON.parse(json) as ArticleData;
	// The page's own WebPage entry repeats the head's metadata; the article's entry is required.
	if (!data.mentions) return '';
	data.mentions = data.mentions.map((subject) => ({ '@type': subject['@type'], '@id': subject['@id'], name: subject.name }));
	return `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
}

const drop = () => '';

const cuts: readonly Cut[] = [
	{ name: 'note details', pattern: /(<\/strong><\/a>) <span class="kind-tag">[\s\S]*?<\/li>/g, replace: (_match, name) => `${name}</li>` },
	{ name: 'schema.org data', pattern: /<script type="application\/ld\+json">([\s\S]*?)<\/script>/g, replace: (_match, json) => slimData(json) },
	{ name: 'social metadata', pattern: /<meta (?:property="og:|name="twitter:)[^>]*>/g, replace: drop },
	{ name: 'reading key', pattern: /<div class="reading-key"[\s\S]*?<\/div>/g, replace: drop },
];

/** The page with every cut made. A cut that finds nothing means the markup changed under it: an error, not a silent overestimate. */
export function requiredMarkup(html: string): string {
	for (const cut of cuts) {
		const before = html;
		html = html.replace(cut.pattern, cut.replace);
		if (html === before) throw new Error(`required markup: the cut "${cut.name}" found nothing on this page; update bench/required-markup.ts to the page's markup`);
	}
	return html;
}
