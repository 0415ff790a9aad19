import { expect, it } from 'vitest';
import { robotsText } from '../../../../src/domain/publishing/robots.ts';

it('allows every crawler, naming the sitemap index only when its URL is known', () => {
	expect(robotsText('https://archive.test/sitemap-index.xml')).toBe('User-agent: *\nAllow: /\nSitemap: https://archive.test/sitemap-index.xml\n');
	expect(robotsText(null)).toBe('User-agent: *\nAllow: /\n');
});
