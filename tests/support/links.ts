/** The root-relative links of sites served side by side under one folder (`<served>/shard-1/`…). */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface LinkCheck {
	/** Root-relative links in every page. */
	links: number;
	/** `page → href` for each link whose target is not there. */
	broken: string[];
	/** Links from one site into another. */
	crossing: number;
}

export function checkLinks(served: string): LinkCheck {
	const files = new Set(readdirSync(served, { recursive: true, encoding: 'utf8' }).map((path) => `/${path}`));
	const exists = (path: string) => files.has(path) || files.has(`${path.replace(/\/?$/, '/')}index.html`);
	let links = 0;
	let crossing = 0;
	const broken: string[] = [];
	for (const page of files) {
		if (!page.endsWith('.html') || page.includes('/pagefind/')) continue;
		const site = page.split('/')[1];
		for (const [, href] of readFileSync(join(served, page), 'utf8').matchAll(/\shref="(\/[^"#?]*)/g)) {
			links++;
			if (href!.split('/')[1] !== site) crossing++;
			if (!exists(decodeURI(href!))) broken.push(`${page} → ${href}`);
		}
	}
	return { links, broken, crossing };
}
