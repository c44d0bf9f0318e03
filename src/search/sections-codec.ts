/**
 * The second index file as it travels (`search-sections.json`): its phrases, the roles of each
 * target's phrases as one string of digits (index-codec.ts), and the other errors (numbered
 * after the first file's targets) as rows, their codes read from them. Only a paste with no
 * confident match reads it, so its code comes with the code that builds the sections.
 */
import type { Lang } from '../i18n/languages';
import { bad, decodeRoles, encodeRoles } from './index-codec';
import { groupsIn } from './synonyms';
import type { SearchSectionsData, SearchTarget } from './types';

export interface EncodedSectionsFile {
	v: 3;
	lang: Lang;
	/** Per target (ours, then the other errors), the roles of its phrases, one digit each. */
	roles: string[];
	texts: string[];
	/** Other errors: id, codes. */
	others: [string, string[]][];
	/** Synonym groups, folded. */
	synonyms: string[][];
	/** The first file's checks, in order: id (anchor), title. */
	checks: [string, string][];
}

export function encodeSectionsFile(data: SearchSectionsData, targets: number): EncodedSectionsFile {
	const others = data.targets ?? [];
	if (others.some((t) => t.kind !== 'other' || t.title !== undefined))
		throw new Error('search sections: only other errors, without a title, are its targets');
	return {
		v: 3,
		lang: data.lang,
		roles: encodeRoles(data.docs, targets + others.length),
		texts: data.texts,
		others: others.map((t) => [t.id, t.codes ?? []]),
		synonyms: data.synonyms ?? [],
		checks: data.checks ?? [],
	};
}

export function decodeSectionsFile(file: unknown): SearchSectionsData {
	const f = file as Partial<EncodedSectionsFile> | null;
	if (
		f?.v !== 3 ||
		typeof f.lang !== 'string' ||
		!Array.isArray(f.roles) ||
		!Array.isArray(f.texts)
	)
		throw bad('search sections');
	const docs = decodeRoles(f.roles);
	if (docs.length !== f.texts.length || !Array.isArray(f.others)) throw bad('search sections');
	const targets = f.others.map(([id, codes]): SearchTarget => ({ kind: 'other', id, codes }));
	const codes: Record<string, number> = Object.create(null) as Record<string, number>;
	const first = f.roles.length - targets.length;
	targets.forEach((t, i) => t.codes?.forEach((c) => (codes[c.toLowerCase()] ??= first + i)));
	return {
		v: 2,
		lang: f.lang,
		docs,
		texts: f.texts,
		targets,
		codes,
		synonyms: groupsIn(f.synonyms),
		checks: Array.isArray(f.checks) ? f.checks : [],
	};
}
