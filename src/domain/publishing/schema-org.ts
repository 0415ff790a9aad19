/**
 * schema.org JSON-LD for search engines and other readers of structured data: each source as a
 * NewsArticle based on its original, each subject as a Person, Organization, Place, Quotation
 * (with its creator), QuantitativeValue or Event.
 */
import { sourceFilePath } from './data-paths.ts';
import { describe } from '../views/queries.ts';
import type { Kind } from '../model/schema.ts';
import type { Article, Sourcebook, Subject } from '../model/sourcebook.ts';
import type { Link } from './web-annotation.ts';
import { articlePath } from '../model/page-paths.ts';

export type JsonLd = { '@context'?: 'https://schema.org'; '@type': string; [key: string]: unknown };

const types: Record<Kind, string> = {
	person: 'Person',
	organization: 'Organization',
	place: 'Place',
	statement: 'Quotation',
	figure: 'QuantitativeValue',
	event: 'Event',
};

export const schemaType = (kind: Kind) => types[kind];

export function website(link: Link): JsonLd {
	return { '@type': 'WebSite', '@id': link(''), name: 'Sourcebook', url: link('') };
}

/**
 * A short reference to a subject, as articles list what they mention: its `@id` is the address of
 * its page, where its own data says the rest (a `url` beside it said the same address again, for
 * every subject of every article).
 */
function reference(subject: Subject, link: Link): JsonLd {
	return { '@type': types[subject.kind], '@id': link(subject.path), name: subject.title };
}

/**
 * What an article mentions: the people, organizations, places and events it names. Its statements
 * and figures are its own words, not things it refers to; the article's Web Annotations (linked from
 * its head) tie each of them to its page. Listing them too cost about 0.2 KB gzip of every article page.
 */
const isMentioned = (subject: Subject) => subject.kind !== 'statement' && subject.kind !== 'figure';

export function newsArticle(book: Sourcebook, article: Article, link: Link): JsonLd {
	const { meta } = article;
	const url = link(articlePath(article.slug));
	return {
		'@context': 'https://schema.org',
		'@type': 'NewsArticle',
		'@id': url,
		url,
		headline: meta.title,
		description: meta.summary,
		datePublished: meta.published,
		inLanguage: 'en',
		...(meta.byline ? { author: { '@type': 'Person', name: meta.byline } } : {}),
		...(meta.outlet ? { publisher: { '@type': 'Organization', name: meta.outlet } } : {}),
		// The original's address when known, else the verbatim source file the page reproduces.
		isBasedOn: meta.url ?? link(sourceFilePath(article.slug)),
		mentions: article.notes.map((note) => book.subject(note.subjectId)!).filter(isMentioned).map((subject) => reference(subject, link)),
		isPartOf: website(link),
	};
}

/**
 * A subject's data names no source: the sources mention it, and each article says so with
 * `mentions`. `subjectOf` would say more than they do (a work is *about* what it is the subject
 * of: a report that names Cairo is not about Cairo), and listing every source grew with the
 * archive (94 KB of one page's head at 2,000 sources).
 */
export function subjectThing(book: Sourcebook, subject: Subject, link: Link): JsonLd {
	const common = {
		'@context': 'https://schema.org' as const,
		'@type': types[subject.kind],
		'@id': link(subject.path),
		url: link(subject.path),
		name: subject.title,
	};
	switch (subject.kind) {
		case 'person':
		case 'organization':
		case 'place':
			return {
				...common,
				description: subject.data.description,
				...(subject.data.aliases.length > 0 ? { alternateName: subject.data.aliases } : {}),
			};
		case 'statement': {
			const speaker = book.subject(subject.data.speaker);
			const first = book.mentionsOf(subject.id)[0];
			return {
				...common,
				description: subject.data.summary,
				dateCreated: subject.data.date,
				creator: speaker ? reference(speaker, link) : { '@type': 'Thing', name: subject.data.speaker },
				// The words of the first source that reports it, verbatim.
				...(first ? { text: first.words.replace(/\s+/g, ' ').trim(), isBasedOn: link(articlePath(first.article)) } : {}),
			};
		}
		case 'figure':
			return {
				...common,
				value: subject.data.value,
				unitText: subject.data.unit,
				description: describe(book, subject),
			};
		case 'event': {
			const [start, end] = subject.data.date.split('/');
			return {
				...common,
				startDate: start,
				...(end ? { endDate: end } : {}),
				...(subject.data.summary ? { description: subject.data.summary } : {}),
			};
		}
	}
}

/**
 * Any page, by its permanent address (`url`: its own, or the one it names canonical; null for the
 * 404 page, which has none).
 */
export function webPage(name: string, description: string, url: string | null, link: Link): JsonLd {
	return {
		'@context': 'https://schema.org',
		'@type': 'WebPage',
		name,
		description,
		...(url === null ? {} : { '@id': url, url }),
		isPartOf: website(link),
	};
}
