/**
 * The cross-reference graph: error → ordered causes → ordered solutions → steps,
 * plus what is derived from it (which errors list a cause, at which position).
 *
 * Pure: takes the raw entries of both languages, returns the graph and every problem
 * found, each naming the file and the field with a hint. The build refuses to go on when
 * there is any problem (see `load.ts`); unit tests call `checkContent` on fixtures.
 */
import { languages, type Lang } from '../i18n/languages';
import type { CauseData, CollectionName, ErrorData, SolutionData } from './schemas';
import type { CauseListing, ContentProblem, RawEntry } from './types';

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
	aliases: Map<
		string,
		{ collection: CollectionName; id: string; kind: 'legacyAnchor' | 'formerId' }
	>;
	/** Error code (lower-cased) → error id. */
	codes: Map<string, string>;
}

const collections: CollectionName[] = ['errors', 'causes', 'solutions'];

/** Fields that are language-neutral and must be identical in the French and English twins. */
const neutralFields: Record<CollectionName, string[]> = {
	errors: ['order', 'codes', 'causes', 'laterCauses', 'legacyAnchors', 'formerIds', 'sources'],
	causes: [
		'order',
		'appliesTo',
		'solutions',
		'presentation',
		'legacyAnchors',
		'formerIds',
		'sources',
	],
	solutions: ['appliesTo', 'legacyAnchors', 'formerIds', 'sources'],
};

/** Content order is not guaranteed by the loader: sort ids for deterministic output. */
export function sortIds(ids: Iterable<string>): string[] {
	return [...new Set(ids)].sort((a, b) => a.localeCompare(b, 'en'));
}

function same(a: unknown, b: unknown): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}

