/**
 * Site-relative paths to the URLs published in data, feeds and citations: absolute when the
 * site's origin is configured (SITE_URL), else under the base. A domain is never guessed.
 * Pure, for pages (through `paths.ts`) and build hooks alike.
 */
export function permalinkUnder(base: string, site: string | undefined): (path?: string) => string {
	const root = base.replace(/\/?$/, '/');
	return (path = '') => {
		const under = root + path.replace(/^\//, '');
		return site ? new URL(under, site).href : under;
	};
}
