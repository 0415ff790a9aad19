/** Every page of both builds is valid HTML for html-validate (configuration: .htmlvalidate.mjs). */
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { listPages } from '../support/html.ts';
import { sites } from '../support/sites.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());

describe.each(Object.entries(sites))('html-validate, %s build', (_name, site) => {
	const pages = listPages(site.outDir);

	it('has pages to validate', () => {
		expect(pages.length).toBeGreaterThan(10);
	});

	it('reports no error on any page', async () => {
		const errors: string[] = [];
		for (const page of pages) {
			const file = join(site.outDir, page.endsWith('.html') ? page : `${page}index.html`);
			const report = await validator.validateFile(file);
			for (const result of report.results)
				for (const message of result.messages) errors.push(`${page || '/'}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
		}
		expect(errors).toEqual([]);
	});
});
