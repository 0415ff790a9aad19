/**
 * A source's or a subject's citation in the formats researchers use (APA, Chicago, MLA, BibTeX,
 * RIS and CSL-JSON), made by Citation.js from one CSL-JSON item. Computed at build time and
 * published as data files (open-data.ts): Citation.js, its CSL engine and the style files are
 * never shipped to a page. Chicago (notes and bibliography) and MLA are the Citation Style
 * Language project's own styles, kept beside this file; APA is the one Citation.js ships. A
 * newspaper article's RIS gets the author and full date Citation.js leaves out (newspaperRis).
 */
import { Cite, plugins, type CslData } from '@citation-js/core';
import { parse as parseName } from '@citation-js/name';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import { readFileSync } from 'node:fs';
import type { ArticleMeta } from '../model/schema.ts';

export interface StandardCitations {
	apa: string;
	chicago: string;
	mla: string;
	bibtex: string;
	ris: string;
	csl: string;
}

export const siteName = 'Sourcebook';

/**
 * A style as it formats one citation standing alone. A style's bibliography reads its entries
 * together: two by one author in one year become "2014a" and "2014b", and MLA writes "———" for an
 * author named just before. Every citation Sourcebook publishes is read alone, so the attributes
 * that compare entries (disambiguation, and substituting a repeated author) are taken out: each
 * entry of a batch is then what it is when formatted by itself, and the engine no longer compares
 * every entry with the others (APA took half as long a citation, measured at 4,000 subjects).
 */
export function standaloneStyle(xml: string): string {
	return xml.replace(/\s(?:disambiguate-add-[a-z-]+|givenname-disambiguation-rule|subsequent-author-substitute(?:-rule)?)="[^"]*"/g, '');
}

/** The three styles, by the names Sourcebook registers them under. */
const styleNames = { apa: 'sourcebook-apa', chicago: 'sourcebook-chicago', mla: 'sourcebook-mla' } as const;

/** Registers the styles, standing alone, once per process (Citation.js's registry is global). */
function registerStyles(): void {
	const { styles } = plugins.config.get('@csl');
	if (styles.has(styleNames.apa)) return;
	const file = (name: string) => readFileSync(new URL(`./styles/${name}`, import.meta.url), 'utf8');
	styles.add(styleNames.apa, standaloneStyle(styles.get('apa')!));
	styles.add(styleNames.chicago, standaloneStyle(file('chicago-notes-bibliography.csl')));
	styles.add(styleNames.mla, standaloneStyle(file('modern-language-association.csl')));
}

/** A byline of one person's name ("Elad Benari") as family and given names, for styles that invert it; anything else as written. */
function author(byline: string): Record<string, string> {
	if (!/^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}$/u.test(byline)) return { literal: byline };
	const name = parseName(byline);
	return name.family && name.given ? { family: name.family, given: name.given } : { literal: byline };
}

const dateParts = (iso: string) => ({ 'date-parts': [iso.split('-').map(Number)] });

/** The CSL-JSON item of a source: the original report, with where Sourcebook publishes it annotated. */
export function sourceItem(slug: string, meta: ArticleMeta, pageUrl: string): CslData {
	return {
		id: slug,
		'citation-key': slug,
		type: 'article-newspaper',
		title: meta.editorialTitle ? `[${meta.title}]` : meta.title,
		...(meta.byline ? { author: [author(meta.byline)] } : {}),
		...(meta.outlet ? { 'container-title': meta.outlet } : {}),
		issued: dateParts(meta.published),
		URL: meta.url ?? pageUrl,
		note: `Annotated in ${siteName}: ${pageUrl}`,
	};
}

/** The CSL-JSON item of a subject's page. */
export function subjectItem(id: string, title: string, kind: string, pageUrl: string): CslData {
	return { id, 'citation-key': id, type: 'webpage', title, 'container-title': siteName, genre: kind, URL: pageUrl };
}

/**
 * Citation.js's RIS of a newspaper article, with the two tags it cannot write from CSL-JSON.
 * Its RIS mapping (plugin-ris, spec/new.json) ties a NEWS record's AU to the CSL variable
 * `reporter`, which core's CSL cleaning drops before any output (it is not in its field list), and
 * ties `issued` to PY alone, a year: its DA mapping, the full date as YYYY/MM/DD/, covers most
 * types but not article-newspaper. So AU (each author, "Family, Given" or as written) and DA are
 * added before `ER`; every other line is Citation.js's.
 */
export function newspaperRis(ris: string, item: CslData): string {
	if (item.type !== 'article-newspaper') return ris;
	const lines = ris.split('\n');
	const end = lines.findIndex((line) => line.startsWith('ER  -'));
	const added: string[] = [];
	if (!lines.some((line) => line.startsWith('AU  - '))) {
		// The shapes sourceItem writes.
		for (const name of (item.author ?? []) as { family?: string; given?: string; literal?: string }[]) {
			const written = name.literal ?? [name.family, name.given].filter(Boolean).join(', ');
			if (written) added.push(`AU  - ${written}`);
		}
	}
	const [year, month, day] = (item.issued as { 'date-parts': number[][] } | undefined)?.['date-parts'][0] ?? [];
	// A year alone is PY's already.
	if (month !== undefined && !lines.some((line) => line.startsWith('DA  - '))) {
		const pad = (part: number | undefined) => (part === undefined ? '' : String(part).padStart(2, '0'));
		added.push(`DA  - ${year}/${pad(month)}/${pad(day)}/`);
	}
	lines.splice(end < 0 ? lines.length : end, 0, ...added);
	return lines.join('\n');
}

export function standardCitations(item: CslData): StandardCitations {
	return standardCitationsOf([item]).get(item.id)!;
}

/**
 * The citations of many items, by id. The CSL engine formats all items of a style in one pass:
 * one item at a time cost about 7 times as much (a warm Chicago pass: 150 ms for one item, 21 ms
 * an item for 200, measured). BibTeX and RIS need no engine.
 */
export function standardCitationsOf(items: readonly CslData[]): Map<string, StandardCitations> {
	registerStyles();
	const all = new Cite(items);
	const text = (template: string) => new Map(all.format('bibliography', { format: 'text', template, lang: 'en-US', asEntryArray: true }).map(([id, entry]) => [id, entry.trim()]));
	const [apa, chicago, mla] = [text(styleNames.apa), text(styleNames.chicago), text(styleNames.mla)];
	return new Map(
		items.map((item) => {
			const one = new Cite([item]);
			return [
				item.id,
				{
					apa: apa.get(item.id) ?? '',
					chicago: chicago.get(item.id) ?? '',
					mla: mla.get(item.id) ?? '',
					bibtex: one.format('bibtex').trim(),
					ris: newspaperRis(one.format('ris').trim(), item),
					csl: JSON.stringify([item], null, 2),
				},
			];
		}),
	);
}
