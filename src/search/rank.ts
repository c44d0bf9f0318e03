/**
 * Ranks the pages of one language for a normalised paste, then decides the verdict. Order of
 * evidence:
 * 1. an error code of ours found verbatim in the paste (any case): certain;
 * 2. a code-shaped word close to one of ours (cut, mistyped; Fuse over the codes): likely, not proof;
 * 3. the index phrases sharing the most rare words with the few phrases picked from the paste,
 *    each confirmed by word coverage both ways (the whole message found, and little of the
 *    pasted phrase left unexplained);
 * 4. an error code that is *not* ours (`CloudInternalError`) caps the verdict at `weak`: the
 *    paste is about another error, however alike the words;
 * 5. another Azure Backup error the content lists (`content/other-errors/`), found by its code or
 *    by a message closer than any of ours: the verdict is `none`, and the outcome names it.
 */
import type { Lang } from '../i18n/languages';
import { wordSpans } from './fold';
import type { NormalisedQuery } from './normalise';
import { cohesion, pickPhrases, type PickedPhrase } from './phrases';
import type { PreparedIndex } from './prepare';
import { nearCodeOf } from './fuzzy';
import { coverage, phraseTerms, type PhraseTerms } from './similarity';
import { phraseVariants } from './phrase-synonyms';
import { resultOf } from './result';
import type { BlendPasted } from './blend';
import { stopwords } from './stopwords';
import { looksLikeErrorCode } from './error-codes';
import { TYPED_OTHER_SHARE } from './typed-words';
import {
	DocRole,
	kindOrder,
	type OtherError,
	type RankedResult,
	type SearchIndexData,
	type Verdict,
	type Why,
} from './types';

/** A phrase match at or above this confidence is a `match` (measured: see docs/search.md). */
export const MATCH_MIN = 0.8;
/**
 * Below `MATCH_MIN`, at or above this, the closest pages are shown as a `weak` match. Calibrated
 * on the tuning split: of its pastes whose best phrase scored 0.4–0.5, 5 of 9 were other errors'
 * texts; from 0.5 to 0.8, every one was ours and its first page right (7 of 7).
 */
export const WEAK_MIN = 0.5;
/**
 * Another error's message names it at or above this confidence (typed words: `MATCH_MIN`).
 * Lower, a phrase it shares with ours ("… is not supported …") is no proof (tuning split: 0.6
 * names 3 fewer foreign pastes than 0.4 and 2 fewer of ours wrongly, with the same `none` count).
 */
export const OTHER_MIN = 0.6;
/** Results returned at most. */
export const MAX_RESULTS = 6;
/**
 * How much a phrase of each role counts. A later phrase of a message counts a little less; a
 * step, a summary or a command is only a hint for a paste.
 */
const roleWeight: Record<DocRole, number> = {
	[DocRole.Message]: 1,
	[DocRole.Tail]: 0.9,
	[DocRole.Title]: 1,
	[DocRole.Signature]: 1,
	[DocRole.Prose]: 0.75,
	[DocRole.Code]: 0.75,
	[DocRole.Shared]: 0.99,
	[DocRole.LinePart]: 1,
	// Never read by a paste (its phrase is empty: prepare-sections.ts).
	[DocRole.Heading]: 0,
};
/** Roles whose phrase alone can make a confident match: a message, a title, a signature. */
const provesAlone: ReadonlySet<DocRole> = new Set([
	DocRole.Message,
	DocRole.Shared,
	DocRole.Title,
	DocRole.Signature,
]);
/**
 * A cause's phrase weighs a little less than the same match elsewhere: when an error and its cause
 * match equally, the error comes first, and another error's message wins the tie against a
 * cause's title it holds ("has a failed extension").
 */
