/**
 * The sections' words split the way Pagefind splits its index, so that typed words pull only
 * what they need instead of the whole second file:
 * - `search-words.json`: the shard keys, and per section what the second file adds: the
 *   length of its commands and of its text, and the roles of its phrases (the first file, which
 *   every query loads, gives the rest);
 * - one shard per key (a word's first two letters): each word of the sections that starts so,
 *   with its id and, for each section holding it, the phrases of the section it is in;
 * - one text file per phrase of the second file, for the snippet of a result.
 * Built from the whole sections index (`buildWordFiles`); in the page, a `SectionIndex` is
 * assembled from the first file and the pieces loaded (`emptyWordIndex`, `addShard`,
 * `addText`): for the words loaded, every number `rankWords` reads is the one the whole index
 * has, and a phrase of the second file holds the words loaded that it holds, so typed words get
 * the same results (tests/unit/search/word-shards.test.ts). A phrase whose text is not loaded
 * yet reads as a placeholder naming it (`unloadedPhrase`): the snippets of a first ranking name
 * the phrases to load before ranking again.
 */
import { words as foldWords } from './fold';
import { SearchIndexError, type PreparedIndex } from './prepare';
import { otherReach } from './other-reach';
import { averageLength, fieldOf, saturation, type Counts, type SectionIndex } from './sections';
import type { DocRole } from './types';

export interface WordsMeta {
	v: 2;
	/** The keys of the shards there are, by first letter: `{ "p": "aelor" }` for `pa`, `pe`… (`p` alone: a space). */
	keys: Record<string, string>;
	/**
	 * Per section, what the second file adds, as `commands.text.roles`: the words it adds to
	 * its commands and to its text, and the roles of its phrases, one digit each (the second
	 * file has no title); empty when it adds nothing.
	 */
	more: string[];
	/** The words of other errors' messages that one or two typed words may name (other-reach.ts). */
	otherReach: string[];
}

/**
 * One line per word: the word, its id (base 36: its order of first appearance), and its
 * postings: per section, the distance from the previous one (base 36), then the position of
 * each phrase of the section it is in, once per time (`.3.3` twice in its fourth phrase).
 */
export type WordShard = string;

/** The text of one phrase of the second file. */
export type PhraseText = string;

/** The shard that holds a word, and every word it begins: its first two letters. */
export const shardKey = (word: string): string => word.slice(0, 2);

/** A shard's file name: its key, or its characters' codes when they are not plain letters and digits. */
export const shardFile = (key: string): string =>
	/^[a-z0-9]{1,2}$/.test(key)
		? key
		: `_${[...key].map((c) => c.charCodeAt(0).toString(16)).join('_')}`;

const UNLOADED = '\u0000';

/** The placeholder text of a phrase not loaded yet, and the phrase a text is the placeholder of. */
export const unloadedPhrase = (doc: number): string => `${UNLOADED}${doc}`;
export const phraseToLoad = (text: string): number | undefined =>
	text.startsWith(UNLOADED) ? Number(text.slice(UNLOADED.length)) : undefined;

const wordCount = (phrase: string) => phrase.split(' ').filter(Boolean).length;

/** The files of the split, from the whole sections index of one language. */
export function buildWordFiles(index: SectionIndex): {
	meta: WordsMeta;
	shards: Map<string, WordShard>;
	/** By phrase of the second file. */
	texts: PhraseText[];
} {
	const { base, docsOf, phrases } = index;
	const firstDocs = base.data.texts.length;
	const lines = new Map<string, string[]>();
	// Per section, per word id, the positions of its phrases the word is in.
	const positions = docsOf.map((docs) => {
		const out = new Map<number, number[]>();
		docs.forEach((doc, k) => {
			for (const w of phrases[doc]!.split(' ')) {
				const id = w ? index.ids.get(w) : undefined;
				if (id !== undefined) out.set(id, [...(out.get(id) ?? []), k]);
			}
		});
		return out;
	});
	index.list.forEach((word, id) => {
		let last = 0;
		const postings = index.postings[id]!.map((t) => {
			const d = (t - last).toString(36);
			last = t;
			return [d, ...positions[t]!.get(id)!.map((k) => k.toString(36))].join('.');
		});
		const key = shardKey(word);
		lines.set(key, [...(lines.get(key) ?? []), `${word} ${id.toString(36)} ${postings.join(',')}`]);
	});
	const shards = new Map([...lines].map(([key, l]) => [key, l.join('\n')]));
	const texts = index.texts.slice(firstDocs);
	if (texts.some((t) => t.startsWith(UNLOADED)))
		throw new Error('search words: a phrase starts with U+0000');
	const roleOf = (doc: number) => index.full!.data.docs[doc]![1];
	const more = docsOf.map((docs) => {
		const second = docs.filter((d) => d >= firstDocs);
		if (second.length === 0) return '';
		const length: Counts = [0, 0, 0];
		for (const d of second) length[fieldOf(roleOf(d))] += wordCount(phrases[d]!);
		if (length[0] !== 0) throw new Error('search words: a title in the second file');
		return `${length[1]}.${length[2]}.${second.map(roleOf).join('')}`;
	});
	const keys: Record<string, string> = {};
	for (const k of [...shards.keys()].sort()) keys[k[0]!] = (keys[k[0]!] ?? '') + (k[1] ?? ' ');
	return { meta: { v: 2, keys, more, otherReach: otherReach(index.full!) }, shards, texts };
}

