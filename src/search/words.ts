/**
 * Typed words (`proxy`, `Logs.Verbose`, `8443`, `redémarrer l’agent`): the sections of the
 * site ranked as a documentation search ranks them (BM25F over each section's title, commands
 * and text: rare words count more, a title more than a passing mention). A word the site does
 * not have is looked up with Fuse.js among the site's words (a typo, a cut end). Among equal
 * scores the most precise place wins (a step before its cause's page).
 */
import { blendRankings, type BlendPasted } from './blend';
import { wordSpans } from './fold';
import { resultOf } from './result';
import {
	documentFrequency,
	saturation,
	type Counts,
	typoPool,
	wordsStartingWith,
	type SectionHit,
	type SectionIndex,
} from './sections';
import { fuzzyList } from './fuzzy';
import { oneEditApart } from './one-edit';
import { wordFuseOptions } from './options';
import { isSynonymForm, sameStem, STEM_MIN } from './stem';
import { stopwords } from './stopwords';
import { prefixSynonyms, synonymsFor, synonymsOf } from './synonyms';
import { DocRole, type RankedResult, type ResultKind, type SearchTarget, type Why } from './types';

/** Results returned at most for typed words. */
export const MAX_WORD_RESULTS = 8;
/** How much a word counts when it stands for the typed one: the same word, a word it begins, a typo of it. */
const EXACT = 1;
const PREFIX = 0.8;
const FUZZY = 0.6;
const STEM = 0.85;
/** A site word that makes a typed word found (for coordination) without adding to the score. */
const FOUND_ONLY = 1e-9;
/**
 * A word of the same synonym group (`whitelist` for `allow`), or a word with its stem. Below
 * `PREFIX` (synonyms, typos), a word like the typed one counts in a section no more than that
 * likeness of the best section that writes the typed word itself: `timeout`, in one cause, lost
 * to a short step whose command holds `timediff` (then read as a form of the group's `timedout`;
 * no longer, `isSynonymForm`). Tuning split unchanged (7 December); applied to stems and prefixes
 * too, typed first fell from 120 to 116 (en) and 85 to 82 (fr).
 */
const SYNONYM = 0.7;
/** A Fuse score at or below this makes a site word a typo of the typed one (0 is exact). */
const FUZZY_MAX = 0.25;
/**
 * Up to this score, a site word one edit away is a typo too (`oneEditApart`): Bitap counts two
 * swapped letters as two errors, so `servcie` (0.29 from `service`) found nothing. Tuning split
 * unchanged (typed first en 120, fr 85; top 3 134, 92). In a five-letter word a swap scores 0.4
 * (`agnet`, `porxy`): 0.35 missed them; 0.4 left the tuning split unchanged (6 December).
 */
const FUZZY_ONE_EDIT = 0.4;
/** Site words a typed word may stand for, at most. */
const MAX_EXPANSIONS = 12;
/**
 * Among near-equal scores, the most precise place first; an error page, a list of causes, is
 * the least precise answer to typed words. The error's weight, measured on the tuning split
 * (typed queries first, en + fr, 203): 173 at 0.95, 174 from 0.9 down to 0.8 (the top 3 189 →
 * 190 at 0.85 and 0.8); no query lost its place. A check (a section of the health checklist or of
 * a support block) sums up what several pages say: at 0.6 it comes first only where it is the one
 * place that says it (`WaAppAgent.log`, `COM+ System Application`, `get-instance-view`). Tuning
 * split with the checks indexed (typed queries, 206, whose answers predate them; first / top 3):
 * 0.4: 178 / 196, but `COM+ System Application` lists a Linux step first; 0.6: 178 / 195 (`in
 * Not Ready status` shows the portal check first); 0.85: 175 / 195; 1: 170 / 195. Without
 * checks: 178 / 196.
 */
const precision: Record<ResultKind, number> = {
	step: 1,
	solution: 1,
	cause: 0.97,
	error: 0.85,
	check: 0.6,
};

