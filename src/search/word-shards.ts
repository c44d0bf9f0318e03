/**
 * The sections' words split the way Pagefind splits its index, so that typed words pull only
 * what they need instead of the whole second file:
 * - `search-words.json`: the shard keys, and per section what the second file adds: the
 *   length of its commands and of its text, and the roles of its phrases (the first file, which
 *   every query loads, gives the rest);
 * - one shard per key (a word's first two letters, or three where the two-letter shard would be
 *   large: `shardKey`): each word of the sections that starts so, with its id and, for each
 *   section holding it, the phrases of the section it is in;
 * - one text file per phrase of the second file, for the snippet of a result or a step's title.
 * Built from the whole sections index (`buildWordFiles`); in the page, a `SectionIndex` is
 * assembled from the first file and the pieces loaded (`emptyWordIndex`, `addShard`,
 * `addText`): for the words loaded, every number `rankWords` reads is the one the whole index
 * has, and a phrase of the second file holds the words loaded that it holds, so typed words get
 * the same results (tests/unit/search/word-shards.test.ts). A phrase whose text is not loaded
 * yet reads as a placeholder naming it (`unloadedPhrase`): the snippets of a first ranking name
 * the phrases to load before ranking again.
 */
import { words as foldWords } from './fold';
import { SearchIndexError } from './index-error';
import type { PreparedIndex } from './prepare';
import { MAY_MATCH, type WordReach } from './message-reach';
import { otherReach } from './other-reach';
import { groupsIn, prefixSynonyms, synonymsFor, synonymsOf } from './synonyms';
import {
	averageLength,
	countWeighed,
	entriesBeforeChecks,
	nameChecks,
	nameStep,
	saturation,
	fieldOf,
	type Counts,
	type IndexBase,
	type SectionIndex,
} from './sections';
import { DocRole } from './types';
import { mayBeCompound, PART_MIN, standsForSynonyms } from './words';

export interface WordsMeta {
	v: 5;
	/**
	 * The keys of the shards there are, by all but their last letter: `{ "p": "aelor", "re":
	 * "acs" }` for `pa`, `pe`…, `rea`, `rec`, `res` (`{ "": "p" }` for `p` alone).
	 */
	keys: Record<string, string>;
	/**
	 * Per section, `title.commands.text.first.second`: the words in each of its fields, and the
	 * roles of its phrases of the first file and of the second, one digit each.
	 */
	sections: string[];
	/** Every error code the site knows, ours and other errors', lower case (other-reach.ts). */
	codes: string[];
	/** The checks, in order, as `[id, title]` (the first file and the targets file only count them). */
	checks: [string, string][];
}

/**
 * One line per word: the word, its id (base 36: its order of first appearance), and its
 * postings: per section, the distance from the previous one (base 36), then the position of
 * each phrase of the section it is in, once per time (`.3.3` twice in its fourth phrase); then,
 * when it has one, its reach towards a message (base 36, hundredths: message-reach.ts).
 */
export type WordShard = string;

/** The text of one phrase (`search-texts/{n}.json`: the `n`th of the first file, then of the second). */
export type PhraseText = string;

/**
 * The shard that holds a word, and every word it begins: its first two letters, or its first
 * three when the words of those two letters are split (`split`: a shard of them all would be
 * large); a word of two letters then has a shard of its own.
 */
export function shardKey(word: string, split: ReadonlySet<string>): string {
	const two = word.slice(0, 2);
	return word.length > 2 && split.has(two) ? word.slice(0, 3) : two;
}

/** Two-letter shards longer than this (characters, before gzip) are split by three letters. */
const SPLIT_CHARS = 1500;

/** The two-letter prefixes split by three letters, from the keys of the shards there are. */
const splitOf = (keys: Iterable<string>): Set<string> =>
	new Set([...keys].filter((k) => k.length === 3).map((k) => k.slice(0, 2)));

/** The keys grouped by all but their last letter (`WordsMeta.keys`), and back. */
function encodeKeys(keys: Iterable<string>): Record<string, string> {
	const out: Record<string, string> = {};
	for (const k of [...keys].sort()) out[k.slice(0, -1)] = (out[k.slice(0, -1)] ?? '') + k.slice(-1);
	return out;
}
const decodeKeys = (keys: Record<string, string>): Set<string> =>
	new Set(Object.entries(keys).flatMap(([head, lasts]) => [...lasts].map((c) => head + c)));

/** A shard's file name: its key, or its characters' codes when they are not plain letters and digits. */
export const shardFile = (key: string): string =>
	/^[a-z0-9]{1,3}$/.test(key)
		? key
		: `_${[...key].map((c) => c.charCodeAt(0).toString(16)).join('_')}`;

const UNLOADED = '\u0000';