const CAUSE_WEIGHT = 0.97;
/** Roles of a message's own phrases: each further pasted phrase matching one adds a little. */
const wording: ReadonlySet<DocRole> = new Set([
	DocRole.Message,
	DocRole.Shared,
	DocRole.Tail,
	DocRole.LinePart,
]);
/**
 * The most a part of a log line proves alone (`LinePart`): below `WEAK_MIN`, a hint for the
 * ranking, not a verdict (what identifies a line alone is its `key`). With another pasted phrase
 * matching the same page's wording (the rest of the line), it proves as a signature does. At
 * 0.7 (a `weak` match) a Custom Script extension's "Non-zero exit code" line was `weak`.
 */
const LONE_PART_MAX = 0.45;
/** Each further pasted phrase that also matches a target's wording adds a little (a full portal message). */
const SUPPORT_BONUS = 0.03;
/** Phrases of the index checked at most for one paste (those sharing the most weight with it). */
const PREFILTER_KEEP = 48;
/** Words found in more phrases than this do not select candidates (at 10,000 errors: "backup", "failed"). */
export const MAX_POSTINGS = 1500;
/**
 * A title this short (a cause's short title, a label: "Failed extension", "Disque trop grand",
 * "Provisioning succeeded") proves a paste only when a pasted phrase is that title, word for word.
 * Inside a longer sentence it is a few common words: another error's "has a failed extension '…'"
 * was a `match` for the failed-extension cause (tuning split unchanged).
 */
const SHORT_TITLE_WORDS = 3;
/** Score of a near code: above any phrase, below an exact code. */
const NEAR_CODE_SCORE = 1.2;

export interface LangRanking {
	lang: Lang;
	verdict: Verdict;
	/** Best phrase or code confidence (codes score 2). */
	best: number;
	results: RankedResult[];
	foreignCodes: string[];
	/** An error code of ours was found. */
	byCode: boolean;
	/** A code close to one of ours was found (and no exact one). */
	byNearCode: boolean;
	/** Another Azure Backup error the paste is (one the site does not cover). */
	other?: OtherError | undefined;
	/** How well it was recognised: 2 by its code, else its message's confidence. */
	otherScore: number;
}

interface FoundCodes {
	own: { target: number; code: string }[];
	near: { target: number; code: string; pasted: string }[];
	foreign: string[];
	/** Other errors (not covered) whose code, or a code close to it, was found: their targets. */
	others: number[];
}

const isOther = (data: SearchIndexData, target: number) => data.targets[target]?.kind === 'other';

/** A code of `target` as the content writes it (the index keys codes in lower case). */
export const spelledCode = (index: PreparedIndex, target: number, code: string): string =>
	index.data.targets[target]?.codes?.find((c) => c.toLowerCase() === code) ?? code;

/** True when the paste holds a code-shaped word that is not ours: the near-code lookup needs Fuse. */
export const needsCodeLookup = (index: PreparedIndex, codes: readonly string[]) =>
	codes.some((w) => !Object.hasOwn(index.data.codes, w.toLowerCase()) && looksLikeErrorCode(w));

/** Our codes found in the paste, codes close to ours, and the code-shaped words that are not ours. */
export function findCodes(index: PreparedIndex, candidates: readonly string[]): FoundCodes {
	const found: FoundCodes = { own: [], near: [], foreign: [], others: [] };
	const other = (target: number, word: string) => {
		found.foreign.push(word);
		if (!found.others.includes(target)) found.others.push(target);
	};
	for (const word of candidates) {
		// Own keys only: a pasted word such as "constructor" must not reach Object.prototype.
		const key = word.toLowerCase();
		const target = Object.hasOwn(index.data.codes, key) ? index.data.codes[key] : undefined;
		if (target !== undefined) {
			if (isOther(index.data, target)) other(target, word);
			else if (!found.own.some((o) => o.target === target))
				// As the content writes it (`guestagentsnapshottaskstatuserror` is shown in its capitals).
				found.own.push({ target, code: spelledCode(index, target, key) });
			continue;
		}
		if (!looksLikeErrorCode(word)) continue;
		const close = nearCodeOf(index, key);
		if (close && isOther(index.data, close.target)) other(close.target, word);
		else if (close) {
			if (!found.near.some((n) => n.target === close.target))
				found.near.push({ ...close, pasted: word });
		} else if (!writtenOutsideProse(index, key)) found.foreign.push(word);
	}
	return found;
}