/**
 * Whether a typed word the site does not have may be a typo of one: four letters or more, and no
 * digit (a number one digit off is another number: `2222` is no `2022`, a port no other port).
 */
const mayBeTypo = (term: string) => term.length >= 4 && !/\d/.test(term);

/** True when a typed word may be a typo of a site word: the lookup needs Fuse. */
export const needsWordLookup = (index: SectionIndex, terms: readonly string[]) =>
	terms.some((t) => mayBeTypoOf(index, t));

/** Whether a typed word may be a typo of a site word: the site does not have it, and it may be one. */
export const mayBeTypoOf = (index: SectionIndex, term: string) =>
	mayBeTypo(term) && !index.ids.has(term);

/**
 * How a word is looked up: typed (the word may be cut or mistyped: the words it begins, its
 * stem, its typos) or pasted (a whole word: itself and its stem).
 */
export type WordLookup = 'typed' | 'pasted';

/**
 * Sections a word may be in and still stand for its synonyms when typed. A word the site
 * barely uses is often a word of one quoted message or log line: when an old wording with
 * "whitelist" came in, `whitelist` typed alone stopped finding the steps that say "allow".
 * Tuning split, typed queries first (en + fr, 215; top 3 in brackets), on the content of
 * 6 December 2026: 180 (203) for a word in no section (the rule before); 182 (203) in at most
 * one; 181 (202) in at most two; pastes unchanged, typed words only. Pasted words keep the rule
 * before: with this one, English pastes first −1.
 */
const RARE_SECTIONS = 1;

/**
 * Whether a typed word stands for its synonyms too: the site does not have it, or has it in at
 * most `RARE_SECTIONS` sections (its shard loaded: its document frequency is the whole index's).
 */
export function standsForSynonyms(index: SectionIndex, term: string): boolean {
	const id = index.ids.get(term);
	return id === undefined || documentFrequency(index, id) <= RARE_SECTIONS;
}

/**
 * The site words a typed word stands for, with how much each counts: its own forms and, when
 * the site does not use the word itself (`whitelist`) or barely does (`standsForSynonyms`), its
 * synonyms and their forms (a budget of their own), and the site words it makes with a group's
 * word it begins with replaced by another of the group (`prefixSynonyms`: `Get-AzureRmVM` finds
 * `Get-AzVM`). A word the site uses keeps its own meaning: `update` does not also find `upgrade`.
 * A pasted word, or a part of a typed word taken apart (`rare` false: the page loads the
 * synonyms' shards for the typed words, not their parts), stands for its synonyms only when
 * the site does not have it.
 */
export function expand(
	index: SectionIndex,
	term: string,
	lookup: WordLookup = 'typed',
	rare = lookup === 'typed',
): Map<number, number> {
	const out = ownForms(index, term, lookup);
	if (rare ? !standsForSynonyms(index, term) : index.ids.has(term)) return out;
	let budget = MAX_EXPANSIONS;
	const add = (id: number) => {
		if (budget > 0 && !out.has(id)) {
			out.set(id, SYNONYM);
			budget--;
		}
	};
	const map = synonymsOf(index.synonyms);
	for (const word of prefixSynonyms(map, term)) {
		const id = index.ids.get(word);
		if (id !== undefined) add(id);
	}
	for (const synonym of synonymsFor(map, term)) {
		const id = index.ids.get(synonym);
		if (id !== undefined) add(id);
		if (synonym.length >= STEM_MIN)
			for (const other of wordsStartingWith(index, synonym.slice(0, STEM_MIN)))
				if (isSynonymForm(synonym, index.list[other]!)) add(other);
	}
	// A word the groups know is no typo: `rebooting` (a form of `reboot`) is not `reporting`.
	if (budget < MAX_EXPANSIONS) for (const [id, f] of out) if (f === FUZZY) out.delete(id);
	return out;
}

/** The shortest part of a word taken apart (`az` in `azvmextension`). */
export const PART_MIN = 2;

/**
 * True when the site has neither this word nor a word it begins: it may be site words written
 * together. A number is not (`2222` is no `22` twice).
 */