/** The placeholder text of a phrase not loaded yet, and the phrase a text is the placeholder of. */
export const unloadedPhrase = (doc: number): string => `${UNLOADED}${doc}`;
export const phraseToLoad = (text: string): number | undefined =>
	text.startsWith(UNLOADED) ? Number(text.slice(UNLOADED.length)) : undefined;

/**
 * The files of the split, from the whole sections index of one language (`first`: its first
 * file prepared; `reach`: each word's reach towards a message, message-reach.ts; `readAsWords`:
 * whether the whole search reads a word alone as words, asked of words whose reach may make one).
 */
export function buildWordFiles(
	index: SectionIndex,
	first: PreparedIndex,
	reach: (word: string) => number,
	readAsWords: (word: string) => boolean = () => false,
): {
	meta: WordsMeta;
	/**
	 * The words of other errors' messages that one or two typed words may name (other-reach.ts;
	 * `search-other-reach.json`): only typed words that may be a message read them.
	 */
	otherReach: string[];
	shards: Map<string, WordShard>;
	/** By phrase of the whole index (the first file's, then the second's). */
	texts: PhraseText[];
	/** The synonym groups (`search-synonyms.json`): typed words need them only for a word the site does not have. */
	synonyms: string[][];
	/**
	 * By first letter, its words alone, in id order (`search-lexicon/{letter}.json`): a word that
	 * may be a typo reads its letter's, then the shards of the words it may be a typo of
	 * (typo-lexicon.ts).
	 */
	lexicons: Map<string, string>;
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
		// Its two-letter shard (split below by three letters when large).
		const key = word.slice(0, 2);
		const r = reach(word);
		const alone = r >= MAY_MATCH && readAsWords(word) ? ALONE : '';
		const line = `${word} ${id.toString(36)} ${postings.join(',')}${r > 0 ? ` ${r.toString(36)}${alone}` : ''}`;
		lines.set(key, [...(lines.get(key) ?? []), line]);
	});
	// Large two-letter shards split by three letters (in the same order: words in id order).
	const split = new Set(
		[...lines].filter(([, l]) => l.join('\n').length > SPLIT_CHARS).map(([k]) => k),
	);
	const shardLines = new Map<string, string[]>();
	for (const [two, l] of [...lines].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
		for (const line of l) {
			const key = split.has(two) ? shardKey(line.slice(0, line.indexOf(' ')), split) : two;
			shardLines.set(key, [...(shardLines.get(key) ?? []), line]);
		}
	const shards = new Map([...shardLines].map(([key, l]) => [key, l.join('\n')]));
	if (index.texts.some((t) => t.startsWith(UNLOADED)))
		throw new Error('search words: a phrase starts with U+0000');
	const roleOf = (doc: number) => index.full!.data.docs[doc]![1];
	const sections = docsOf.map((docs, t) =>
		[
			...index.length[t]!,
			docs
				.filter((d) => d < firstDocs)
				.map(roleOf)
				.join(''),
			docs
				.filter((d) => d >= firstDocs)
				.map(roleOf)
				.join(''),
		].join('.'),
	);
	return {
		meta: {
			v: 5,
			keys: encodeKeys(shards.keys()),
			sections,
			codes: Object.keys(first.data.codes).sort(),
			checks: first.data.targets.flatMap((t): [string, string][] =>
				t.kind === 'check' ? [[t.id, t.title ?? t.id]] : [],
			),
		},
		otherReach: otherReach(index.full!),
		synonyms: index.synonyms,
		shards,
		texts: index.texts,
		lexicons: lexiconsOf(index.list),
	};
}

/** A sections index being filled in piece by piece. */
export interface WordIndex extends SectionIndex, ShardKeys {
	/** The section of each phrase. */
	targetOf: number[];
	/** The text file of each phrase not loaded yet (`search-texts/{n}.json`), and the phrase of each file. */
	fileOf: Map<number, number>;
	docOfFile: Map<number, number>;
	/** Shards already added. */
	loadedKeys: Set<string>;
	/** Whether `addSynonyms` was called. */
	synonymsLoaded: boolean;
}

const bad = (what: string) =>
	new SearchIndexError(`${what}: unknown format (expected v: 5); rebuild the site`);

/**
 * An index with no word yet, over the targets of the first file: every phrase, the first
 * file's as it has them when it is loaded, the others as placeholders empty of words; and the
 * lengths of the sections' fields.
 */
