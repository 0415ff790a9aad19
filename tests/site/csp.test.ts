/**
 * The Content Security Policy every built page carries (src/lib/csp.ts, written by Astro's
 * security.csp as a meta tag): strict, same-origin only, and covering every inline script
 * and style of the page by its hash.
 */
import { createHash } from 'node:crypto';
import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { parsePolicy, sourcesFor } from '../support/csp.ts';
import { attribute, listPages, readPage, selectAll } from '../support/html.ts';
import { sites } from '../support/sites.ts';

const pages = listPages(sites.root.outDir);
/** A script element of a JSON type (such as JSON-LD): data the browser never runs. */
const isDataBlock = (el: Element) => el.tagName === 'script' && /json/.test(attribute(el, 'type') ?? '');
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe.each(pages)('the policy of %s', (path) => {
	const tree = readPage(sites.root.outDir, path);
	const metas = selectAll('meta[http-equiv]', tree).filter((m) => attribute(m, 'httpEquiv')?.toLowerCase() === 'content-security-policy');

	it('is one meta tag, before any script or inline style, with only the site’s own files loaded before it', () => {
		expect(metas).toHaveLength(1);
		// A meta policy governs what comes after it (Astro writes it at the end of <head>). Data
		// blocks (JSON-LD) are never run, so they may come first.
		const before = selectAll('script, style, link', tree)
			.filter((el) => el.position!.start.offset! < metas[0]!.position!.start.offset!)
			.filter((el) => !isDataBlock(el));
		expect(before.filter((el) => el.tagName !== 'link').map((el) => el.tagName)).toEqual([]);
		const fetched = before.filter((el) => /\b(stylesheet|icon|preload|modulepreload|prefetch|manifest)\b/.test(attribute(el, 'rel') ?? ''));
		expect(fetched.map((el) => attribute(el, 'href') ?? '').filter((url) => /^([a-z]+:|\/\/)/i.test(url))).toEqual([]);
	});

	const policy = parsePolicy(attribute(metas[0]!, 'content') ?? '');

	it('allows nothing inline, nothing evaluated and nothing from another origin', () => {
		expect(policy.get('default-src')).toEqual(["'self'"]);
		expect(policy.get('object-src')).toEqual(["'none'"]);
		expect(policy.get('base-uri')).toEqual(["'self'"]);
		for (const [directive, sources] of policy) {
			for (const source of sources) {
				// Only the site itself, hashes, 'none', 'wasm-unsafe-eval' (WebAssembly, for search) and
				// data: images (inline bytes, no request).
				const allowed =
					source === "'self'" ||
					source === "'none'" ||
					/^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/.test(source) ||
					(source === "'wasm-unsafe-eval'" && directive === 'script-src') ||
					(source === 'data:' && directive === 'img-src');
				expect(allowed, `${directive} ${source}`).toBe(true);
			}
		}
	});

	it('names the hash of every inline script and style, and the page uses no inline handler or style attribute', () => {
		for (const el of selectAll('script:not([src]), style', tree)) {
			const directive = el.tagName === 'script' ? 'script-src' : 'style-src';
			if (isDataBlock(el)) continue;
			expect(sourcesFor(policy, directive), `${directive} for ${toString(el).slice(0, 60)}`).toContain(sha256(toString(el)));
		}
		const attributes = selectAll('*', tree).flatMap((el: Element) => Object.keys(el.properties).filter((name) => name === 'style' || /^on[A-Z]/.test(name)));
		expect(attributes).toEqual([]);
	});
});