/** Checks everything the schemas cannot see on their own and builds the graph. */
export function checkContent(entries: RawEntry[]): {
	kb: KnowledgeBase;
	problems: ContentProblem[];
} {
	const problems: ContentProblem[] = [];
	const report = (file: string, field: string, message: string, hint: string) =>
		problems.push({ file, field, message, hint });

	// Index by collection, id and language; one file per entry per language.
	const index = new Map<string, RawEntry>();
	const key = (c: CollectionName, id: string, lang: Lang) => `${c}/${lang}/${id}`;
	for (const entry of entries) {
		const k = key(entry.collection, entry.id, entry.lang);
		const previous = index.get(k);
		if (previous) {
			report(
				entry.file,
				'id',
				`duplicate id "${entry.id}" (also ${previous.file})`,
				'Rename one of the files: the file name is the id.',
			);
			continue;
		}
		index.set(k, entry);
	}
	const get = <C extends CollectionName>(c: C, id: string, lang: Lang) =>
		index.get(key(c, id, lang)) as RawEntry<C> | undefined;
	const idsOf = (c: CollectionName) =>
		sortIds(entries.filter((e) => e.collection === c).map((e) => e.id));

	// Ids are anchors on shared pages: they must be unique across collections.
	const owner = new Map<string, CollectionName>();
	for (const c of collections) {
		for (const id of idsOf(c)) {
			const other = owner.get(id);
			if (other) {
				const file = (get(c, id, 'en') ?? get(c, id, 'fr'))!.file;
				report(
					file,
					'id',
					`id "${id}" is used in both ${other} and ${c}`,
					'Ids are anchors shared by all pages: give each entry a unique id.',
				);
			} else owner.set(id, c);
		}
	}

	// Every entry exists in both languages, with the same language-neutral fields.
	for (const c of collections) {
		for (const id of idsOf(c)) {
			const [fr, en] = [get(c, id, 'fr'), get(c, id, 'en')];
			for (const lang of languages) {
				if (!get(c, id, lang)) {
					const twin = (fr ?? en)!;
					report(
						twin.file,
						'id',
						`no ${lang === 'fr' ? 'French' : 'English'} twin for "${id}"`,
						`Add content/${c}/${lang}/${id}.mdx with the same id (file name).`,
					);
				}
			}
			if (fr && en) {
				for (const field of neutralFields[c]) {
					const a = (fr.data as Record<string, unknown>)[field];
					const b = (en.data as Record<string, unknown>)[field];
					if (!same(a, b))
						report(
							fr.file,
							field,
							`differs from its English twin ${en.file}`,
							`"${field}" is language-neutral: make both files list the same values in the same order.`,
						);
				}
				if (c === 'solutions') {
					const stepsOf = (e: RawEntry) =>
						(e.data as SolutionData).steps.map((s) => ({
							id: s.id,
							code: s.code.map((x) => [x.kind, x.value]),
						}));
					if (!same(stepsOf(fr), stepsOf(en)))
						report(
							fr.file,
							'steps',
							`step ids or their code differ from the English twin ${en.file}`,
							'Keep the same steps, in the same order, with the same ids and the same verbatim code in both languages.',
						);
				}
			}
		}
	}

	const byOrder = (c: 'errors' | 'causes') => (a: string, b: string) =>
		((get(c, a, 'en') ?? get(c, a, 'fr'))?.data.order ?? 1e9) -
		((get(c, b, 'en') ?? get(c, b, 'fr'))?.data.order ?? 1e9);
	const errorIds = idsOf('errors').sort(byOrder('errors'));
	const causeIds = idsOf('causes').sort(byOrder('causes'));
	const solutionIds = idsOf('solutions');

	// References resolve, are not repeated, and every cause and solution is used.
	const causeListings = new Map<string, CauseListing[]>();
	const solutionCause = new Map<string, string>();
	for (const lang of languages) {
		for (const id of errorIds) {
			const e = get('errors', id, lang);
			if (!e) continue;
			e.data.causes.forEach((ref, i) => {
				if (!causeIds.includes(ref))
					report(
						e.file,
						`causes[${i}]`,
						`unknown cause "${ref}"`,
						`Use one of: ${causeIds.join(', ')}.`,
					);
				else if (e.data.causes.indexOf(ref) !== i)
					report(
						e.file,
						`causes[${i}]`,
						`cause "${ref}" is listed twice`,
						'Each cause appears once, at the position to try it.',
					);
				else if (lang === 'en') {
					const list = causeListings.get(ref) ?? [];
					list.push({ errorId: id, position: i + 1 });
					causeListings.set(ref, list);
				}
			});
			// A cause a later edition added goes after every cause the seed had.
			const seedCount = e.data.causes.length - e.data.laterCauses.length;
			e.data.laterCauses.forEach(({ cause }, i) => {
				const at = e.data.causes.indexOf(cause);
				if (at < seedCount)
					report(
						e.file,
						`laterCauses[${i}].cause`,
						at < 0
							? `"${cause}" is not in this error's causes`
							: `"${cause}" comes before a cause of the seed`,
						'List every cause a later edition added at the end of `causes`, after the seed’s.',
					);
			});
		}
		for (const id of causeIds) {
			const c = get('causes', id, lang);
			if (!c) continue;
			c.data.solutions.forEach((ref, i) => {
				if (!solutionIds.includes(ref))
					report(
						c.file,
						`solutions[${i}]`,
						`unknown solution "${ref}"`,
						`Use one of: ${solutionIds.join(', ')}.`,
					);
				else if (c.data.solutions.indexOf(ref) !== i)
					report(
						c.file,
						`solutions[${i}]`,
						`solution "${ref}" is listed twice`,
						'Each solution appears once per cause.',
					);
				else {
					if (!solutionCause.has(ref)) solutionCause.set(ref, id);
					const s = get('solutions', ref, lang);
					if (c.data.presentation === 'table' && s && !s.data.condition)
						report(
							s.file,
							'condition',
							`cause "${id}" shows its solutions as a table, but this row has no condition`,
							'Add `condition:` (the sub-cause, the left column of the table).',
						);
				}
			});
		}
	}
	for (const id of causeIds) {
		if (!causeListings.has(id)) {
			const c = (get('causes', id, 'en') ?? get('causes', id, 'fr'))!;
			report(
				c.file,
				'id',
				`no error lists the cause "${id}"`,
				'Add it to the `causes` of an error, or delete the file.',
			);
		}
	}
	for (const id of solutionIds) {
		if (!solutionCause.has(id)) {
			const s = (get('solutions', id, 'en') ?? get('solutions', id, 'fr'))!;
			report(
				s.file,
				'id',
				`no cause uses the solution "${id}"`,
				'Add it to the `solutions` of a cause, or delete the file.',
			);
		}
	}

	// Steps: ids unique within their solution (the schema already requires one on each step).
	for (const entry of entries) {
		if (entry.collection !== 'solutions') continue;
		const seen = new Set<string>();
		(entry.data as SolutionData).steps.forEach((step, i) => {
			if (seen.has(step.id))
				report(
					entry.file,
					`steps[${i}].id`,
					`duplicate step id "${step.id}"`,
					'Give each step of a solution its own id.',
				);
			seen.add(step.id);
		});
	}

	// Aliases (legacy anchors, former ids) and error codes name exactly one place.
	const aliases: KnowledgeBase['aliases'] = new Map();
	const codes = new Map<string, string>();
	for (const c of collections) {
		for (const id of idsOf(c)) {
			const e = get(c, id, 'en') ?? get(c, id, 'fr');
			if (!e) continue;
			const data = e.data as ErrorData | CauseData | SolutionData;
			const add = (alias: string, kind: 'legacyAnchor' | 'formerId', field: string) => {
				const taken = aliases.get(alias);
				if (taken)
					report(
						e.file,
						field,
						`alias "${alias}" also belongs to ${taken.collection}/${taken.id}`,
						'An old link can lead to one place only: keep the alias on one entry.',
					);
				else if (owner.has(alias) && kind === 'formerId')
					report(
						e.file,
						field,
						`former id "${alias}" is the id of a current entry`,
						'A former id must not be in use.',
					);
				else aliases.set(alias, { collection: c, id, kind });
			};
			data.legacyAnchors.forEach((a, i) => add(a, 'legacyAnchor', `legacyAnchors[${i}]`));
			data.formerIds.forEach((a, i) => add(a, 'formerId', `formerIds[${i}]`));
			if (c === 'errors') {
				(data as ErrorData).codes.forEach((code, i) => {
					const k = code.toLowerCase();
					const taken = codes.get(k);
					if (taken)
						report(
							e.file,
							`codes[${i}]`,
							`error code "${code}" is also listed by error "${taken}"`,
							'A code must identify one error.',
						);
					else codes.set(k, id);
				});
			}
		}
	}

	const byLang = <C extends CollectionName>(c: C, ids: string[]) =>
		Object.fromEntries(
			languages.map((lang) => [
				lang,
				new Map(
					ids.flatMap((id) => {
						const e = get(c, id, lang);
						return e ? [[id, e.data] as const] : [];
					}),
				),
			]),
		);

	const kb: KnowledgeBase = {
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
	return { kb, problems };
}

/** One line per problem, for build output and test assertions. */
export function formatProblems(problems: ContentProblem[]): string {
	return problems.map((p) => `${p.file} → ${p.field}: ${p.message}. Hint: ${p.hint}`).join('\n');
}