export const mayBeCompound = (index: SectionIndex, term: string) =>
	!/^\d+$/.test(term) &&
	!index.ids.has(term) &&
	wordsStartingWith(index, term).next().done === true;

/**
 * A word the site does not have, taken apart into two or three site words (`backupjob` →
 * `backup`, `job`), the longest first part first; undefined when it cannot be.
 */
export function splitCompound(index: SectionIndex, word: string, parts = 3): string[] | undefined {
	for (let cut = word.length - PART_MIN; cut >= PART_MIN; cut--) {
		const head = word.slice(0, cut);
		if (!index.ids.has(head)) continue;
		const tail = word.slice(cut);
		if (index.ids.has(tail)) return [head, tail];
		const rest = parts > 2 ? splitCompound(index, tail, parts - 1) : undefined;
		if (rest) return [head, ...rest];
	}
	return undefined;
}

/**
 * Typed words' expansions, with words written together or apart as the site writes them the
 * other way (`fullbackup` for "full backup", `RD Agent` for `RdAgent`): a word the site does not
 * have, that begins none of its words and is no typo of one, stands for the site words it is
 * made of (`takenApart`); two typed words in a row whose join is a site word stand for that
 * word together: it counts once, under the first, and the second is found there too
 * (`FOUND_ONLY`). Counted under both, a rare join weighed twice: "VM agent is not responsive"
 * showed a check whose command holds `vmAgent` before the error. Tuning split, typed queries
 * first (en 141): 117 counted twice, 118 half under each, 119 once.
 */
function typedExpansions(index: SectionIndex, typed: readonly string[]): Map<number, number>[] {
	const terms: string[] = [];
	const all: Map<number, number>[] = [];
	for (const term of typed) {
		const own = expand(index, term);
		const parts = takenApart(index, term, own);
		if (!parts) {
			terms.push(term);
			all.push(own);
		} else
			for (const part of parts) {
				// `on` of `onerror`: a part nobody typed as a word, too common to find anything.
				if (stopwords.has(part)) continue;
				terms.push(part);
				all.push(expand(index, part, 'typed', false));
			}
	}
	for (let k = 0; k + 1 < terms.length; k++) {
		// From two letters, the join is in the shard of the first word (word-shards.ts).
		if (terms[k]!.length < PART_MIN) continue;
		const joined = index.ids.get(terms[k]! + terms[k + 1]!);
		if (joined === undefined) continue;
		all[k]!.set(joined, EXACT * joinShare(index, terms[k]!, terms[k + 1]!, joined));
		all[k + 1]!.set(joined, FOUND_ONLY);
	}
	return all;
}

/**
 * The shortest part of a word with a stem of its own that is taken apart instead (`job`, not
 * `ed`).
 */
const STEM_PART_MIN = 3;

/**
 * The site words a typed word is made of, when it is read so: the site has none of its forms
 * (`fullbackup`), or only words with its stem whose ending is a site word of its own, which no
 * ending is (`backupjob` shares a stem with `backup`, and `job` is a word: "Get Backupjob
 * Status" found a `Get-AzVm … -Status` step first; `restarted` stays a form of `restart`).
 * A typo of a site word (`azureasaccount`) is read as that word, not taken apart. Tuning split:
 * English typed first 119 → 120, nothing else moved (7 December).
 */
function takenApart(
	index: SectionIndex,
	term: string,
	own: ReadonlyMap<number, number>,
): string[] | undefined {
	if (![...own.values()].every((f) => f === STEM) || !mayBeCompound(index, term)) return undefined;
	const parts = splitCompound(index, term);
	return own.size === 0 || parts?.every((p) => p.length >= STEM_PART_MIN) ? parts : undefined;
}

/** A word's rarity (BM25's idf) from its document frequency among the entries' sections. */
const rarity = (index: SectionIndex, df: number) =>
	Math.log(1 + (index.weighed - df + 0.5) / (df + 0.5));

