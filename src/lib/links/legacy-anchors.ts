/**
 * The original article's anchors (`<a name>` in the seed): where each one leads now, on the
 * single-page view of the article or on an entry's own page. Pure.
 */
import type { KnowledgeBase } from '../../content/graph';
import type { Lang } from '../../i18n/languages';
import { causeUrl, errorUrl, solutionUrl } from '../urls';

/**
 * Anchors of the original article that belong to the article itself, not to one entry: they
 * stay on the single-page view, which keeps an element with each of these ids.
 */
export const articleOwnAnchors = {
	/** The article's `h1`. */
	title: 'troubleshoot-azure-backup-failure-issues-with-agent-andor-extension',
	/** The "Causes and solutions" section. */
	causes: 'causes-and-solutions',
} as const;

/**
 * `#solution` is repeated under every cause of the article; a browser lands on the first one,
 * which belongs to the first cause of the "Causes and solutions" section.
 */
export const repeatedSolutionAnchor = 'solution';

/** Id of the cause solutions section on a cause page (kept in sync with `causes/[id].astro`). */
export const causeSolutionsAnchor = 'solutions';

/** `cause-3-…` anchors name a cause at a position in some error's list. */
const positional = /^cause-(\d+)-/;

/**
 * Where one legacy anchor of the article leads, in one language, or `undefined` for the
 * anchors that stay on the single-page view (the title, "causes and solutions").
 *
 * - an error's anchor → that error's page;
 * - `cause-N-…` (the "Cause N:" lines under each error) are kept by the error under which the
 *   original article first had them: → that error's page, at its N-th cause;
 * - a cause's own anchor → the cause page; a solution's → its hosting cause page at its anchor;
 * - `solution` → the solutions of the first cause in reading order.
 */
export function legacyTarget(kb: KnowledgeBase, lang: Lang, anchor: string): string | undefined {
	if (anchor === repeatedSolutionAnchor) {
		const first = kb.causeIds[0];
		return first ? `${causeUrl(lang, first)}#${causeSolutionsAnchor}` : undefined;
	}
	const to = kb.aliases.get(anchor);
	if (!to || to.kind !== 'legacyAnchor') return undefined;
	if (to.collection === 'errors') {
		const n = positional.exec(anchor);
		const cause = n ? kb.errors[lang].get(to.id)?.causes[Number(n[1]) - 1] : undefined;
		return cause ? `${errorUrl(lang, to.id)}#${cause}` : errorUrl(lang, to.id);
	}
	if (to.collection === 'solutions') {
		const host = kb.solutionCause.get(to.id);
		return host ? solutionUrl(lang, host, to.id) : undefined;
	}
	return causeUrl(lang, to.id);
}

/**
 * Every legacy anchor that leaves the article page → its target, for one language. A
 * null-prototype object: an anchor named like an object member (`__proto__`) is kept as a key.
 */
export function legacyAnchorMap(kb: KnowledgeBase, lang: Lang): Record<string, string> {
	const out = Object.create(null) as Record<string, string>;
	const anchors = [
		...[...kb.aliases].filter(([, to]) => to.kind === 'legacyAnchor').map(([a]) => a),
		repeatedSolutionAnchor,
	];
	for (const anchor of anchors.sort()) {
		const target = legacyTarget(kb, lang, anchor);
		if (target) out[anchor] = target;
	}
	return out;
}
