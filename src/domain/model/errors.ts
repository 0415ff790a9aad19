/** A fault in the content, always naming the file and, where there is one, the subject id. */
export interface ContentFault {
	file: string;
	/** The subject or article id concerned; null when the fault is about the file as a whole. */
	id: string | null;
	fault: string;
	/** 1-based line in the file, when known. */
	line?: number;
	/** 1-based column on that line, where a fault has a precise place (text that parts from its source). */
	column?: number;
}

export function formatFault({ file, id, fault, line, column }: ContentFault): string {
	// file:line:column is the form editors and terminals open at the place.
	const where = line === undefined ? file : column === undefined ? `${file}:${line}` : `${file}:${line}:${column}`;
	return id === null ? `${where}: ${fault}` : `${where}: "${id}": ${fault}`;
}

/** Thrown when content is bad: every fault is listed, none is dropped. */
export class ContentErrors extends Error {
	readonly faults: readonly ContentFault[];

	constructor(faults: readonly ContentFault[]) {
		const count = faults.length === 1 ? '1 fault' : `${faults.length} faults`;
		super(`Sourcebook content has ${count}:\n${faults.map((f) => `  - ${formatFault(f)}`).join('\n')}`);
		this.name = 'ContentErrors';
		this.faults = faults;
	}
}
