/**
 * Phrase synonyms (`content/synonyms/<lang>.json`, `phrases`): groups in which an entry may be
 * several words, so that a paste saying "virtual machine" is matched against the messages that
 * say "VM", and the other way round. They travel folded in the first file, one group as its
 * entries with their words separated by a space; the paste matcher reads each pasted phrase
 * that holds an entry again with that entry replaced by each other entry of its group (rank.ts).
 * Single words stand for one another through the word synonyms (synonyms.ts), in the sections.
 */
import { words as foldWords } from './fold';

/** The groups folded as the index folds words, each entry once; groups of fewer than two dropped. */
export function foldPhraseGroups(groups: readonly (readonly string[])[]): string[][] {
	return groups
		.map((g) => [...new Set(g.map((entry) => foldWords(entry).join(' ')).filter(Boolean))])
		.filter((g) => g.length >= 2);
}

/** A pasted phrase's words, and the positions of those that start a new line. */
export interface WordRun {
	words: string[];
	lines: number[];
}

/** Variants of one pasted phrase, at most. */
export const MAX_VARIANTS = 2;

/**
 * The phrase read again with an entry of a group replaced by another entry of the group, every
 * time it occurs (whole words, in order), one variant per replacement, at most `max`. A line
 * that started within a replaced entry starts at its replacement.
 */
export function phraseVariants(
	run: WordRun,
	groups: readonly (readonly string[])[],
	max = MAX_VARIANTS,
): WordRun[] {
	const out: WordRun[] = [];
	for (const group of groups)
		for (const entry of group)
			for (const other of group) {
				const variant =
					other !== entry && out.length < max && replaced(run, entry.split(' '), other.split(' '));
				if (variant) out.push(variant);
			}
	return out;
}

/** The run with every occurrence of `from` replaced by `by`; undefined when there is none. */
function replaced(
	run: WordRun,
	from: readonly string[],
	by: readonly string[],
): WordRun | undefined {
	const words: string[] = [];
	/** New position of each old one (a replaced entry's words all move to its replacement's start). */
	const moved: number[] = [];
	let found = false;
	for (let i = 0; i < run.words.length;)
		if (from.every((w, k) => run.words[i + k] === w)) {
			from.forEach(() => moved.push(words.length));
			words.push(...by);
			i += from.length;
			found = true;
		} else moved.push(words.push(run.words[i++]!) - 1);
	return found ? { words, lines: [...new Set(run.lines.map((i) => moved[i]!))] } : undefined;
}
