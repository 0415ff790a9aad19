/** What can only be checked across files: speakers, the readings of differences, and drafts that a published page would need. */
import type { ContentFault } from './errors.ts';
import { collapsedText } from './fidelity.ts';
import { pendingText, type Difference } from './schema.ts';
import type { LineOf } from './read-subjects.ts';
import type { Article, Subject } from './sourcebook.ts';

export function checkSpeakers(subjects: Subject[], byId: Map<string, Subject>, known: (id: string) => boolean, lineOf: LineOf, faults: ContentFault[]): void {
	for (const subject of subjects) {
		if (subject.kind !== 'statement') continue;
		const speaker = byId.get(subject.data.speaker);
		if (!speaker) {
			if (known(subject.data.speaker)) continue;
			faults.push({ file: subject.file, id: subject.id, fault: `unknown speaker "${subject.data.speaker}"`, line: lineOf(subject, ['speaker']) });
		} else if (speaker.kind !== 'person' && speaker.kind !== 'organization') {
			faults.push({
				file: subject.file,
				id: subject.id,
				fault: `speaker "${speaker.id}" is a ${speaker.kind}: a speaker is a person or an organization`,
				line: lineOf(subject, ['speaker']),
			});
		}
	}
}

export function checkDifferences(subjects: Subject[], articles: Article[], unread: Map<string, ContentFault>, lineOf: LineOf, faults: ContentFault[]): void {
	const quoting = new Map<string, Set<Subject>>();
	// Collapsed only when a difference quotes it: most sources are never quoted.
	const bySlug = new Map(articles.map((a) => [a.slug, a]));
	const collapsed = new Map<string, string>();
	const sourceOf = (slug: string) => {
		const article = bySlug.get(slug);
		if (!article) return undefined;
		let text = collapsed.get(slug);
		if (text === undefined) collapsed.set(slug, (text = collapsedText(article.sourceText)));
		return text;
	};
	for (const subject of subjects) {
		const differences: Difference[] = subject.data.differences;
		differences.forEach((difference, index) => {
			for (const [slug, reading] of Object.entries(difference.readings)) {
				const source = sourceOf(slug);
				const line = lineOf(subject, ['differences', index, 'readings', slug]);
				if (source === undefined && unread.has(slug)) {
					quoting.set(slug, (quoting.get(slug) ?? new Set()).add(subject));
				} else if (source === undefined) {
					faults.push({ file: subject.file, id: subject.id, fault: `a difference quotes unknown article "${slug}"`, line });
				} else if (!source.includes(collapsedText(reading))) {
					faults.push({
						file: subject.file,
						id: subject.id,
						fault: `a difference quotes ${JSON.stringify(reading)}, which is not in the source of "${slug}"`,
						line,
					});
				}
			}
		});
	}
	for (const [slug, entries] of quoting) {
		const n = entries.size;
		unread.get(slug)!.fault += `; and ${n} ${n === 1 ? 'entry that quotes' : 'entries that quote'} this article (not checked until it is fixed)`;
	}
}

/** A published page cannot link to an unpublished subject: review the draft first. */
export function checkNothingPublishedNeedsADraft(
	subjects: Subject[],
	articles: Article[],
	byId: Map<string, Subject>,
	lineOf: LineOf,
	articleLine: (article: Article, place: { field: string } | { marks: string }) => number,
	faults: ContentFault[],
): void {
	const isDraft = (id: string) => Boolean(byId.get(id)?.data.draft);
	for (const subject of subjects) {
		if (subject.data.draft) continue;
		for (const [field, value] of Object.entries(subject.data)) {
			if (value === pendingText) faults.push({ file: subject.file, id: subject.id, fault: `${field} is still the import's placeholder: write it before publishing`, line: lineOf(subject, [field]) });
		}
		if (subject.kind === 'statement' && isDraft(subject.data.speaker)) {
			faults.push({ file: subject.file, id: subject.id, fault: `speaker "${subject.data.speaker}" is still a draft: review it before publishing this statement`, line: lineOf(subject, ['speaker']) });
		}
	}
	for (const article of articles) {
		if (article.meta.draft) continue;
		if (article.meta.summary === pendingText) faults.push({ file: article.file, id: article.slug, fault: "summary is still the import's placeholder: write it before publishing", line: articleLine(article, { field: 'summary' }) });
		for (const id of new Set(article.mentions.map((m) => m.subjectId).filter(isDraft))) {
			faults.push({ file: article.file, id, fault: 'is still a draft: review it before publishing an article that marks it', line: articleLine(article, { marks: id }) });
		}
	}
}