/**
 * What a join of two typed words weighs, as a share of its own rarity: at most what the two
 * words weigh apart (their rarities summed). `vmAgent`, which only a check's command holds (no
 * entry's section: the rarest a word can be), counts no more than "VM agent" found apart;
 * `VMSnapshot`, rarer apart than together, and `RdAgent`, whose first part the site never writes
 * alone, keep their own rarity.
 */
function joinShare(index: SectionIndex, first: string, second: string, joined: number): number {
	const a = index.ids.get(first);
	const b = index.ids.get(second);
	if (a === undefined || b === undefined) return 1;
	const apart =
		rarity(index, documentFrequency(index, a)) + rarity(index, documentFrequency(index, b));
	return Math.min(1, apart / rarity(index, documentFrequency(index, joined)));
}

/** The site words that are a typed word's own forms: itself, its stem, and (typed) the words it begins, its typos. */
function ownForms(index: SectionIndex, term: string, lookup: WordLookup): Map<number, number> {
	const out = new Map<number, number>();
	const exact = index.ids.get(term);
	if (exact !== undefined) out.set(exact, EXACT);
	if (lookup === 'pasted') {
		if (term.length >= STEM_MIN)
			for (const id of wordsStartingWith(index, term.slice(0, STEM_MIN))) {
				if (out.size >= MAX_EXPANSIONS) break;
				if (id !== exact && sameStem(term, index.list[id]!, true)) out.set(id, STEM);
			}
		return out;
	}
	if (term.length >= 3) {
		// Words it begins, then (from 5 letters) words with the same stem: both share a prefix.
		for (const id of wordsStartingWith(index, term)) {
			if (out.size >= MAX_EXPANSIONS) break;
			if (id !== exact) out.set(id, PREFIX);
		}
		if (term.length >= STEM_MIN)
			for (const id of wordsStartingWith(index, term.slice(0, STEM_MIN))) {
				if (out.size >= MAX_EXPANSIONS) break;
				if (!out.has(id) && sameStem(term, index.list[id]!, true)) out.set(id, STEM);
			}
	}
	if (exact === undefined && mayBeTypo(term)) {
		// Fuse among the words with the same first letter and about the same length (a typo
		// keeps both; Bitap alone would find "helm" inside "them").
		const pool = typoPool(index, term);
		for (const { at, score } of typoHits(
			pool.map((id) => index.list[id]!),
			term,
		)) {
			const id = pool[at]!;
			// A four-letter word is a typo only of a word one edit away: Bitap also finds it in the
			// start of a longer word with a letter changed (`qwer` in `query`).
			if ((score > FUZZY_MAX || term.length < 5) && !oneEditApart(term, index.list[id]!)) continue;
			if (!out.has(id)) out.set(id, FUZZY);
		}
	}
	return out;
}

/**
 * Fuse's hits for a typed word among the words that may be its typo (in id order: Fuse breaks
 * ties by position), as far as a typo is looked for: `MAX_EXPANSIONS` at most, up to
 * `FUZZY_ONE_EDIT`. None while Fuse is not registered.
 */
export function typoHits(words: readonly string[], term: string): { at: number; score: number }[] {
	const out: { at: number; score: number }[] = [];
	const fuse = words.length > 0 ? fuzzyList(words, wordFuseOptions) : undefined;
	for (const hit of fuse?.search(term, { limit: MAX_EXPANSIONS }) ?? []) {
		const score = hit.score ?? 1;
		if (score > FUZZY_ONE_EDIT) break;
		out.push({ at: hit.refIndex, score });
	}
	return out;
}

/** The phrase of a section that holds the most of these words (its snippet), or -1. */
function snippetDoc(index: SectionIndex, target: number, found: ReadonlySet<string>): number {
	let best = { doc: -1, hits: -1 };
	for (const doc of index.docsOf[target] ?? []) {
		// A step's own title is shown above its snippet already (and holds no words: prepare-sections.ts).
		if (index.roles[doc] === DocRole.Heading) continue;
		const hits = index.phrases[doc]!.split(' ').filter((w) => found.has(w)).length;
		if (hits > best.hits) best = { doc, hits };
	}
	return best.doc;
}

