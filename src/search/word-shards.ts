/**
 * The sections' words split the way Pagefind splits its index, so that typed words pull only
 * what they need instead of the whole second file:
 * - `search-words.json`: the shard keys, and per section what the second file adds to the
 *   length of its fields (the first file, which every query loads, gives the rest);
 * - one shard per key (a word's first two letters): each word of the sections that starts so,
 *   with its id and, for each section holding it, its counts in the title, commands and text;
 * - one text file per section: its phrases of the second file (the first file has the others),
 *   for the snippet of a result.
 * Built from the whole sections index (`buildWordFiles`); in the page, a `SectionIndex` is
 * assembled from the first file and the pieces loaded (`emptyWordIndex`, `addShard`,
 * `addTexts`): for the words loaded, every number `rankWords` reads is the one the whole index
 * has, so typed words get the same results (tests/unit/search/word-shards.test.ts).
 */
import { words as foldWords } from './fold';
import { SearchIndexError, type PreparedIndex } from './prepare';
import { averageLength, fieldOf, saturation, type Counts, type SectionIndex } from './sections';

export interface WordsMeta {
	v: 1;
	/** The keys of the shards there are, by first letter: `{ "p": "aelor" }` for `pa`, `pe`… (`p` alone: a space). */
	keys: Record<string, string>;
	/**
	 * Per section, the words the second file adds to its commands and to its text, as
	 * `commands.text` (the second file has no title); empty when it adds none.
	 */
	more: string[];
}

/** One line per word: the word, its id (base 36: its order of first appearance), its postings. */
export type WordShard = string;

/** A section's phrases of the second file, in the order the whole index has them. */
export type SectionTexts = string[];

/** The shard that holds a word, and every word it begins: its first two letters. */
export const shardKey = (word: string): string => word.slice(0, 2);

/** A shard's file name: its key, or its characters' codes when they are not plain letters and digits. */
export const shardFile = (key: string): string =>
	/^[a-z0-9]{1,2}$/.test(key)
		? key
		: `_${[...key].map((c) => c.charCodeAt(0).toString(16)).join('_')}`;

/**
 * Postings of a word: per section, the distance from the previous one (base 36) and, unless it
 * is once in the text only, its counts per field (`.title.code.text`).
 */
function encodePostings(targets: readonly number[], counts: (target: number) => Counts): string {
	let last = 0;
	return targets
		.map((t) => {
			const c = counts(t);
			const d = (t - last).toString(36);
			last = t;
			return c[0] === 0 && c[1] === 0 && c[2] === 1 ? d : `${d}.${c.join('.')}`;
		})
		.join(',');
}

function decodePostings(text: string): { targets: number[]; counts: Counts[] } {
	const targets: number[] = [];
	const counts: Counts[] = [];
	let last = 0;
	for (const p of text.split(',')) {
		const [d, ...c] = p.split('.');
		last += parseInt(d!, 36);
		targets.push(last);
		counts.push(c.length === 3 ? (c.map(Number) as Counts) : [0, 0, 1]);
	}
	return { targets, counts };
}

/** The words each phrase adds to each field of its section (as the whole index counts them). */
function fieldLengths(
	index: { phrases: readonly string[] },
	docs: readonly [number, number][],
	length: Counts[],
): void {
	docs.forEach(([target, role], doc) => {
		const l = length[target];
		if (l)
			l[fieldOf(role as Parameters<typeof fieldOf>[0])] +=
				index.phrases[doc]!.split(' ').filter(Boolean).length;
	});
}

/** The files of the split, from the whole sections index of one language. */
export function buildWordFiles(index: SectionIndex): {
	meta: WordsMeta;
	shards: Map<string, WordShard>;
	texts: SectionTexts[];
} {
	const lines = new Map<string, string[]>();
	index.list.forEach((word, id) => {
		const key = shardKey(word);
		const postings = encodePostings(index.postings[id]!, (t) => index.tf[t]!.get(id)!);
		lines.set(key, [...(lines.get(key) ?? []), `${word} ${id.toString(36)} ${postings}`]);
	});
	const shards = new Map([...lines].map(([key, l]) => [key, l.join('\n')]));
	const firstDocs = index.base.data.texts.length;
	const first = index.length.map((): Counts => [0, 0, 0]);
	fieldLengths(index.base, index.base.data.docs, first);
	const more = index.length.map((l, t) => {
		const [title, code, text] = l.map((n, f) => n - first[t]![f]!);
		if (title !== 0) throw new Error('search words: a title in the second file');
		return code === 0 && text === 0 ? '' : `${code}.${text}`;
	});
	const keys: Record<string, string> = {};
	for (const k of [...shards.keys()].sort()) keys[k[0]!] = (keys[k[0]!] ?? '') + (k[1] ?? ' ');
	return {
		meta: { v: 1, keys, more },
		shards,
		texts: index.docsOf.map((docs) =>
			docs.filter((d) => d >= firstDocs).map((d) => index.texts[d]!),
		),
	};
}