/**
 * Whether the content writes this word in a message, a title, a signature (a log line's
 * `[ProtocolError]`) or a command (`$anotherBkpItem`), not only in its prose: a code-shaped word
 * that a page merely mentions ("do not confuse it with `CloudInternalError`") is another error's
 * code, whether the paste was read against the first file alone or against both.
 */
function writtenOutsideProse(index: PreparedIndex, key: string): boolean {
	const id = index.vocab.id(key);
	return (
		id !== undefined &&
		index.vocab.postings(id).some((doc) => index.data.docs[doc]![1] !== DocRole.Prose)
	);
}

/**
 * Which phrases of the index are checked: for each picked phrase, those sharing the most
 * weight with it (same or near words). At the real size that is a few dozen phrases; at
 * 10,000 errors it keeps the work flat.
 */
function candidateDocs(
	index: PreparedIndex,
	terms: readonly PhraseTerms[],
	picked = terms.length,
): number[] {
	const keep = new Set<number>();
	// Shared among the picked phrases (a phrase read with its synonyms keeps its share for each reading).
	const perPhrase = Math.ceil(PREFILTER_KEEP / Math.max(1, picked));
	const weight = scratchOf(index);
	for (const t of terms) {
		// Phrases in the order first reached, each with the weight it shares (a typed array, not a
		// map: this is the costliest loop of a long paste).
		const reached: number[] = [];
		for (const id of t.byId.keys()) {
			const w = index.vocab.weightOf(id);
			const postings = index.vocab.postings(id);
			// A word in thousands of phrases says little and would cost the most: skip it.
			if (w > 0 && postings.length <= MAX_POSTINGS)
				for (const doc of postings) {
					if (weight[doc] === 0) reached.push(doc);
					weight[doc]! += w;
				}
		}
		const docs =
			reached.length <= perPhrase
				? reached
				: // Sorted in place (stable: ties keep the order first reached); all are reset below.
					reached.sort((a, b) => weight[b]! - weight[a]!).slice(0, perPhrase);
		for (const doc of docs) keep.add(doc);
		for (const doc of reached) weight[doc] = 0;
	}
	return [...keep].sort((a, b) => a - b);
}

const scratch = new WeakMap<PreparedIndex, Float64Array>();
/** One weight per phrase of the index, all zero between uses (made once per index). */
function scratchOf(index: PreparedIndex): Float64Array {
	let weight = scratch.get(index);
	if (!weight) scratch.set(index, (weight = new Float64Array(index.data.docs.length)));
	return weight;
}

/** Offsets of the words of the content phrase that were found in the paste. */
function marksFor(text: string, found: ReadonlySet<number>): [number, number][] {
	return wordSpans(text)
		.filter((_, j) => found.has(j))
		.map((s) => [s.start, s.end]);
}

interface Best {
	score: number;
	doc: number;
	phrase: number;
	found: Set<number>;
}

interface Scored {
	target: number;
	score: number;
	/** Best score from a phrase that can prove a match alone. */
	head: number;
	/** Why it is there; a phrase's marks are left empty until it is shown (`shown`). */
	why: Why;
	/** The words of the matched phrase that were found (their marks, once shown). */
	found?: ReadonlySet<number>;
}

/** A result's reason as shown: a matched phrase with its found words marked (folding them costs). */
const shown = ({ why, found }: Scored): Why =>
	why.type === 'phrase' && found ? { ...why, marks: marksFor(why.matched, found) } : why;