/** Phrase `doc` of a section (its snippet) with the query words it holds marked. */
function snippet(index: SectionIndex, doc: number, found: ReadonlySet<string>): Why {
	const matched = doc >= 0 ? index.texts[doc]! : '';
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

/** Ranks the sections of one language for the words of a paste (see `MAX_PASTED_TERMS`). */
const rankPastedWords = (index: SectionIndex, words: readonly string[]): SectionHit[] =>
	rankSections(index, words, 'pasted');

/** A paste's phrase ranking blended with its words' ranking over these sections (blend.ts). */
export const blendPastedWords =
	(index: SectionIndex): BlendPasted =>
	(data, phrases, words, whyOf) =>
		blendRankings(data, phrases, rankPastedWords(index, words), whyOf);

/** Ranks the sections of one language for typed words. */
export const rankWords = (index: SectionIndex, terms: readonly string[]): RankedResult[] =>
	rankSections(index, terms).map(({ target, score, why }) =>
		resultOf(index.base, target, score, why()),
	);

/**
 * A pasted text's words that count for its sections, at most: the rarest (a 1,500-character
 * paste has up to 96 picked words, and the common ones, in hundreds of sections at the real
 * size and thousands at 10,000 errors, cost the most and weigh the least).
 */
const MAX_PASTED_TERMS = 16;

/**
 * The pasted words that stand for some site word, at most `max` of them: those whose words are in
 * the fewest sections (in their order). A word the site does not have is no evidence either way,
 * nor is one that only the checks have (a paste's answer is never a check).
 */
function rarest(
	index: SectionIndex,
	expansions: Map<number, number>[],
	max: number,
): Map<number, number>[] {
	const df = (e: Map<number, number>) => {
		let min = Infinity;
		for (const id of e.keys()) {
			const n = documentFrequency(index, id);
			if (n > 0) min = Math.min(min, n);
		}
		return min;
	};
	// Each expansion's frequency counted once: the blend asks at every pasted keystroke.
	const known = expansions.map((e) => ({ e, df: df(e) })).filter((k) => k.df < Infinity);
	if (known.length <= max) return known.map(({ e }) => e);
	const kept = new Set(
		[...known]
			.sort((a, b) => a.df - b.df)
			.slice(0, max)
			.map(({ e }) => e),
	);
	return known.flatMap(({ e }) => (kept.has(e) ? [e] : []));
}

/**
 * How much a word of its solution's title counts for a step, for typed words (its own words
 * count 1). Measured on the tuning split (typed queries first, en + fr, 110): 95 without, 96 at
 * 0.5, 97 at 0.85, 98 at 1. A step read with its solution's title is what its reader sees too.
 * (Solutions read with their cause's title: 90, worse.) The title is the step's title field in
 * BM25F, with the step's own commands and text: a step that also says the word outranks its
 * siblings (tuning split, typed queries first, 132: 109 with the title's score alone, 112).
 */
const CONTEXT = 1;

const children = new WeakMap<readonly SearchTarget[], number[][]>();
/** The steps of each solution (by target number), listed once per index. */
function childrenOf(targets: readonly SearchTarget[], target: number): readonly number[] {
	let list = children.get(targets);
	if (!list) {
		const made: number[][] = targets.map(() => []);
		targets.forEach((t, i) => {
			if (t.parent !== undefined) made[t.parent]?.push(i);
		});
		children.set(targets, (list = made));
	}
	return list[target] ?? [];
}

/**
 * How much a result gains when the phrase it shows holds the typed words side by side, in the
 * order typed (`adjacent`). Measured on the tuning split (typed queries first, en + fr, 203):
 * 169 without, 171 at 0.1 (the top 3 unchanged), 172 at 0.15 and 0.2 (one fewer in the top 3);
 * weighing each pair by its rarer word's rarity did worse (170, 171). Only the results already
 * kept are reordered: the page loads the phrases they show, and reads the same order.
 */
const SIDE_BY_SIDE = 0.1;

/**
 * The share of the typed words' neighbouring pairs that stand side by side, in order, in a
 * phrase (stop words between them skipped): "trafic sortant" in "règles de sécurité de trafic
 * sortant", not in "le HTTPS sortant … pour le trafic de sauvegarde".
 */
function adjacent(
	index: SectionIndex,
	doc: number,
	expansions: readonly Map<number, number>[],
): number {
	if (doc < 0 || expansions.length < 2) return 0;
	const ids = index.phrases[doc]!.split(' ')
		.filter((w) => w && !stopwords.has(w))
		.map((w) => index.ids.get(w) ?? -1);
	let pairs = 0;
	for (let k = 0; k + 1 < expansions.length; k++) {
		const [a, b] = [expansions[k]!, expansions[k + 1]!];
		if (ids.some((id, i) => a.has(id) && b.has(ids[i + 1] ?? -1))) pairs++;
	}
	return pairs / (expansions.length - 1);
}

/**
 * Typed words' results of one solution (the solution and its steps), at most: a title's words
 * reach every step under it, and eight places in one solution hid the other pages that answer
 * the words (`redémarrer l'agent` listed the Windows solution and its seven steps, never the
 * Linux agent's restart). The first three places by score are the same with it; only the
 * side-by-side tie-break below may then lift a result it let in among near-equals.
 */
const PER_SOLUTION = 3;

/** Sections in order, at most `PER_SOLUTION` of each solution (its steps and itself), the others kept. */
function fewPerSolution<T extends { target: number }>(
	targets: readonly SearchTarget[],
	ranked: readonly T[],
): T[] {
	const taken = new Map<number, number>();
	return ranked.filter(({ target }) => {
		const t = targets[target]!;
		if (t.kind !== 'step' && t.kind !== 'solution') return true;
		const solution = t.kind === 'step' ? (t.parent ?? target) : target;
		const n = (taken.get(solution) ?? 0) + 1;
		taken.set(solution, n);
		return n <= PER_SOLUTION;
	});
}

/** The sections that hold some of these words, best first (at most `MAX_WORD_RESULTS`). */
export function rankSections(
	index: SectionIndex,
	terms: readonly string[],
	lookup: WordLookup = 'typed',
): SectionHit[] {
	const { postings, saturated } = index;
	const targets = index.base.data.targets;
	const n = index.count;
	const scores = new Float64Array(n);
	const touched: number[] = [];
	const best = new Float64Array(n);
	/** How much the word that gave a section its best score counts (`EXACT` for the typed word). */
	const form = new Float64Array(n).fill(EXACT);
	const matched = new Uint8Array(n);
	// A word's rarity among the entries' sections: the checks, after them, do not count.
	const idfOf = (id: number) => rarity(index, documentFrequency(index, id));
	const titleCount = (target: number, id: number) => index.tf[target]?.get(id)?.[0] ?? 0;
	/** A step's score for a term, its solution's title read as its own title field. */
	const underTitle = (expansion: Map<number, number>, parent: number, child: number) => {
		let top = 0;
		for (const [id, factor] of expansion) {
			const title = titleCount(parent, id);
			if (title === 0) continue;
			const own = index.tf[child]?.get(id);
			const length = index.length[child]!;
			const counts: Counts = [title, own?.[1] ?? 0, own?.[2] ?? 0];
			const s =
				factor *
				idfOf(id) *
				saturation(counts, [index.length[parent]![0], length[1], length[2]], index.average);
			if (s > top) top = s;
		}
		return top;
	};
	const inherits = lookup === 'typed';
	const all = inherits ? typedExpansions(index, terms) : terms.map((t) => expand(index, t, lookup));
	const expansions = lookup === 'pasted' ? rarest(index, all, MAX_PASTED_TERMS) : all;
	for (const expansion of expansions) {
		// Per section, the best of the words this term stands for.
		const seen: number[] = [];
		// The solutions whose title holds one of those words: its steps are read under that title.
		const headed: number[] = [];
		// The best score of a section that holds the word itself, as typed.
		let exactTop = 0;
		for (const [id, factor] of expansion) {
			const list = postings[id] ?? [];
			const sat = saturated[id]!;
			const idf = idfOf(id);
			for (let k = 0; k < list.length; k++) {
				const target = list[k]!;
				const s = factor * idf * sat[k]!;
				if (best[target] === 0) seen.push(target);
				if (s > best[target]!) {
					best[target] = s;
					form[target] = factor;
				}
				if (factor === EXACT && s > exactTop) exactTop = s;
				if (inherits && targets[target]!.kind === 'solution' && titleCount(target, id) > 0)
					headed.push(target);
			}
		}
		// A step sits under its solution's title, as a documentation search reads a section with
		// its headings (the heading, not the solution's prose: its condition, notes and body).
		// BM25F over the step with that title as its title field: a word of the title counts for
		// each step (`CONTEXT`), and a step that also holds it counts it once more, saturated.
		// A solution still comes before its steps on a word of its title alone (the index's order).
		for (const parent of new Set(headed))
			for (const child of childrenOf(targets, parent)) {
				const s = CONTEXT * underTitle(expansion, parent, child);
				if (s === 0) continue;
				if (best[child] === 0) seen.push(child);
				if (s > best[child]!) {
					best[child] = s;
					form[child] = EXACT;
				}
			}
		for (const target of seen) {
			if (scores[target] === 0) touched.push(target);
			// A synonym or a typo counts no more there than that likeness of the best place that
			// writes the typed word itself.
			if (exactTop > 0 && form[target]! < PREFIX)
				best[target] = Math.min(best[target]!, form[target]! * exactTop);
			form[target] = EXACT;
			scores[target]! += best[target]!;
			matched[target]!++;
			best[target] = 0;
		}
	}
	// Coordination: a section holding every typed word outranks one holding some of them, even
	// when its words are fewer or its text longer (the square root keeps a rare word's weight).
	for (const t of touched) scores[t]! *= Math.sqrt(matched[t]! / expansions.length);
	// Another error's message is there to recognise a paste, not to answer typed words; a check
	// answers typed words, never a paste (its words still weigh on the others').
	const sections = touched.filter((t) => {
		const { kind } = targets[t]!;
		return kind !== 'other' && (inherits || kind !== 'check');
	});
	let top = 0;
	for (const t of sections) if (scores[t]! > top) top = scores[t]!;
	/** The words of a section that stand for a typed word (marked in its snippet). */
	const foundIn = (target: number) =>
		new Set(
			expansions.flatMap((e) =>
				[...e.keys()].filter((id) => index.tf[target]!.has(id)).map((id) => index.list[id]!),
			),
		);
	const byScore = (a: { target: number; score: number }, b: { target: number; score: number }) =>
		b.score - a.score || a.target - b.target;
	const ranked = sections
		.map((target) => {
			const { kind } = targets[target]!;
			return { target, score: (scores[target]! / (top || 1)) * precision[kind as ResultKind] };
		})
		.sort(byScore);
	const kept = (inherits ? fewPerSolution(targets, ranked) : ranked).slice(0, MAX_WORD_RESULTS);
	// Typed words side by side in the phrase a result shows, as typed: that result first among
	// near-equals. A paste's words read their snippets only if they are shown (on demand).
	if (!inherits)
		return kept.map(({ target, score }) => ({
			target,
			score,
			why: () => {
				const found = foundIn(target);
				return snippet(index, snippetDoc(index, target, found), found);
			},
		}));
	return kept
		.map(({ target, score }) => {
			const found = foundIn(target);
			const doc = snippetDoc(index, target, found);
			const side = 1 + SIDE_BY_SIDE * adjacent(index, doc, expansions);
			return { target, score: score * side, why: () => snippet(index, doc, found) };
		})
		.sort(byScore);
}
