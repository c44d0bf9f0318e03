/**
 * Ranks the errors and causes of one language for a normalised paste, then decides the
 * verdict. Order of evidence:
 * 1. an error code of ours found verbatim in the paste (any case): certain;
 * 2. Fuse, over the index records sharing words with the few phrases picked from the paste,
 *    for the rarest of their words; each candidate confirmed by word coverage both ways (the
 *    whole message found, and little of the pasted phrase left unexplained);
 * 3. an error code that is *not* ours (`CloudInternalError`) caps the verdict at `weak`:
 *    the paste is about another error, however alike the words.
 */
import Fuse from 'fuse.js';
import type { Lang } from '../i18n/languages';
import { wordSpans } from './fold';
import type { NormalisedQuery } from './normalise';
import { FUSE_LIMIT, fuseKeys } from './options';
import { pickPhrases, type PickedPhrase } from './phrases';
import type { PreparedIndex } from './prepare';
import { coverage, phraseTerms, type PhraseTerms } from './similarity';
import { DocRole, type RankedResult, type Verdict, type Why } from './types';

/** A phrase match at or above this confidence is a `match` (measured: see docs/search.md). */
export const MATCH_MIN = 0.8;
/** Below `MATCH_MIN`, at or above this, the closest pages are shown as a `weak` match. */
export const WEAK_MIN = 0.4;
/** Results returned at most. */
export const MAX_RESULTS = 6;
/** A later phrase of a message (the recommended action) or an old anchor counts a little less. */
const roleWeight: Record<DocRole, number> = {
	[DocRole.Head]: 1,
	[DocRole.Tail]: 0.9,
	[DocRole.Alias]: 0.9,
};
/** When an error and a cause match equally, the error comes first. */
const CAUSE_WEIGHT = 0.97;
/** Each further pasted phrase that also matches a target adds a little (a full portal message). */
const SUPPORT_BONUS = 0.03;
/** Words of a paste handed to Fuse (the rarest of its picked phrases). */
const MAX_FUSE_WORDS = 8;
/** Records of the index that Fuse searches at most for one paste (those sharing the most weight with it). */
const PREFILTER_KEEP = 24;
/** Words found in more phrases than this do not select candidates (at 10,000 errors: "backup", "failed"). */
const MAX_POSTINGS = 1500;

/** Codes that look like Azure error codes: CamelCase words saying what went wrong. */
const errorish =
	/error|fail|timeout|timedout|notfound|notsupported|notpresent|inprogress|invalid|state|limit|notconfigured|unavailable|conflict|denied|exception/i;
/** Generic status names that wrappers put around any error (HTTP statuses, "job failed"): neither ours nor another error's. */
const generic =
	/^(?:InternalServerError|InternalError|BadRequest|ServiceUnavailable|GatewayTimeout|RequestTimeout|TooManyRequests|Conflict|NotFound|(?:Backup|BackupJob|Job|Operation|Deployment|Request|Task)Failed|ResourceDeploymentFailure|ErrorCode|ErrorMessage|ErrorDetails|ErrorString)$/i;
const camel = /^[A-Z]?[a-z0-9]*(?:[A-Z]+[a-z0-9]*){2,}$/;

export interface LangRanking {
	lang: Lang;
	verdict: Verdict;
	/** Best phrase or code confidence (codes score 2). */
	best: number;
	results: RankedResult[];
	foreignCodes: string[];
	/** An error code of ours was found. */
	byCode: boolean;
}

/** Our codes found in the paste, and the code-shaped words that are not ours. */
export function findCodes(
	index: PreparedIndex,
	candidates: readonly string[],
): { own: { target: number; code: string }[]; foreign: string[] } {
	const own: { target: number; code: string }[] = [];
	const foreign: string[] = [];
	for (const word of candidates) {
		// Own keys only: a pasted word such as "constructor" must not reach Object.prototype.
		const key = word.toLowerCase();
		const target = Object.hasOwn(index.data.codes, key) ? index.data.codes[key] : undefined;
		if (target !== undefined) {
			if (!own.some((o) => o.target === target)) own.push({ target, code: word });
		} else if (
			camel.test(word) &&
			errorish.test(word) &&
			!generic.test(word) &&
			!index.vocab.known(word.toLowerCase())
		) {
			foreign.push(word);
		}
	}
	return { own, foreign };
}

/** The words to give Fuse: the heaviest matchable words of each picked phrase in turn, so every phrase is represented. */
function fuseWords(
	phrases: readonly PickedPhrase[],
	similar: readonly (readonly (readonly number[])[])[],
	vocab: PreparedIndex['vocab'],
): string[] {
	const lists = phrases.map((p, k) =>
		[...new Set(p.words.filter((_, i) => similar[k]![i]!.length > 0))].sort(
			(a, b) => vocab.any(b) - vocab.any(a),
		),
	);
	const out = new Set<string>();
	for (let round = 0; out.size < MAX_FUSE_WORDS && lists.some((l) => l.length > round); round++) {
		for (const l of lists)
			if (l[round] !== undefined && out.size < MAX_FUSE_WORDS) out.add(l[round]!);
	}
	return [...out];
}

/**
 * Which records of the prebuilt index Fuse searches: for each picked phrase, those sharing the
 * most weight with it (same or near words). At the real size that is a few dozen records; at
 * 10,000 errors it keeps Fuse's work flat.
 */
