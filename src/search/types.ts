/**
 * Shapes shared by the index builder (build time), the matcher (page, CLI, bench) and the
 * client widget. The index is plain JSON so it can be emitted by a static endpoint.
 */
import type { Lang } from '../i18n/languages';

export type TargetKind = 'error' | 'cause';

/** Something a result links to: an error page or a cause page. */
export interface SearchTarget {
	kind: TargetKind;
	id: string;
	/** Title in the index's language. */
	title: string;
	/** Errors only: codes, exact spelling. */
	codes?: string[];
	/** Errors only: cause target indexes, in the order to try them. */
	causes?: number[];
}

/**
 * Where a phrase of the index comes from; heads are what users paste first.
 * Head: first phrase of a message, a variant or a title. Tail: a later phrase of a message
 * (the portal's recommended action). Alias: an old anchor of the original article, as words.
 */
export const DocRole = { Head: 0, Tail: 1, Alias: 2 } as const;
export type DocRole = (typeof DocRole)[keyof typeof DocRole];

/** The serialised per-language index (`/{lang}/search-index.json`). */
export interface SearchIndexData {
	/** Format version: the client refuses an index it does not understand. */
	v: 1;
	lang: Lang;
	targets: SearchTarget[];
	/** One entry per Fuse record (same order): [target index, role]. */
	docs: [number, DocRole][];
	/** One entry per Fuse record: the phrase as written in the content (for display and highlighting). */
	texts: string[];
	/** Lower-cased error code → target index. */
	codes: Record<string, number>;
	/** `Fuse.createIndex(...).toJSON()` over the folded phrases (records carry the text). */
	fuse: { keys: unknown[]; records: { i: number; v: string; n: number }[] };
}

export type Verdict = 'match' | 'weak' | 'none';

/** Why a result is there: the code found in the paste, or the paste's phrase and the content phrase it matched. */
export type Why =
	| { type: 'code'; code: string }
	| {
			type: 'phrase';
			/** The pasted phrase (folded words). */
			query: string;
			/** The content phrase it matched, as written, in `lang`. */
			matched: string;
			/** [start, end) offsets of the words of `matched` found in the paste. */
			marks: [number, number][];
			lang: Lang;
	  };

export interface RankedResult {
	kind: TargetKind;
	id: string;
	/** 0…1+, higher is better (a code match scores above every phrase match). */
	score: number;
	why: Why;
}

export interface SearchOutcome {
	verdict: Verdict;
	/** Best first; at most a handful. */
	results: RankedResult[];
	/** The language whose content matched (differs from the site's when the paste was in the other language). */
	matchedLang: Lang;
	crossLanguage: boolean;
	/** Codes found in the paste that are not ours (e.g. `CloudInternalError`): a sign the paste is about another error. */
	foreignCodes: string[];
	/** True when the paste was longer than the cap and its middle was skipped. */
	truncated: boolean;
}
