/**
 * The sections of one language as typed words search them (BM25F): every phrase of both index
 * files, and per section (an error, a cause, a solution, a step) how often each word occurs in
 * its title, its commands and its other text. Built from both files (prepare-sections.ts) or,
 * in the page, from the shards of the words typed (word-shards.ts).
 */
import type { PreparedIndex } from './prepare';

/** What typed words need of the first file: its targets (and, when it is loaded, its phrases). */
export type IndexBase = Pick<PreparedIndex, 'data' | 'phrases'>;
import { DocRole, type SearchTarget, type Why } from './types';

/** Fields of a section: title, commands (code), text. */
export const FIELDS = 3;
/** The commands field's position among the fields (title, commands, text). */
const COMMANDS = 1;
/**
 * BM25F: field weights (title, commands, text), saturation and length normalisation. Measured
 * on the tuning split (typed queries first, en + fr, 203; top 3 in brackets): the usual values
 * (3, 2, 1; K1 1.2) 174 (190); a title weight of 4 with K1 1.5, 176 (191), the pastes
 * unchanged. K1 1.8–2.2 reaches 178 but puts a paste's paraphrase of a cause on the wrong cause
 * (tests/unit/search/rank.test.ts, "a passage in other words"); one B for every field, 0.5–0.9,
 * does no better.
 */
const FIELD_WEIGHT = [4, 2, 1] as const;
const K1 = 1.5;
/**
 * Length normalisation per field (title, commands, text). Commands are verbatim code: a step
 * that gives three commands is no less about a word one of them holds, so their length counts
 * less. Tuning split (typed queries, 206): the commands at 0.5 or 0.6, top 3 194 → 196, first
 * and pastes unchanged (0.3 or 0: 194; 0.9: 195, first −3); the title's or the text's own value
 * moved gave no better (a text at 0.9: English first +2, French −2, pastes −2).
 */
const B = [0.75, 0.5, 0.75] as const;
export type Counts = [number, number, number];
export const fieldOf = (role: DocRole) =>
	role === DocRole.Title ? 0 : role === DocRole.Code ? 1 : 2;

/**
 * A section as ranked for some words: its target, its score (the best is 1), and its snippet,
 * made on demand (it costs most of the ranking, and a paste shows only a few of them).
 */
export interface SectionHit {
	target: number;
	score: number;
	why: () => Why;
}

export interface SectionIndex {
	/** The paste index these sections belong to (targets, titles, codes), or at least its targets. */
	base: IndexBase;
	/** Groups of words that stand for one another (`content/synonyms/`), folded. */
	synonyms: string[][];
	/**
	 * A paste index over both files: a paste with no confident match is read again against it.
	 * (The page's typed words load only some words of the sections: no such index then, word-shards.ts.)
	 */
	full?: PreparedIndex;
	/** Every phrase: the first file's, then the second's. */
	texts: string[];
	/** The same, folded. */
	phrases: string[];
	/** Phrase indexes of each target. */
	docsOf: number[][];
	/** Role of each phrase (for the field its words count in; a step's title is never a snippet). */
	roles: DocRole[];
	/** Every word of the sections, by id, and its id. */
	list: string[];
	ids: Map<string, number>;
	/** Word ids in the words' alphabetical order: the words that begin with a prefix are a range of it. */
	sorted: Int32Array;
	/** How many sections there are (targets that are not another error). */
	count: number;
	/**
	 * How many of them are the entries' (errors, causes, solutions, steps): the checks come after
	 * them and weigh on no statistic (a word's rarity, a field's average length), so that indexing
	 * the checklist changes no other section's score.
	 */
	weighed: number;
	/** Per target: word id → occurrences in each field; words per field; average per field. */
	tf: Map<number, Counts>[];
	length: Counts[];
	average: Counts;
	/** Word id → sections holding it. */
	postings: number[][];
	/** Word id → how many of the entries' sections hold it (its document frequency: checks do not count). */
	df: number[];
	/** Word id → for each of its postings, BM25F's saturated, length-normalised term frequency. */
	saturated: Float32Array[];
	/** Word ids by first letter (a typo keeps it): Fuse looks among these, not every word. */
	byFirstLetter: Map<string, number[]>;
}

