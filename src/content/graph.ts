/**
 * The cross-reference graph: error → ordered causes → ordered solutions → steps,
 * plus what is derived from it (which errors list a cause, at which position).
 *
 * Pure: takes the raw entries of both languages, returns the graph and every problem the
 * named checks of `checks/` found, each naming the file and the field with a hint. The build
 * refuses to go on when there is any problem (see `load.ts`); unit tests call `checkContent`
 * on fixtures.
 */
import { languages, type Lang } from '../i18n/languages';
import { contentChecks } from './checks';
import { indexEntries, type EntryIndex } from './entry-index';
import { linkTables, type AliasTarget } from './link-tables';
import type { CauseData, CollectionName, ErrorData, SolutionData } from './schemas';
import type { CauseListing, ContentProblem, RawEntry } from './types';

export { sortIds } from './entry-index';

export interface KnowledgeBase {
	/** Error ids in reading order (`order` field, then id). */
	errorIds: string[];
	causeIds: string[];
	solutionIds: string[];
	errors: Record<Lang, Map<string, ErrorData>>;
	causes: Record<Lang, Map<string, CauseData>>;
	solutions: Record<Lang, Map<string, SolutionData>>;
	/** For each cause, the errors that list it and where (derived, never written in content). */
	causeListings: Map<string, CauseListing[]>;
	/** For each solution, the cause whose page hosts it (the first cause listing it). */
	solutionCause: Map<string, string>;
	/** Every alias (legacy anchor or former id) → the target it stands for. */
	aliases: Map<string, AliasTarget>;
	/** Error code (lower-cased) → error id. */
	codes: Map<string, string>;
}

/**
 * Runs every named check (checks/) and builds the graph. The graph is built even when there
 * are problems, from whatever resolves, so every problem can be reported at once.
 */
export function checkContent(entries: RawEntry[]): {
	kb: KnowledgeBase;
	problems: ContentProblem[];
} {
	const index = indexEntries(entries);
	const problems: ContentProblem[] = [];
	for (const check of contentChecks) check.run(index, (p) => problems.push(p));
	return { kb: buildGraph(index), problems };
}

function buildGraph(index: EntryIndex): KnowledgeBase {
	const byOrder = (c: 'errors' | 'causes') => (a: string, b: string) =>
		(index.either(c, a)?.data.order ?? 1e9) - (index.either(c, b)?.data.order ?? 1e9);
	const errorIds = index.ids('errors').sort(byOrder('errors'));
	const causeIds = index.ids('causes').sort(byOrder('causes'));
	const solutionIds = index.ids('solutions');

	// Which errors list each cause, at which position; which cause page hosts each solution.
	const causeListings = new Map<string, CauseListing[]>();
	for (const id of errorIds) {
		index.get('errors', id, 'en')?.data.causes.forEach((ref, i, list) => {
			if (!causeIds.includes(ref) || list.indexOf(ref) !== i) return;
			causeListings.set(ref, [...(causeListings.get(ref) ?? []), { errorId: id, position: i + 1 }]);
		});
	}
	const solutionCause = new Map<string, string>();
	for (const lang of languages) {
		for (const id of causeIds) {
			for (const ref of index.get('causes', id, lang)?.data.solutions ?? []) {
				if (solutionIds.includes(ref) && !solutionCause.has(ref)) solutionCause.set(ref, id);
			}
		}
	}

	const byLang = <C extends CollectionName>(c: C, ids: string[]) =>
		Object.fromEntries(
			languages.map((lang) => [
				lang,
				new Map(
					ids.flatMap((id) => {
						const e = index.get(c, id, lang);
						return e ? [[id, e.data] as const] : [];
					}),
				),
			]),
		);

	const { aliases, codes } = linkTables(index);
	return {
		errorIds,
		causeIds,
		solutionIds,
		errors: byLang('errors', errorIds) as KnowledgeBase['errors'],
		causes: byLang('causes', causeIds) as KnowledgeBase['causes'],
		solutions: byLang('solutions', solutionIds) as KnowledgeBase['solutions'],
		causeListings,
		solutionCause,
		aliases,
		codes,
	};
}

/** One line per problem, for build output and test assertions. */
export function formatProblems(problems: ContentProblem[]): string {
	return problems.map((p) => `${p.file} → ${p.field}: ${p.message}. Hint: ${p.hint}`).join('\n');
}
