/**
 * Synonyms (`content/synonyms/<lang>.json`): groups of words that stand for one another in
 * search, so that `whitelist` finds the steps that say `allow`. They travel folded, with the
 * sections (the second file and the words file); typed words and a paste's words look them up (words.ts).
 */
import { words as foldWords } from './fold';
import { SearchIndexError } from './index-error';
import { isSynonymForm } from './stem';

/** The groups folded as the index folds words (lower case, no accents), each word once. */
export function foldGroups(groups: readonly (readonly string[])[]): string[][] {
	return groups
		.map((g) => [...new Set(g.map((w) => foldWords(w).join('')).filter(Boolean))])
		.filter((g) => g.length >= 2);
}

/** Each word's synonyms: the other words of every group it is in. */
export function synonymMap(groups: readonly (readonly string[])[]): Map<string, string[]> {
	const map = new Map<string, Set<string>>();
	for (const group of groups)
		for (const w of group) {
			const set = map.get(w) ?? new Set<string>();
			for (const other of group) if (other !== w) set.add(other);
			map.set(w, set);
		}
	return new Map([...map].map(([w, set]) => [w, [...set]]));
}

const maps = new WeakMap<readonly (readonly string[])[], Map<string, string[]>>();

/** The synonym map of an index's groups (built once per index). */
export function synonymsOf(groups: readonly (readonly string[])[]): Map<string, string[]> {
	let map = maps.get(groups);
	if (!map) maps.set(groups, (map = synonymMap(groups)));
	return map;
}

/** The synonyms of a word: those of the word itself, else of a word of the groups with its stem (`whitelisted`). */
export function synonymsFor(
	map: ReadonlyMap<string, readonly string[]>,
	word: string,
): readonly string[] {
	const own = map.get(word);
	if (own) return own;
	for (const [w, synonyms] of map) if (isSynonymForm(w, word)) return synonyms;
	return [];
}

/** The shortest rest after a group's word for `prefixSynonyms` (a compound, not an ending). */
const PREFIX_REST_MIN = 4;

/**
 * The words a word stands for when it begins with a word of a group, that word replaced by
 * another of its group (`azurermrecoveryservicesbackupjob` → `azrecoveryservicesbackupjob`, for
 * the group `azurerm`, `az`): names built on a word that was renamed.
 */
export function prefixSynonyms(
	map: ReadonlyMap<string, readonly string[]>,
	word: string,
): string[] {
	const out: string[] = [];
	for (const [w, synonyms] of map)
		if (word.length - w.length >= PREFIX_REST_MIN && word.startsWith(w))
			for (const other of synonyms) out.push(other + word.slice(w.length));
	return out;
}

/** Synonym groups as a file carries them: lists of words (anything else is a format error). */
export function groupsIn(value: unknown): string[][] {
	if (value === undefined) return [];
	if (
		!Array.isArray(value) ||
		!value.every((g) => Array.isArray(g) && g.every((w) => typeof w === 'string'))
	)
		throw new SearchIndexError('search synonyms: unknown format; rebuild the site');
	return value as string[][];
}
