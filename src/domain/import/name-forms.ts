/**
 * The other forms under which the content's own knowledge names a subject: abbreviations with
 * or without full stops ("US" and "U.S."), initials of a name ("Israel Defense Forces": IDF), and
 * the titles a person held at a source's date ("the Secretary of State" in July 2014: Kerry).
 */
import type { Role } from '../model/schema.ts';

/** "US" ↔ "U.S.": an abbreviation of capitals written with and without full stops. */
export function abbreviationForms(alias: string): string[] {
	if (/^(?:\p{Lu}\.){2,}$/u.test(alias)) return [alias.replaceAll('.', '')];
	if (/^\p{Lu}{2,5}$/u.test(alias)) return [`${[...alias].join('.')}.`];
	return [];
}

/** Compared without case, full stops or spaces: "U.S." and "US" are one form. */
export const compactForm = (name: string) => name.replace(/[.\s]/g, '').toUpperCase();

/** The initials of a name of several capitalized words: "Israel Defense Forces" → "IDF". */
export function initials(name: string): string | null {
	const words = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
	return words.length >= 2 ? words.map((w) => w[0]).join('').toUpperCase() : null;
}

/** The words for the roles a person held on `date` (ISO, possibly partial): the title, "the" title, and its aliases. */
export function roleNames(roles: readonly Role[], date: string): string[] {
	return roles
		.filter((role) => role.from <= date && (role.to === undefined || date <= `${role.to}~`))
		.flatMap((role) => [role.title, `the ${role.title}`, ...role.aliases]);
}
