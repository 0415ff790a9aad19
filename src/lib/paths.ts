/** Site-relative paths to absolute URLs under the configured base (the site may live in a sub-path). */
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

export function href(path = ''): string {
	return base + path.replace(/^\//, '');
}

export function articleHref(slug: string, anchor?: string): string {
	return href(`articles/${slug}/`) + (anchor ? `#${anchor}` : '');
}
