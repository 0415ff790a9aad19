/** Reading a page's Content Security Policy: its directives and their sources. */
export type Policy = Map<string, string[]>;

export function parsePolicy(content: string): Policy {
	const policy: Policy = new Map();
	for (const part of content.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (name) policy.set(name.toLowerCase(), sources);
	}
	return policy;
}

/** The sources that apply to a directive, following CSP's fallback to default-src. */
export function sourcesFor(policy: Policy, directive: string): string[] | undefined {
	return policy.get(directive) ?? policy.get('default-src');
}