/** How many of these sections are the entries' (`weighed`): a word's document frequency. */
export function countWeighed(postings: readonly number[], weighed: number): number {
	let df = 0;
	for (const t of postings) if (t < weighed) df++;
	return df;
}

/** How many of the entries' sections hold a word (its document frequency: checks do not count). */
export const documentFrequency = (index: SectionIndex, id: number): number => index.df[id] ?? 0;

/**
 * Gives the checks of an index their ids and titles (from the second file or the words file):
 * the first file only counts them. The same names each time, so it may run more than once.
 */
export function nameChecks(
	targets: SearchTarget[],
	names: readonly (readonly [string, string])[] | undefined,
): void {
	let n = 0;
	for (const t of targets) {
		if (t.kind !== 'check') continue;
		const [id, title] = names?.[n++] ?? [];
		if (typeof id === 'string' && id !== '') t.id = id;
		if (typeof title === 'string') t.title = title;
	}
}

/**
 * Gives a step its own title from its `Heading` phrase (`text`, as shown): the first file
 * carries no step titles (a paste that only reads it shows no step), the results show them.
 */
export function nameStep(targets: SearchTarget[], target: number, text: string): void {
	const t = targets[target];
	if (t?.kind === 'step') t.title = text;
}

/** How many targets come before the first check (the checks follow the entries' targets). */
export function entriesBeforeChecks(targets: readonly { kind: string }[]): number {
	const first = targets.findIndex((t) => t.kind === 'check' || t.kind === 'other');
	return first < 0 ? targets.length : first;
}

/**
 * The average length of each field: the title's and the text's over all sections, the commands'
 * over the sections that have commands. Most sections have none, so over all of them the average
 * is 3.6 words, and a step with three commands (86 words) read as 24 times longer than average:
 * `Set-AzKeyVaultAccessPolicy`, typed as its step writes it, lost to a short step that says
 * "setting" (tuning split, typed queries first, en + fr: 125 → 126, top 3 142 → 143; English
 * pastes first 81 → 80, a self-help text read by its sections; titles averaged the same way:
 * typed top 3 −3, pastes −3).
 */
export function averageLength(length: readonly Counts[]): Counts {
	const total: Counts = [0, 0, 0];
	let withCommands = 0;
	for (const l of length) {
		for (let f = 0; f < FIELDS; f++) total[f]! += l[f]!;
		if (l[COMMANDS]! > 0) withCommands++;
	}
	return total.map((t, f) => t / ((f === COMMANDS ? withCommands : length.length) || 1)) as Counts;
}

/** BM25F's saturated, length-normalised frequency of a word in a section (its counts per field). */
export function saturation(counts: Counts, length: Counts, average: Counts): number {
	let weighted = 0;
	for (let f = 0; f < FIELDS; f++)
		weighted +=
			(FIELD_WEIGHT[f]! * counts[f]!) / (1 - B[f]! + (B[f]! * length[f]!) / (average[f]! || 1));
	return (weighted * (K1 + 1)) / (weighted + K1);
}

/** Letters a typo of a word may add or drop. */
const TYPO_LENGTH = 2;

/** Whether `word` is about as long as `term`, as a typo of it is (its first letter is the same). */
export const typoLength = (word: string, term: string): boolean =>
	Math.abs(word.length - term.length) <= TYPO_LENGTH;

/** The ids of the words that may be a typo of `term` (same first letter, about its length), in id order. */
export const typoPool = (index: SectionIndex, term: string): number[] =>
	(index.byFirstLetter.get(term[0] ?? '') ?? []).filter((id) => typoLength(index.list[id]!, term));

/** Ids of the words that begin with `prefix` (a binary search, then a contiguous range). */
export function* wordsStartingWith(index: SectionIndex, prefix: string): Generator<number> {
	const { sorted, list } = index;
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (list[sorted[mid]!]! < prefix) lo = mid + 1;
		else hi = mid;
	}
	for (let i = lo; i < sorted.length && list[sorted[i]!]!.startsWith(prefix); i++) yield sorted[i]!;
}
