/**
 * Typed words (`proxy`, `Logs.Verbose`, `8443`, `redémarrer l’agent`): the sections of the
 * site ranked as a documentation search ranks them (BM25F over each section's title, commands
 * and text: rare words count more, a title more than a passing mention). A word the site does
 * not have is looked up with Fuse.js among the site's words (a typo, a cut end). Among equal
 * scores the most precise place wins (a step before its cause's page).
 */
import { wordSpans, words as foldWords } from './fold';
import { resultOf } from './result';
import { FIELDS, wordLookup, type SectionIndex } from './sections';
import { stopwords } from './stopwords';
import type { RankedResult, TargetKind, Why } from './types';

/** Typed queries are short: more words than this, or several lines, is a paste. */
export const MAX_TYPED_WORDS = 6;
const MAX_TYPED_CHARS = 80;
/** Results returned at most for typed words. */
export const MAX_WORD_RESULTS = 8;
/** BM25 saturation and length normalisation (the usual values). */
const K1 = 1.2;
const B = 0.75;
/** Field weights: title, commands, text. */
const FIELD_WEIGHT = [3, 2, 1] as const;
/** How much a word counts when it stands for the typed one: the same word, a word it begins, a typo of it. */
const EXACT = 1;
const PREFIX = 0.8;
const FUZZY = 0.6;
const STEM = 0.85;
/** Two words share a stem when they differ only in an ending of up to 3 letters after 5 in common. */
const STEM_MIN = 5;
const ENDING_MAX = 3;
/** A Fuse score at or below this makes a site word a typo of the typed one (0 is exact). */
const FUZZY_MAX = 0.25;
/** Site words a typed word may stand for, at most. */
const MAX_EXPANSIONS = 12;
/** Among near-equal scores, the most precise place first. */
const precision: Record<TargetKind, number> = { step: 1, solution: 1, cause: 0.97, error: 0.95 };

/** The folded words of a short, one-line query, or undefined when the text is a paste. */
export function typedWords(text: string): string[] | undefined {
	const trimmed = text.trim();
	if (!trimmed || trimmed.length > MAX_TYPED_CHARS || /[\r\n]/.test(trimmed)) return undefined;
	const all = foldWords(trimmed);
	if (all.length === 0 || all.length > MAX_TYPED_WORDS) return undefined;
	const meaningful = all.filter((w) => !stopwords.has(w));
	return meaningful.length > 0 ? meaningful : all;
}

/** `schedules` / `schedule`, `redemarrez` / `redemarrer`, `bloquee` / `bloque`: the same word, another ending. */
export function sameStem(a: string, b: string): boolean {
	let common = 0;
	while (common < a.length && common < b.length && a[common] === b[common]) common++;
	return common >= STEM_MIN && a.length - common <= ENDING_MAX && b.length - common <= ENDING_MAX;
}

/** True when a typed word may be a typo of a site word: the lookup needs Fuse. */
export const needsWordLookup = (index: SectionIndex, terms: readonly string[]) =>
	terms.some((t) => t.length >= 4 && !index.ids.has(t));

/** The site words a typed word stands for, with how much each counts. */
export function expand(index: SectionIndex, term: string): Map<number, number> {
	const out = new Map<number, number>();
	const exact = index.ids.get(term);
	if (exact !== undefined) out.set(exact, EXACT);
	if (term.length >= 3) {
		for (const [id, word] of index.list.entries()) {
			if (out.size >= MAX_EXPANSIONS) break;
			if (id === exact) continue;
			if (word.startsWith(term)) out.set(id, PREFIX);
			else if (sameStem(term, word)) out.set(id, STEM);
		}
	}
	if (exact === undefined && term.length >= 4) {
		// Fuse finds the pattern anywhere in a word ("helm" in "them"): a typo keeps about the
		// word's length and, nearly always, its first letter.
		for (const hit of wordLookup(index)?.search(term, { limit: MAX_EXPANSIONS }) ?? []) {
			if ((hit.score ?? 1) > FUZZY_MAX) break;
			const word = index.list[hit.refIndex]!;
			if (word[0] !== term[0] || Math.abs(word.length - term.length) > 2) continue;
			if (!out.has(hit.refIndex)) out.set(hit.refIndex, FUZZY);
		}
	}
	return out;
}

/** The phrase of a section that holds the most query words, with those words marked. */
function snippet(index: SectionIndex, target: number, found: ReadonlySet<string>): Why {
	let best = { doc: -1, hits: -1 };
	for (const doc of index.docsOf[target] ?? []) {
		const hits = index.phrases[doc]!.split(' ').filter((w) => found.has(w)).length;
		if (hits > best.hits) best = { doc, hits };
	}
	const matched = best.doc >= 0 ? index.texts[best.doc]! : '';
	const marks = wordSpans(matched)
		.filter((s) => found.has(s.word))
		.map((s) => [s.start, s.end] as [number, number]);
	return {
		type: 'phrase',
		query: [...found].join(' '),
		matched,
		marks,
		lang: index.base.data.lang,
	};
}

/** Ranks the sections of one language for typed words. */
export function rankWords(index: SectionIndex, terms: readonly string[]): RankedResult[] {
	const { tf, length, average, postings } = index;
	const targets = index.base.data.targets;
	const n = targets.length;
	const scores = new Map<number, number>();
	const found = new Map<number, Set<string>>();
	for (const term of terms) {
		// Per section, the best of the words this term stands for.
		const best = new Map<number, number>();
		for (const [id, factor] of expand(index, term)) {
			const d = postings[id]?.length ?? 0;
			if (d === 0) continue;
			const idf = Math.log(1 + (n - d + 0.5) / (d + 0.5));
			for (const target of postings[id] ?? []) {
				const counts = tf[target]!.get(id)!;
				let weighted = 0;
				for (let f = 0; f < FIELDS; f++) {
					const norm = 1 - B + (B * length[target]![f]!) / (average[f]! || 1);
					weighted += (FIELD_WEIGHT[f]! * counts[f]!) / norm;
				}
				const s = (factor * idf * (weighted * (K1 + 1))) / (weighted + K1);
				if (s > (best.get(target) ?? 0)) {
					best.set(target, s);
					const words = found.get(target) ?? new Set<string>();
					words.add(index.list[id]!);
					found.set(target, words);
				}
			}
		}
		for (const [target, s] of best) scores.set(target, (scores.get(target) ?? 0) + s);
	}
	let top = 0;
	for (const v of scores.values()) if (v > top) top = v;
	return [...scores]
		.map(([target, s]) => ({ target, score: (s / (top || 1)) * precision[targets[target]!.kind] }))
		.sort((a, b) => b.score - a.score || a.target - b.target)
		.slice(0, MAX_WORD_RESULTS)
		.map(({ target, score }) =>
			resultOf(index.base, target, score, snippet(index, target, found.get(target) ?? new Set())),
		);
}
