/**
 * The second index file as it travels (`search-sections.json`): its phrases, and the roles of
 * each target's phrases as one string of digits (index-codec.ts). Only a paste with no
 * confident match reads it, so its code comes with the code that builds the sections.
 */
import type { Lang } from '../i18n/languages';
import { bad, decodeRoles, encodeRoles } from './index-codec';
import type { SearchSectionsData } from './types';

export interface EncodedSectionsFile {
	v: 3;
	lang: Lang;
	roles: string[];
	texts: string[];
}

export function encodeSectionsFile(data: SearchSectionsData, targets: number): EncodedSectionsFile {
	return { v: 3, lang: data.lang, roles: encodeRoles(data.docs, targets), texts: data.texts };
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
	if (docs.length !== f.texts.length) throw bad('search sections');
	return { v: 2, lang: f.lang, docs, texts: f.texts };
}
