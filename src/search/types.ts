/**
 * Shapes shared by the index builder (build time), the matcher (page, CLI, bench) and the
 * client widget. The index is plain JSON so it can be emitted by a static endpoint.
 */
import type { Lang } from '../i18n/languages';

/**
 * What a result is: an error page, a cause page, a solution or a step on its cause's page, or a
 * check (a section of the health checklist, a support block or one of its steps) on the checklist page.
 */
export type ResultKind = 'error' | 'cause' | 'solution' | 'step' | 'check';
/**
 * What a target of the index is: a result, or another Azure Backup error, one the site does not
 * cover (its message is indexed so that a paste of it is recognised, and never shown as ours).
 */
export type TargetKind = ResultKind | 'other';

/**
 * Among equal scores, the most precise place first: an error, then a cause, a solution, a step;
 * a check (a summary) after them. Both rankings (rank.ts, blend.ts) order ties by it.
 */
export const kindOrder = {
	error: 0,
	cause: 1,
	solution: 2,
	step: 3,
	check: 4,
	other: 5,
} as const satisfies Record<TargetKind, number>;

/** Something a result links to. */
export interface SearchTarget {
	kind: TargetKind;
	/** Entry id; for a step, `<solution>--<step>` (its anchor). */
	id: string;
	/** Title in the index's language (a step has none: it shows its solution's; another error's is its message). */
	title?: string;
	/** Errors (ours and others): codes, exact spelling. */
	codes?: string[];
	/** Errors only: cause target indexes, in the order to try them. */
	causes?: number[];
	/** Solutions and steps: the cause whose page hosts them (target index). */
	host?: number;
	/** Steps: their solution (target index) and their position in it, from 1. */
	parent?: number;
	step?: number;
}

/**
 * What a phrase of the index is, which decides what it may prove:
 * - `Message`: the first phrase of an error's message or of a variant;
 * - `Shared`: the first phrase of a wording another error has too (its own message wins a tie);
 * - `Tail`: a later phrase of a message (the portal's recommended action) or of a signature;
 * - `Title`: the title of an error, a cause or a solution;
 * - `Signature`: the first phrase of what an error or a cause looks like (a log line, a state),
 *   or the phrase that the content names as what identifies a log line (its `key`);
 * - `LinePart`: the first telling phrase of a log line the index cuts in several, with no `key`
 *   (`Faulting application name: IaaSBcdrExtension.exe`): alone, a fragment other programs may
 *   write too; with another phrase of the same page's wording (the rest of the line), the line;
 * - `Prose`: a summary, a step, a note, a condition (typed words find it; a paste only weakly);
 * - `Heading`: a step's own title, in one phrase (second file): shown as the step's title in
 *   results (`nameStep`), not searched (its words are the step text's; read as a heading they
 *   cost typed words and pastes on the tuning split: docs/search.md and docs/search-log.md,
 *   "Step titles");
 * - `Code`: a command, a registry key, a path or a setting of a step.
 */
export const DocRole = {
	Message: 0,
	Tail: 1,
	Title: 2,
	Signature: 3,
	Prose: 4,
	Code: 5,
	Shared: 6,
	LinePart: 7,
	Heading: 8,
} as const;
export type DocRole = (typeof DocRole)[keyof typeof DocRole];

/**
 * The serialised per-language index, in two files. `/{lang}/search-index.json` holds every
 * target, the codes, and what a paste is matched against (messages, titles, signatures);
 * `/{lang}/search-sections.json` holds the rest of the text (summaries, steps, commands,
 * notes), which only typed words search: a paste never loads it.
 */
export interface SearchIndexData {
	/** Format version: the client refuses an index it does not understand. */
	v: 2;
	lang: Lang;
	targets: SearchTarget[];
	/** One entry per phrase: [target index, role]. */
	docs: [number, DocRole][];
	/** One entry per phrase: the phrase as written in the content (folded when the index is loaded). */
	texts: string[];
	/** Lower-cased error code → target index. */
	codes: Record<string, number>;
	/**
	 * Groups of folded phrases (words separated by a space) that stand for one another in a
	 * paste (`content/synonyms/`, `phrases`; phrase-synonyms.ts).
	 */
	phraseSynonyms?: string[][] | undefined;
}

/** The second file: more phrases of the same targets (roles `Prose` and `Code`). */
export interface SearchSectionsData {
	v: 2;
	lang: Lang;
	docs: [number, DocRole][];
	texts: string[];
	/** Other errors (kind `other`), numbered after the first file's targets. */
	targets?: SearchTarget[];
	/** Their codes (lower case) → target. */
	codes?: Record<string, number>;
	/** Groups of folded words that stand for one another in search (`content/synonyms/`). */
	synonyms?: string[][];
	/**
	 * The first file's checks, in order, as `[id, title]`: a check answers typed words alone, so
	 * the first file, which every paste reads, only counts them (`nameChecks`).
	 */
	checks?: [string, string][];
}

export type Verdict = 'match' | 'weak' | 'none';

/** How the query was read: a pasted error (message, log, JSON) or a few typed words. */
export type QueryMode = 'paste' | 'words';

/** Why a result is there. */
export type Why =
	| { type: 'code'; code: string }
	/** A code-shaped word that is close to one of ours (cut or mistyped): not proof. */
	| { type: 'near-code'; code: string; pasted: string }
	| {
			type: 'phrase';
			/** The pasted phrase or typed words (folded). */
			query: string;
			/** The content phrase it matched, as written, in `lang`. */
			matched: string;
			/** [start, end) offsets of the words of `matched` found in the query. */
			marks: [number, number][];
			lang: Lang;
	  };

export interface RankedResult {
	kind: ResultKind;
	id: string;
	/** Solutions and steps: the cause whose page hosts them (their link is on that page). */
	host?: string;
	/** 0…1+, higher is better (a code match scores above every phrase match). */
	score: number;
	why: Why;
}

/** Another Azure Backup error, as a search outcome names it (its entry on the other-errors page). */
export interface OtherError {
	id: string;
	codes: string[];
	/** Its message in the index's language ('' when named by its code from the first file alone). */
	message: string;
	/** How it was recognised: its code, or its message. */
	by: 'code' | 'phrase';
}

export interface SearchOutcome {
	verdict: Verdict;
	mode: QueryMode;
	/** Best first; at most a handful. */
	results: RankedResult[];
	/** The language whose content matched (differs from the site's when the paste was in the other language). */
	matchedLang: Lang;
	crossLanguage: boolean;
	/** Codes found in the paste that are not ours (e.g. `CloudInternalError`): a sign the paste is about another error. */
	foreignCodes: string[];
	/** Another Azure Backup error the paste is, one the site does not cover (its code or its message was found). */
	other?: OtherError | undefined;
	/** True when the paste was longer than the cap and its middle was skipped. */
	truncated: boolean;
}
