/**
 * The site's Content Security Policy, handed to Astro's `security.csp`. Astro writes it into
 * every page as a `<meta http-equiv="content-security-policy">`, adding a hash for each inline
 * script and style it emits, so nothing inline runs unless Astro produced it. Everything else
 * must come from the site's own origin: no CDN, no fonts, no analytics, no frames.
 *
 * A meta-delivered policy cannot carry `frame-ancestors`, `report-uri` or `sandbox` (browsers
 * ignore them there); a host that wants them sets them as HTTP headers.
 */
import type { AstroUserConfig } from 'astro';

type Csp = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

export const contentSecurityPolicy = {
	algorithm: 'SHA-256',
	directives: [
		"default-src 'self'",
		// data: images are inline bytes, never a request (Pagefind's UI draws its icons with them).
		"img-src 'self' data:",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
	],
	scriptDirective: {
		// Same-origin scripts only (Pagefind's bundle is loaded from <base>/pagefind/), and
		// 'wasm-unsafe-eval' so Pagefind can compile its WebAssembly: it allows WebAssembly
		// compilation only, never JavaScript eval.
		resources: ["'self'", "'wasm-unsafe-eval'"],
	},
	styleDirective: {
		resources: ["'self'"],
	},
} satisfies Csp;
