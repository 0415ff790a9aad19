/** YAML read with its positions, so that every fault in a YAML file can name its line. */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';

export interface PositionedYaml {
	document: Document;
	/**
	 * The 1-based line of the deepest node on `path` that exists (a field's key, a list item):
	 * the line of the entry when the field is missing.
	 */
	lineOf(path: readonly PropertyKey[]): number | undefined;
}

export function readYaml(text: string): PositionedYaml {
	const lineCounter = new LineCounter();
	const document = parseDocument(text, { lineCounter });
	const lineOf = (path: readonly PropertyKey[]): number | undefined => {
		let node: unknown = document.contents;
		let offset = isScalar(node) || isMap(node) || isSeq(node) ? node.range?.[0] : undefined;
		for (const step of path) {
			if (isSeq(node) && typeof step === 'number') {
				node = node.items[step];
				if (!isScalar(node) && !isMap(node) && !isSeq(node)) break;
				offset = node.range?.[0] ?? offset;
			} else if (isMap(node)) {
				const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(step));
				if (!pair) break;
				offset = isScalar(pair.key) ? (pair.key.range?.[0] ?? offset) : offset;
				node = pair.value;
			} else break;
		}
		return offset === undefined ? undefined : lineCounter.linePos(offset).line;
	};
	return { document, lineOf };
}

/** The yaml library's message without its position and code frame, which the fault gives as a line. */
export function firstLine(message: string): string {
	return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').trim();
}