export function emptyWordIndex(base: IndexBase, meta: unknown): WordIndex {
	const m = meta as Partial<WordsMeta> | null;
	const targets = base.data.targets.length;
	if (
		m?.v !== 5 ||
		!Array.isArray(m.sections) ||
		m.sections.length !== targets ||
		!m.keys ||
		typeof m.keys !== 'object' ||
		!Object.values(m.keys).every((v) => typeof v === 'string') ||
		!Array.isArray(m.codes) ||
		!Array.isArray(m.checks)
	)
		throw bad('search words');
	nameChecks(base.data.targets, m.checks);
	const index: WordIndex = {
		base,
		// Synonyms come on need (`needsSynonyms`, `addSynonyms`).
		synonyms: [],
		texts: [],
		phrases: [],
		roles: [],
		targetOf: [],
		docsOf: Array.from({ length: targets }, () => []),
		list: [],
		ids: new Map(),
		sorted: new Int32Array(0),
		tf: Array.from({ length: targets }, () => new Map<number, Counts>()),
		length: [],
		average: [0, 0, 0],
		count: targets,
		weighed: entriesBeforeChecks(base.data.targets),
		postings: [],
		df: [],
		saturated: [],
		byFirstLetter: new Map(),
		...shardKeysOf(m as WordsMeta),
		fileOf: new Map(),
		docOfFile: new Map(),
		loadedKeys: new Set(),
		synonymsLoaded: false,
	};
	const parsed = m.sections.map((section) => section.split('.'));
	const firstDocs = parsed.reduce((n, p) => n + (p[3] ?? '').length, 0);
	const firstLoaded = base.data.texts.length === firstDocs && base.phrases.length === firstDocs;
	let first = 0;
	let second = firstDocs;
	parsed.forEach(([title, code, text, firstRoles = '', secondRoles = ''], target) => {
		index.length.push([Number(title), Number(code), Number(text)]);
		const add = (role: string, file: number) => {
			const doc = index.texts.length;
			index.roles.push(Number(role) as DocRole);
			index.targetOf.push(target);
			index.docsOf[target]!.push(doc);
			if (firstLoaded && file < firstDocs) {
				index.texts.push(base.data.texts[file]!);
				index.phrases.push(base.phrases[file]!);
			} else {
				index.texts.push(unloadedPhrase(doc));
				index.phrases.push('');
				index.fileOf.set(doc, file);
				index.docOfFile.set(file, doc);
			}
		};
		for (const r of firstRoles) add(r, first++);
		for (const r of secondRoles) add(r, second++);
	});
	index.average = averageLength(index.length.slice(0, index.weighed));
	return index;
}

/**
 * True when a typed word is not a word of the site, or one it barely uses (its shard loaded:
 * `standsForSynonyms`), and the synonyms are not there yet: they may stand for it.
 */
export const needsSynonyms = (index: WordIndex, terms: readonly string[]) =>
	!index.synonymsLoaded && terms.some((t) => t !== '' && standsForSynonyms(index, t));

/** Adds the synonym groups (`search-synonyms.json`); the shards of a word's synonyms are then among its keys. */
export function addSynonyms(index: WordIndex, file: unknown): void {
	index.synonyms = groupsIn(file);
	index.synonymsLoaded = true;
}

/**
 * The shards of a word and of the words it begins: its shard (`shardKey`); for two letters whose
 * words are split, every shard of those two letters.
 */
export function keysOfWord(index: ShardKeys, word: string): string[] {
	if (word.length === 2 && index.split.has(word))
		return [...index.keys].filter((k) => k.startsWith(word));
	const key = shardKey(word, index.split);
	return index.keys.has(key) ? [key] : [];
}

/** The shards there are (their keys), and the two-letter prefixes split by three letters. */
export interface ShardKeys {
	keys: ReadonlySet<string>;
	split: ReadonlySet<string>;
}

/** The shards there are, from the words file (`WordsMeta.keys`). */
export function shardKeysOf(meta: Pick<WordsMeta, 'keys'>): ShardKeys {
	const keys = decodeKeys(meta.keys);
	return { keys, split: splitOf(keys) };
}

/** The words by first letter, each letter's in id order (the order Fuse sees them in: words.ts). */
function lexiconsOf(list: readonly string[]): Map<string, string> {
	const byLetter = new Map<string, string[]>();
	for (const word of list) byLetter.set(word[0]!, [...(byLetter.get(word[0]!) ?? []), word]);
	return new Map([...byLetter].map(([letter, words]) => [letter, words.join('\n')]));
}

/** The shards that hold these words (and the words they begin). */
export const shardsOf = (shards: ShardKeys, words: readonly string[]): string[] => [
	...new Set(words.flatMap((w) => keysOfWord(shards, w))),
];

/** After a word's reach: the whole search reads the word alone as words (message-reach.ts). */
const ALONE = '-';

/** The reach towards a message (message-reach.ts) of each word of a shard as it travels. */
export function reachesIn(shard: unknown): Map<string, WordReach> {
	if (typeof shard !== 'string') throw bad('search words shard');
	const out = new Map<string, WordReach>();
	for (const line of shard.split('\n')) {
		const [word, , , reach36 = ''] = line.split(' ');
		if (word)
			out.set(word, { reach: parseInt(reach36 || '0', 36), alone: reach36.endsWith(ALONE) });
	}
	return out;
}

