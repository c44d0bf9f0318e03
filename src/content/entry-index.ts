/**
 * The content entries of both languages, indexed by collection, language and id: what every
 * named check (checks/) and the graph (graph.ts) read. Pure.
 */
import type { Lang } from '../i18n/languages';
import type { CollectionName } from './schemas';
import type { RawEntry } from './types';

export const collections: readonly CollectionName[] = ['errors', 'causes', 'solutions'];

/** Content order is not guaranteed by the loader: sort ids for deterministic output. */
export function sortIds(ids: Iterable<string>): string[] {
	return [...new Set(ids)].sort((a, b) => a.localeCompare(b, 'en'));
}

export interface EntryIndex {
	entries: readonly RawEntry[];
	/** The entry of one collection, id and language (the first one read, if the id is repeated). */
	get<C extends CollectionName>(collection: C, id: string, lang: Lang): RawEntry<C> | undefined;
	/** The entry in English, else in French: for messages about an entry as a whole. */
	either<C extends CollectionName>(collection: C, id: string): RawEntry<C> | undefined;
	/** Sorted ids of one collection. */
	ids(collection: CollectionName): string[];
	/** Entries that repeat a collection, language and id already taken (by `get`'s entry). */
	repeated: { entry: RawEntry; first: RawEntry }[];
}

export function indexEntries(entries: readonly RawEntry[]): EntryIndex {
	const byKey = new Map<string, RawEntry>();
	const key = (c: CollectionName, id: string, lang: Lang) => `${c}/${lang}/${id}`;
	const repeated: EntryIndex['repeated'] = [];
	for (const entry of entries) {
		const k = key(entry.collection, entry.id, entry.lang);
		const first = byKey.get(k);
		if (first) repeated.push({ entry, first });
		else byKey.set(k, entry);
	}
	const get = <C extends CollectionName>(c: C, id: string, lang: Lang) =>
		byKey.get(key(c, id, lang)) as RawEntry<C> | undefined;
	return {
		entries,
		get,
		either: (c, id) => get(c, id, 'en') ?? get(c, id, 'fr'),
		ids: (c) => sortIds(entries.filter((e) => e.collection === c).map((e) => e.id)),
		repeated,
	};
}
