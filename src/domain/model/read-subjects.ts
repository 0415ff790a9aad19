/** The subjects' YAML files read into entries, each validated by its kind's schema, with the line of each. */
import type { ContentFault } from './errors.ts';
import { describeIssue } from './field-help.ts';
import { firstLine, readYaml } from './yaml-lines.ts';
import { kindNames, kinds, type Kind } from './schema.ts';
import type { Subject, SubjectFile } from './sourcebook.ts';
import { subjectPath } from './page-paths.ts';

/** The line of a subject's entry, or of one of its fields, in its YAML file. */
export type LineOf = (subject: Subject, path?: readonly PropertyKey[]) => number | undefined;

export interface Unreadable {
	ids: Set<string>;
	kinds: Set<Kind>;
}

export function readSubjects(files: SubjectFile[], faults: ContentFault[]): { subjects: Subject[]; unreadable: Unreadable; lineOf: LineOf } {
	const subjects: Subject[] = [];
	const positions = new Map<Subject, (path: readonly PropertyKey[]) => number | undefined>();
	const unreadable: Unreadable = { ids: new Set(), kinds: new Set() };
	const firstFile = new Map<string, string>();
	for (const { collection, file, text } of files) {
		const kind = kindNames.find((k) => kinds[k].collection === collection)!;
		const { document, lineOf } = readYaml(text);
		if (document.errors.length > 0) {
			// The first error only: the parser's later ones follow from it.
			const [error] = document.errors;
			faults.push({ file, id: null, fault: `malformed YAML: ${firstLine(error!.message)}`, line: error!.linePos?.[0].line ?? 1 });
			unreadable.kinds.add(kind);
			continue;
		}
		const entries: unknown = document.toJS();
		if (entries === null || entries === undefined) continue;
		if (!Array.isArray(entries)) {
			faults.push({ file, id: null, fault: `malformed YAML: expected a list of ${collection}, one entry per subject`, line: lineOf([]) ?? 1 });
			unreadable.kinds.add(kind);
			continue;
		}
		entries.forEach((entry: unknown, index) => {
			const rawId = isRecord(entry) && typeof entry.id === 'string' ? entry.id : `entry #${index + 1}`;
			const parsed = kinds[kind].schema.safeParse(entry);
			if (!parsed.success) {
				for (const issue of parsed.error.issues) {
					faults.push({ file, id: rawId, fault: describeIssue(kind, issue, entry), line: lineOf([index, ...issue.path]) });
				}
				unreadable.ids.add(rawId);
				// An id written wrongly ("John_Kerry") is still the one the articles mean ("john-kerry").
				unreadable.ids.add(rawId.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''));
				return;
			}
			const data = parsed.data;
			const seenIn = firstFile.get(data.id);
			if (seenIn !== undefined) {
				faults.push({ file, id: data.id, fault: `duplicate id: already used in ${seenIn}`, line: lineOf([index, 'id']) });
				return;
			}
			firstFile.set(data.id, file);
			const title = 'name' in data ? data.name : data.label;
			const subject = { kind, id: data.id, title, collection, path: subjectPath(collection, data.id), file, data } as Subject;
			subjects.push(subject);
			positions.set(subject, (path) => lineOf([index, ...path]));
		});
	}
	return { subjects, unreadable, lineOf: (subject, path = []) => positions.get(subject)?.(path) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null;
}