/** The shard keys typed words need: each word's, and its synonyms'. */
export function keysFor(index: WordIndex, terms: readonly string[]): string[] {
	const out = new Set<string>();
	const synonyms = synonymsOf(index.synonyms);
	for (const term of terms) {
		if (!term) continue;
		// A word's shard, and its synonyms' (each shard holds the words with the same stem too).
		for (const word of [term, ...synonymsFor(synonyms, term), ...prefixSynonyms(synonyms, term)])
			for (const key of keysOfWord(index, word)) out.add(key);
	}
	return [...out].filter((k) => !index.loadedKeys.has(k));
}

/**
 * The shard keys of the parts a typed word the site does not have may be made of (`fullbackup`:
 * `backup`'s, once `full`'s shard is loaded). Each call goes one part further: called again after
 * its shards are loaded, until it names none (a word is taken apart into three parts at most).
 */
export function partKeys(index: WordIndex, terms: readonly string[]): string[] {
	const out = new Set<string>();
	const visit = (rest: string, parts: number) => {
		for (let cut = PART_MIN; cut <= rest.length - PART_MIN; cut++) {
			const head = rest.slice(0, cut);
			// A two-letter head of split words has a shard of its own.
			if (head.length === 2 && index.split.has(head) && index.keys.has(head)) out.add(head);
			if (!index.ids.has(head)) continue;
			const tail = rest.slice(cut);
			for (const key of keysOfWord(index, tail)) out.add(key);
			if (parts > 2) visit(tail, parts - 1);
		}
	};
	for (const term of terms) if (mayBeCompound(index, term)) visit(term, 3);
	return [...out].filter((k) => !index.loadedKeys.has(k));
}

/** Adds a shard's words: their postings, counts and saturated frequencies, as the whole index has them. */
export function addShard(index: WordIndex, key: string, shard: unknown): void {
	if (typeof shard !== 'string') throw bad('search words shard');
	if (index.loadedKeys.has(key)) return;
	index.loadedKeys.add(key);
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
				// A phrase not loaded yet holds the words loaded that it holds (its snippet's hits).
				if (phraseToLoad(index.texts[doc]!) !== undefined)
					index.phrases[doc] += index.phrases[doc] ? ` ${word}` : word;
			}
			targets.push(target);
			index.tf[target]!.set(id, counts);
		}
		index.list[id] = word;
		index.ids.set(word, id);
		index.postings[id] = targets;
		index.df[id] = countWeighed(targets, index.weighed);
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

/** The file of a phrase not loaded yet, if it is one. */
const fileToLoad = (index: WordIndex, doc: number | undefined): number[] => {
	const n = doc === undefined ? undefined : index.fileOf.get(doc);
	return n === undefined ? [] : [n];
};

/**
 * The titles of these results' steps in this index (`search-texts/{n}.json`), not loaded yet:
 * a result shows its step's own title (`nameStep`), in the site's language even when the words
 * were found in the other's.
 */
export function headingsToLoad(
	index: WordIndex,
	results: readonly { kind: string; id: string }[],
): number[] {
	const targets = index.base.data.targets;
	return results.flatMap((r) => {
		if (r.kind !== 'step') return [];
		const target = targets.findIndex((t) => t.kind === 'step' && t.id === r.id);
		return fileToLoad(
			index,
			index.docsOf[target]?.find((doc) => index.roles[doc] === DocRole.Heading),
		);
	});
}

/** The phrases whose text these results need (`search-texts/{n}.json`): their snippets, their steps' titles. */
export function textsToLoad(
	index: WordIndex,
	results: readonly { kind: string; id: string; why: { type: string; matched?: string } }[],
): number[] {
	const snippets = results.flatMap((r) =>
		r.why.type === 'phrase' ? fileToLoad(index, phraseToLoad(r.why.matched ?? '')) : [],
	);
	return [...new Set([...snippets, ...headingsToLoad(index, results)])];
}

/** Adds the text of phrase `n` (`search-texts/{n}.json`). */
export function addText(index: WordIndex, n: number, file: unknown): void {
	const doc = index.docOfFile.get(n);
	if (typeof file !== 'string' || doc === undefined) throw bad('search phrase text');
	index.texts[doc] = file;
	// A step's own title has no words to search (prepare-sections.ts): it names its step.
	if (index.roles[doc] === DocRole.Heading)
		nameStep(index.base.data.targets, index.targetOf[doc]!, file);
	else index.phrases[doc] = foldWords(file).join(' ');
	index.fileOf.delete(doc);
	index.docOfFile.delete(n);
}