/** A sections index being filled in piece by piece. */
export interface WordIndex extends SectionIndex {
	keys: ReadonlySet<string>;
	/** Sections whose second file adds phrases (a text file to load for their snippet). */
	hasMore: ReadonlySet<number>;
	/** Shards and section texts already added. */
	loadedKeys: Set<string>;
	loadedTexts: Set<number>;
}

const bad = (what: string) =>
	new SearchIndexError(`${what}: unknown format (expected v: 1); rebuild the site`);

/** An index with no word yet, over the first file: its targets, and the lengths of the sections' fields. */
export function emptyWordIndex(base: PreparedIndex, meta: unknown): WordIndex {
	const m = meta as Partial<WordsMeta> | null;
	const targets = base.data.targets.length;
	if (m?.v !== 1 || !Array.isArray(m.more) || m.more.length !== targets || !m.keys)
		throw bad('search words');
	const length = m.more.map((more): Counts => {
		const [code = 0, text = 0] = more ? more.split('.').map(Number) : [];
		return [0, code, text];
	});
	fieldLengths(base, base.data.docs, length);
	const keys = new Set<string>();
	for (const [first, seconds] of Object.entries(m.keys))
		for (const s of seconds) keys.add(s === ' ' ? first : first + s);
	return {
		base,
		texts: [],
		phrases: [],
		docsOf: Array.from({ length: targets }, () => []),
		list: [],
		ids: new Map(),
		sorted: new Int32Array(0),
		tf: Array.from({ length: targets }, () => new Map<number, Counts>()),
		length,
		average: averageLength(length),
		postings: [],
		saturated: [],
		byFirstLetter: new Map(),
		keys,
		hasMore: new Set(m.more.flatMap((more, t) => (more ? [t] : []))),
		loadedKeys: new Set(),
		loadedTexts: new Set(),
	};
}

/** The shard keys typed words need: each word's, and with `lookup`, every key of its first letter (a typo may be anywhere after it). */
export function keysFor(index: WordIndex, terms: readonly string[], lookup = false): string[] {
	const out = new Set<string>();
	for (const term of terms) {
		if (!term) continue;
		const key = shardKey(term);
		if (index.keys.has(key)) out.add(key);
		if (lookup) for (const k of index.keys) if (k[0] === term[0]) out.add(k);
	}
	return [...out].filter((k) => !index.loadedKeys.has(k));
}

/** Adds a shard's words, with their postings and saturated frequencies, as the whole index has them. */
export function addShard(index: WordIndex, key: string, shard: unknown): void {
	if (typeof shard !== 'string') throw bad('search words shard');
	if (index.loadedKeys.has(key)) return;
	index.loadedKeys.add(key);
	const targets = index.base.data.targets.length;
	for (const line of shard.split('\n')) {
		const [word, id36, postings] = line.split(' ');
		if (!word || !id36 || !postings) throw bad('search words shard');
		const id = parseInt(id36, 36);
		if (index.ids.has(word)) continue;
		const decoded = decodePostings(postings);
		if (decoded.targets.some((t) => !(t < targets))) throw bad('search words shard');
		index.list[id] = word;
		index.ids.set(word, id);
		index.postings[id] = decoded.targets;
		decoded.targets.forEach((t, k) => index.tf[t]!.set(id, decoded.counts[k]!));
		index.saturated[id] = Float32Array.from(decoded.targets, (t, k) =>
			saturation(decoded.counts[k]!, index.length[t]!, index.average),
		);
		const letter = word[0]!;
		// In id order, as the whole index has them (Fuse breaks ties by position).
		index.byFirstLetter.set(
			letter,
			[...(index.byFirstLetter.get(letter) ?? []), id].sort((a, b) => a - b),
		);
	}
	const list = index.list;
	index.sorted = Int32Array.from(index.ids.values()).sort((a, b) =>
		list[a]! < list[b]! ? -1 : list[a]! > list[b]! ? 1 : 0,
	);
}

/** The sections of these results whose snippet needs a text file (not loaded yet). */
export function textsToLoad(
	index: WordIndex,
	results: readonly { kind: string; id: string }[],
): number[] {
	const targets = index.base.data.targets;
	return results.flatMap((r) => {
		const t = targets.findIndex((x) => x.kind === r.kind && x.id === r.id);
		return t >= 0 && !index.loadedTexts.has(t) ? [t] : [];
	});
}

/**
 * Adds a section's phrases (for its snippet), in the order the whole index has them: those of
 * the first file, then those of its text file (`file`; none when the second file adds none).
 */
export function addTexts(index: WordIndex, target: number, file: unknown = []): void {
	if (!Array.isArray(file) || file.some((t) => typeof t !== 'string'))
		throw bad('search section texts');
	if (index.loadedTexts.has(target) || !index.docsOf[target]) return;
	index.loadedTexts.add(target);
	const { data, phrases } = index.base;
	const add = (text: string, phrase: string) => {
		index.docsOf[target]!.push(index.texts.push(text) - 1);
		index.phrases.push(phrase);
	};
	data.docs.forEach(([t], doc) => {
		if (t === target) add(data.texts[doc]!, phrases[doc]!);
	});
	for (const text of file as SectionTexts) add(text, foldWords(text).join(' '));
}