/** A sections index being filled in piece by piece. */
export interface WordIndex extends SectionIndex {
	keys: ReadonlySet<string>;
	/** Role of each phrase (for the field its words count in). */
	roles: DocRole[];
	/** Position in the second file of each of its phrases (`search-texts/{n}.json`), and the phrase at each position. */
	secondOf: Map<number, number>;
	secondDocs: number[];
	/** Shards already added. */
	loadedKeys: Set<string>;
	otherReach: string[];
}

const bad = (what: string) =>
	new SearchIndexError(`${what}: unknown format (expected v: 2); rebuild the site`);

/**
 * An index with no word yet, over the first file: its targets and its phrases, the phrases of
 * the second file (placeholders, empty of words), and the lengths of the sections' fields.
 */
export function emptyWordIndex(base: PreparedIndex, meta: unknown): WordIndex {
	const m = meta as Partial<WordsMeta> | null;
	const targets = base.data.targets.length;
	if (
		m?.v !== 2 ||
		!Array.isArray(m.more) ||
		m.more.length !== targets ||
		!m.keys ||
		!Array.isArray(m.otherReach)
	)
		throw bad('search words');
	const index: WordIndex = {
		base,
		texts: [],
		phrases: [],
		roles: [],
		docsOf: Array.from({ length: targets }, () => []),
		list: [],
		ids: new Map(),
		sorted: new Int32Array(0),
		tf: Array.from({ length: targets }, () => new Map<number, Counts>()),
		length: Array.from({ length: targets }, (): Counts => [0, 0, 0]),
		average: [0, 0, 0],
		count: targets,
		postings: [],
		saturated: [],
		byFirstLetter: new Map(),
		keys: new Set(),
		secondOf: new Map(),
		secondDocs: [],
		loadedKeys: new Set(),
		otherReach: m.otherReach,
	};
	const add = (target: number, role: DocRole, text: string, phrase: string) => {
		const doc = index.texts.push(text) - 1;
		index.phrases.push(phrase);
		index.roles.push(role);
		index.docsOf[target]?.push(doc);
		return doc;
	};
	// The whole index has the first file's phrases, then the second's: so does this one.
	base.data.docs.forEach(([target, role], doc) => {
		add(target, role, base.data.texts[doc]!, base.phrases[doc]!);
		const l = index.length[target];
		if (l) l[fieldOf(role)] += wordCount(base.phrases[doc]!);
	});
	let second = 0;
	m.more.forEach((more, target) => {
		if (!more) return;
		const [code, text, roles = ''] = more.split('.');
		index.length[target]![1] += Number(code);
		index.length[target]![2] += Number(text);
		for (const r of roles) {
			const doc = add(target, Number(r) as DocRole, unloadedPhrase(index.texts.length), '');
			index.secondOf.set(doc, second++);
			index.secondDocs.push(doc);
		}
	});
	index.average = averageLength(index.length);
	for (const [first, seconds] of Object.entries(m.keys))
		for (const s of seconds) (index.keys as Set<string>).add(s === ' ' ? first : first + s);
	return index;
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

/** Adds a shard's words: their postings, counts and saturated frequencies, as the whole index has them. */
export function addShard(index: WordIndex, key: string, shard: unknown): void {
	if (typeof shard !== 'string') throw bad('search words shard');
	if (index.loadedKeys.has(key)) return;
	index.loadedKeys.add(key);
	const firstDocs = index.base.data.texts.length;
	for (const line of shard.split('\n')) {
		const [word, id36, postings] = line.split(' ');
		if (!word || !id36 || !postings) throw bad('search words shard');
		const id = parseInt(id36, 36);
		if (index.ids.has(word)) continue;
		const targets: number[] = [];
		let last = 0;
		for (const posting of postings.split(',')) {
			const [d, ...at] = posting.split('.');
			const target = (last += parseInt(d!, 36));
			const docs = index.docsOf[target];
			if (!docs) throw bad('search words shard');
			const counts: Counts = [0, 0, 0];
			for (const k of at) {
				const doc = docs[parseInt(k, 36)];
				if (doc === undefined) throw bad('search words shard');
				counts[fieldOf(index.roles[doc]!)]++;
				// A phrase of the second file not loaded yet holds the words loaded that it holds (its snippet's hits).
				if (doc >= firstDocs && phraseToLoad(index.texts[doc]!) !== undefined)
					index.phrases[doc] += index.phrases[doc] ? ` ${word}` : word;
			}
			targets.push(target);
			index.tf[target]!.set(id, counts);
		}
		index.list[id] = word;
		index.ids.set(word, id);
		index.postings[id] = targets;
		index.saturated[id] = Float32Array.from(targets, (t) =>
			saturation(index.tf[t]!.get(id)!, index.length[t]!, index.average),
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

/** The phrases of the second file whose text these results' snippets need (`search-texts/{n}.json`). */
export function textsToLoad(
	index: WordIndex,
	results: readonly { why: { type: string; matched?: string } }[],
): number[] {
	return results.flatMap((r) => {
		const doc = r.why.type === 'phrase' ? phraseToLoad(r.why.matched ?? '') : undefined;
		const n = doc === undefined ? undefined : index.secondOf.get(doc);
		return n === undefined ? [] : [n];
	});
}

/** Adds the text of the `n`th phrase of the second file. */
export function addText(index: WordIndex, n: number, file: unknown): void {
	const doc = index.secondDocs[n];
	if (typeof file !== 'string' || doc === undefined) throw bad('search phrase text');
	index.texts[doc] = file;
	index.phrases[doc] = foldWords(file).join(' ');
}