/** The phrases a paste is matched by: those picked, then their readings with phrase synonyms. */
interface PastedTerms {
	picked: PickedPhrase[];
	/** The picked phrases, then their readings; `origin`: the picked phrase of each. */
	phrases: PickedPhrase[];
	origin: number[];
	/** Per phrase, each word with its weight and the index words it may stand for. */
	terms: PhraseTerms[];
}

/**
 * The pasted phrases worth matching. A paste's phrase that holds an entry of a phrase synonym
 * group ("virtual machine") is also read with each other entry in its place ("vm"); typed words
 * are not (the bounds that spare them the first file know single words only: message-reach.ts).
 */
function pasteTerms(index: PreparedIndex, query: NormalisedQuery): PastedTerms {
	const { vocab } = index;
	const picked = pickPhrases(query.phrases, vocab, (words) =>
		cohesion(vocab, words, scratchOf(index), MAX_POSTINGS),
	);
	const phrases = [...picked];
	const origin = picked.map((_, i) => i);
	const groups = query.typed === undefined ? index.data.phraseSynonyms : undefined;
	if (groups)
		picked.forEach((p, i) => {
			for (const { words, lines } of phraseVariants(p, groups)) {
				phrases.push({ ...p, words, lines });
				origin.push(i);
			}
		});
	const similar = phrases.map((p) =>
		p.words.map((w, i) =>
			vocab.any(w) > 0 ? vocab.similar(w, p.cut && i === p.words.length - 1) : [],
		),
	);
	// The last word of a cut phrase may be a fragment ("wit…"): if it is too short to match anything, it is no evidence either way.
	const weightsOf = (p: PickedPhrase, k: number) =>
		p.words.map((w, i) =>
			p.cut && i === p.words.length - 1 && w.length <= 3 && similar[k]![i]!.length === 0
				? 0
				: vocab.any(w),
		);
	const terms = phrases.map((p, k) => phraseTerms(weightsOf(p, k), similar[k]!, p.cut, p.lines));
	return { picked, phrases, origin, terms };
}

/** Each candidate phrase checked against each pasted phrase; the best per target. */
function phraseMatches(
	index: PreparedIndex,
	{ picked, phrases, origin, terms }: PastedTerms,
	pasted = true,
): Scored[] {
	const { data, vocab } = index;
	// In a paste, a lone word (a quoted value: 'Windows') names nothing alone; a phrase with one
	// word that weighs something ("Not Ready"), or a short title, only when it is the indexed
	// phrase, word for word (not "on portal" for "Dans le portail").
	const lone = terms.map((t) => pasted && t.weights.length < 2);
	const single = terms.map((t) => pasted && t.weights.filter((w) => w > 0).length < 2);
	const written = phrases.map((p) => p.words.join(' '));
	const shortTitle = (doc: number) =>
		pasted && data.docs[doc]![1] === DocRole.Title && index.words[doc]!.length <= SHORT_TITLE_WORDS;
	const proves = (p: number, doc: number) =>
		!lone[p] && ((!single[p] && !shortTitle(doc)) || index.phrases[doc] === written[p]);
	const best = new Map<number, Best>();
	const bestHead = new Map<number, number>();
	const bestPart = new Map<number, number>();
	const support = new Map<number, Set<number>>();
	for (const doc of candidateDocs(index, terms, picked.length)) {
		const [target, role] = data.docs[doc]!;
		const weight = roleWeight[role] * (data.targets[target]!.kind === 'cause' ? CAUSE_WEIGHT : 1);
		terms.forEach((t, p) => {
			const cov = coverage(t, index.words[doc]!, vocab.weightOf);
			if (cov.score >= MATCH_MIN && wording.has(role))
				support.set(target, (support.get(target) ?? new Set()).add(origin[p]!));
			const score = cov.score * weight;
			if (score > (best.get(target)?.score ?? 0))
				best.set(target, { score, doc, phrase: p, found: cov.found });
			// Typed words prove another error only with nearly all of its message.
			const names = pasted || !isOther(data, target) || cov.indexed >= TYPED_OTHER_SHARE;
			if (provesAlone.has(role) && proves(p, doc) && names && score > (bestHead.get(target) ?? 0))
				bestHead.set(target, score);
			if (role === DocRole.LinePart && score > (bestPart.get(target) ?? 0))
				bestPart.set(target, score);
		});
	}
	const supported = (target: number) => support.get(target)?.size ?? 0;
	const bonus = (target: number) => SUPPORT_BONUS * Math.min(3, Math.max(0, supported(target) - 1));
	/** Best score of a phrase that may prove (a part of a log line only with the rest of it). */
	const headOf = (target: number) => {
		const part = bestPart.get(target) ?? 0;
		const partProves = supported(target) > 1 ? part : Math.min(part, LONE_PART_MAX);
		return Math.max(bestHead.get(target) ?? 0, partProves);
	};
	return [...best].map(([target, b]) => {
		const text = data.texts[b.doc]!;
		// A later phrase alone, without its line's or message's telling part, is a hint: the
		// "Error Code" of a log line found in a portal paste's field label ranks no page.
		const alone =
			data.docs[b.doc]![1] === DocRole.Tail && headOf(target) < WEAK_MIN && supported(target) < 2;
		return {
			target,
			// Not capped: a full message with its later phrases outranks its first phrase alone.
			score: (alone ? Math.min(b.score, LONE_PART_MAX) : b.score) + bonus(target),
			head: Math.min(1, headOf(target) + bonus(target)),
			why: {
				type: 'phrase',
				query: picked[origin[b.phrase]!]!.words.join(' '),
				matched: text,
				marks: [],
				lang: data.lang,
			},
			found: b.found,
		};
	});
}

