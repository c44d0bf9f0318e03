/** Renamed entries: one redirect page per former id of an error or a cause. Pure. */
import type { KnowledgeBase } from '../../content/graph';
import type { Lang } from '../../i18n/languages';
import { causeUrl, errorUrl } from '../urls';

export interface FormerIdRedirect {
	lang: Lang;
	/** URL segment of the collection: `errors` or `causes` (solutions have no page of their own). */
	collection: 'errors' | 'causes';
	formerId: string;
	/** The current URL. */
	target: string;
}

/** One redirect page per former id of an error or a cause, in each language. */
export function formerIdRedirects(kb: KnowledgeBase, langs: readonly Lang[]): FormerIdRedirect[] {
	const out: FormerIdRedirect[] = [];
	for (const [alias, to] of kb.aliases) {
		if (to.kind !== 'formerId' || to.collection === 'solutions') continue;
		for (const lang of langs) {
			const target = to.collection === 'errors' ? errorUrl(lang, to.id) : causeUrl(lang, to.id);
			out.push({ lang, collection: to.collection, formerId: alias, target });
		}
	}
	return out.sort((a, b) =>
		`${a.lang}/${a.collection}/${a.formerId}`.localeCompare(
			`${b.lang}/${b.collection}/${b.formerId}`,
		),
	);
}
