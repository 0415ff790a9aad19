import { permalinkUnder } from './permalink';
import { articlePath } from '../domain/model/page-paths';

/** Site-relative paths to absolute URLs under the configured base (the site may live in a sub-path). */
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const site = import.meta.env.SITE;

export function href(path = ''): string {
	return base + path.replace(/^\//, '');
}

export function articleHref(slug: string, anchor?: string): string {
	return href(articlePath(slug)) + (anchor ? `#${anchor}` : '');
}

/**
 * The URL published in data, feeds and citations: absolute when the site's origin is configured
 * (SITE_URL), else from the base. A domain is never guessed.
 */
export const permalink = /* @__PURE__ */ permalinkUnder(base, site);