function candidateDocs(index: PreparedIndex, terms: readonly PhraseTerms[]): number[] {
	const keep = new Set<number>();
	const perPhrase = Math.ceil(PREFILTER_KEEP / Math.max(1, terms.length));
	for (const t of terms) {
		const weight = new Map<number, number>();
		for (const id of t.byId.keys()) {
			const w = index.vocab.weightOf(id);
			const postings = index.vocab.postings(id);
			// A word in thousands of phrases says little and would cost the most: skip it.
			if (w > 0 && postings.length <= MAX_POSTINGS)
				for (const doc of postings) weight.set(doc, (weight.get(doc) ?? 0) + w);
		}
		const docs =
			weight.size <= perPhrase
				? [...weight.keys()]
				: [...weight]
						.sort((a, b) => b[1] - a[1])
						.slice(0, perPhrase)
						.map(([doc]) => doc);
		for (const doc of docs) keep.add(doc);
	}
	return [...keep].sort((a, b) => a - b);
}

/** Fuse over some records of the prebuilt index (their field norms kept), results mapped back to record indexes. */
function fuseSearch(index: PreparedIndex, docs: number[], query: string): number[] {
	if (docs.length === 0) return [];
	if (docs.length === index.phrases.length)
		return index.fuse.search(query, { limit: FUSE_LIMIT }).map((r) => r.refIndex);
	const records = docs.map((doc, i) => ({ ...index.records[doc]!, i }));
	const sub = new Fuse(
		docs.map((d) => index.phrases[d]!),
		{ ...index.options, keys: fuseKeys },
		Fuse.parseIndex<string>({ keys: index.data.fuse.keys, records } as Parameters<
			typeof Fuse.parseIndex
		>[0]),
	);
	return sub.search(query, { limit: FUSE_LIMIT }).map((r) => docs[r.refIndex]!);
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

export function rankIn(index: PreparedIndex, query: NormalisedQuery): LangRanking {
	const { data, vocab } = index;
	const lang = data.lang;
	const { own, foreign } = findCodes(index, query.codes);

	// The pasted phrases worth matching, each word with its weight and the index words it may stand for.
	const phrases = pickPhrases(query.phrases, vocab);
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
	const terms: PhraseTerms[] = phrases.map((p, k) =>
		phraseTerms(weightsOf(p, k), similar[k]!, p.cut, p.lines),
	);

	// Fuse ranks the candidate records for the heaviest words of the paste; each result is then
	// checked against each picked phrase, unknown words included (coverage both ways).
	const words = fuseWords(phrases, similar, vocab);
	const found =
		words.length > 0 ? fuseSearch(index, candidateDocs(index, terms), words.join(' ')) : [];
	const best = new Map<number, Best>();
	const bestHead = new Map<number, number>();
	const support = new Map<number, Set<number>>();
	for (const doc of found) {
		const [target, role] = data.docs[doc]!;
		const weight = roleWeight[role] * (data.targets[target]!.kind === 'cause' ? CAUSE_WEIGHT : 1);
		terms.forEach((t, p) => {
			const cov = coverage(t, index.words[doc]!, vocab.weightOf);
			if (cov.score >= WEAK_MIN) support.set(target, (support.get(target) ?? new Set()).add(p));
			const score = cov.score * weight;
			if (score > (best.get(target)?.score ?? 0))
				best.set(target, { score, doc, phrase: p, found: cov.found });
			if (role === DocRole.Head && score > (bestHead.get(target) ?? 0)) bestHead.set(target, score);
		});
	}
	const bonus = (target: number) =>
		SUPPORT_BONUS * Math.min(3, Math.max(0, (support.get(target)?.size ?? 0) - 1));

	const ranked = [
		...own.map(({ target, code }, i) => ({
			target,
			score: 2 - i * 0.01,
			head: 2,
			why: { type: 'code', code } as Why,
		})),
		...[...best]
			.filter(([target]) => !own.some((o) => o.target === target))
			.map(([target, b]) => {
				const text = data.texts[b.doc]!;
				const why: Why = {
					type: 'phrase',
					query: phrases[b.phrase]!.words.join(' '),
					matched: text,
					marks: marksFor(text, b.found),
					lang,
				};
				return {
					target,
					score: Math.min(1, b.score + bonus(target)),
					head: Math.min(1, (bestHead.get(target) ?? 0) + bonus(target)),
					why,
				};
			}),
	]
		.sort(
			(a, b) =>
				b.score - a.score ||
				(data.targets[a.target]!.kind === data.targets[b.target]!.kind
					? a.target - b.target
					: data.targets[a.target]!.kind === 'error'
						? -1
						: 1),
		)
		.slice(0, MAX_RESULTS);
	const results: RankedResult[] = ranked.map(({ target, score, why }) => ({
		kind: data.targets[target]!.kind,
		id: data.targets[target]!.id,
		score,
		why,
	}));

	const top = ranked[0];
	const byCode = top?.why.type === 'code';
	// A confident match needs a code of ours, or the first phrase of a message or title (not only
	// its recommended action), and no code of another error in the paste.
	const verdict: Verdict =
		byCode || (top && top.head >= MATCH_MIN && foreign.length === 0)
			? 'match'
			: top && top.score >= WEAK_MIN
				? 'weak'
				: 'none';
	return { lang, verdict, best: top?.score ?? 0, results, foreignCodes: foreign, byCode };
}
