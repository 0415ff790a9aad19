/** The parts of Citation.js that Sourcebook uses (its packages ship no types). */
declare module '@citation-js/core' {
	export interface CslData {
		id: string;
		type: string;
		[field: string]: unknown;
	}
	export class Cite {
		constructor(data: unknown);
		data: CslData[];
		format(format: 'bibliography', options: { format: 'text'; template: string; lang: string }): string;
		format(format: 'bibliography', options: { format: 'text'; template: string; lang: string; asEntryArray: true }): [string, string][];
		format(format: 'bibtex' | 'ris', options?: { format: 'text' }): string;
		format(format: 'data', options?: { format: 'object' }): CslData[];
	}
	interface Register<T> {
		add(name: string, value: T): void;
		has(name: string): boolean;
		/** The registered value, undefined when none is. */
		get(name: string): T | undefined;
	}
	export const plugins: {
		config: { get(name: '@csl'): { styles: Register<string> } };
		/** What one input format's parser reads, before it becomes CSL-JSON (`@ris/file`: RIS records). */
		input: { data(input: unknown, type: string): unknown };
	};
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';
declare module '@citation-js/name' {
	export function parse(name: string): { given?: string; family?: string; literal?: string; 'non-dropping-particle'?: string };
}
