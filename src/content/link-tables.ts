/**
 * The tables that old and short links resolve through: every alias (legacy anchor of the
 * original article, former id after a rename) → its entry, and every error code → its error.
 * Each alias and code names one place; what breaks that is returned as problems (reported by
 * the `uniqueAliases` check).
 */
import { collections, type EntryIndex } from './entry-index';
import type { CauseData, CollectionName, ErrorData, SolutionData } from './schemas';
import type { ContentProblem } from './types';

export interface AliasTarget {
	collection: CollectionName;
	id: string;
	kind: 'legacyAnchor' | 'formerId';
}

export interface LinkTables {
	aliases: Map<string, AliasTarget>;
	/** Error code (lower-cased) → error id. */
	codes: Map<string, string>;
	problems: ContentProblem[];
}

export function linkTables(index: EntryIndex): LinkTables {
	const aliases = new Map<string, AliasTarget>();
	const codes = new Map<string, string>();
	const problems: ContentProblem[] = [];
	const inUse = new Set(collections.flatMap((c) => index.ids(c)));
	for (const c of collections) {
		for (const id of index.ids(c)) {
			const e = index.either(c, id);
			if (!e) continue;
			const data = e.data as ErrorData | CauseData | SolutionData;
			const add = (alias: string, kind: AliasTarget['kind'], field: string) => {
				const taken = aliases.get(alias);
				if (taken)
					problems.push({
						file: e.file,
						field,
						message: `alias "${alias}" also belongs to ${taken.collection}/${taken.id}`,
						hint: 'An old link can lead to one place only: keep the alias on one entry.',
					});
				else if (inUse.has(alias) && kind === 'formerId')
					problems.push({
						file: e.file,
						field,
						message: `former id "${alias}" is the id of a current entry`,
						hint: 'A former id must not be in use.',
					});
				else aliases.set(alias, { collection: c, id, kind });
			};
			data.legacyAnchors.forEach((a, i) => add(a, 'legacyAnchor', `legacyAnchors[${i}]`));
			data.formerIds.forEach((a, i) => add(a, 'formerId', `formerIds[${i}]`));
			if (c !== 'errors') continue;
			(data as ErrorData).codes.forEach((code, i) => {
				const k = code.toLowerCase();
				const taken = codes.get(k);
				if (taken)
					problems.push({
						file: e.file,
						field: `codes[${i}]`,
						message: `error code "${code}" is also listed by error "${taken}"`,
						hint: 'A code must identify one error.',
					});
				else codes.set(k, id);
			});
		}
	}
	return { aliases, codes, problems };
}