/**
 * A pasted log line or symptom that matches a step or a solution is evidence for the cause
 * whose page hosts it: that cause gets the step's score (unless its own is higher), and comes
 * first on the tie; the step follows it. Only for pastes: typed words want the step itself.
 */
function hostsInherit(data: SearchIndexData, scored: Scored[], paste: boolean): Scored[] {
	if (!paste) return scored;
	const byTarget = new Map(scored.map((s) => [s.target, s]));
	for (const s of scored) {
		const host = data.targets[s.target]!.host;
		if (host === undefined) continue;
		const own = byTarget.get(host);
		if (!own || own.score < s.score)
			byTarget.set(host, { ...s, target: host, head: own?.head ?? 0 });
	}
	return [...byTarget.values()];
}

/**
 * Another error as an outcome names it (its message when this index holds it: the second file).
 * The message's first phrase, with `…` when the message goes on (a bracket cuts it into phrases).
 */
function otherError(data: SearchIndexData, target: number, by: OtherError['by']): OtherError {
	const t = data.targets[target]!;
	const doc = data.docs.findIndex(([d, role]) => d === target && role === DocRole.Message);
	const next = data.docs[doc + 1];
	const more = next?.[0] === target && next[1] === DocRole.Tail ? ' …' : '';
	return { id: t.id, codes: t.codes ?? [], message: doc >= 0 ? data.texts[doc]! + more : '', by };
}

/** The words of the picked phrases worth looking up in the sections (no stop words, each once). */
const sectionWords = (phrases: readonly PickedPhrase[]) => [
	...new Set(phrases.flatMap((p) => p.words).filter((w) => !stopwords.has(w))),
];

/**
 * Ranks a paste in one language. With `blendPasted` (the second file is there, and this is a
 * paste, not typed words: `rankPaste` of paste-ranking.ts), a paste with no confident match and no
 * code is ranked by its phrases and its words together (`blend.ts`); the verdict stays the phrases'.
 */
export function rankIn(
	index: PreparedIndex,
	query: NormalisedQuery,
	blendPasted?: BlendPasted,
): LangRanking {
	const { data } = index;
	const { own, near, foreign, others } = findCodes(index, query.codes);
	const pasted = pasteTerms(index, query);
	const matches = phraseMatches(index, pasted, query.typed === undefined);
	const byPhrase = hostsInherit(
		data,
		matches.filter((s) => !isOther(data, s.target)),
		query.typed === undefined,
	);
	const closestOther = matches
		.filter((s) => isOther(data, s.target))
		.reduce<Scored | undefined>((best, s) => (s.score > (best?.score ?? 0) ? s : best), undefined);
	const phraseOf = new Map(byPhrase.map((s) => [s.target, s]));
	const coded = new Set([...own, ...near].map((c) => c.target));

	const ranked: Scored[] = [
		...own.map(({ target, code }, i) => ({
			target,
			score: 2 - i * 0.01,
			head: 2,
			why: { type: 'code', code } as Why,
		})),
		...near
			.filter((n) => !own.some((o) => o.target === n.target))
			.map(({ target, code, pasted }, i) => ({
				target,
				score: NEAR_CODE_SCORE - i * 0.01,
				// A near code plus a matching message is as good as a message.
				head: phraseOf.get(target)?.head ?? 0,
				why: { type: 'near-code', code, pasted } as Why,
			})),
		...byPhrase.filter((s) => !coded.has(s.target)),
	]
		.sort(
			(a, b) =>
				b.score - a.score ||
				kindOrder[data.targets[a.target]!.kind] - kindOrder[data.targets[b.target]!.kind] ||
				a.target - b.target,
		)
		.slice(0, MAX_RESULTS);
	const top = ranked[0];
	const byCode = top?.why.type === 'code';
	// A confident match needs a code of ours, or the first phrase of a message, a title or a
	// signature (not only a recommended action or a step), and no code of another error. A weak
	// one needs such a phrase too: a generic later phrase ("Retry the operation in a few
	// minutes") is shared by many errors, ours and others. A code of another error in the
	// paste says it is about that error, unless one of our messages is there in full.
	// Another error the content lists is the paste's subject when its code is there (and no code
	// or full message of ours), or when its message matches as a message would and better than
	// any page of ours. A few typed words name it only when they are its message, in full.
	const head = top?.head ?? 0;
	const other = byCode
		? undefined
		: others.length > 0 && head < MATCH_MIN
			? otherError(data, others[0]!, 'code')
			: closestOther &&
				  closestOther.head >= (query.typed ? MATCH_MIN : OTHER_MIN) &&
				  closestOther.score > (top?.score ?? 0)
				? otherError(data, closestOther.target, 'phrase')
				: undefined;
	const verdict: Verdict = other
		? 'none'
		: byCode || (head >= MATCH_MIN && foreign.length === 0)
			? 'match'
			: top?.why.type === 'near-code' ||
				  (head >= WEAK_MIN && (foreign.length === 0 || head >= MATCH_MIN))
				? 'weak'
				: 'none';
	// Made on first use: a ranking that is read again against both files, or in the other
	// language, and not chosen, never lists its results (marks and snippets cost).
	let results: RankedResult[] | undefined;
	const listed = (): RankedResult[] =>
		blendPasted && verdict !== 'match' && top?.why.type === 'phrase'
			? blendPasted(data, ranked, sectionWords(pasted.picked), shown)
					.slice(0, MAX_RESULTS)
					.map(({ target, score, why }) => resultOf(index, target, score, why()))
			: ranked.map((s) => resultOf(index, s.target, s.score, shown(s)));
	return {
		lang: data.lang,
		verdict,
		best: top?.score ?? 0,
		get results() {
			return (results ??= listed());
		},
		foreignCodes: foreign,
		byCode,
		byNearCode: top?.why.type === 'near-code',
		other,
		otherScore: other?.by === 'code' ? 2 : other ? closestOther!.score : 0,
	};
}
