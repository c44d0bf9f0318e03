/**
 * The search page's full result list (the header box shows its own, shorter one): rendered as
 * render.ts renders, in a module of its own so that the header box's first search does not
 * load it.
 */
import type { Lang } from '../../i18n/languages';
import { causeUrl, resultUrl } from '../../lib/urls';
import type { PageOutcome } from './engine';
import { causesOf, el, headingOf, whyNode } from './render';
import type { PageStrings } from './strings';

/**
 * The full result list of the search page: links, why, and the top error's causes in order.
 * After a confident match, the pages that come next are not "Best match" too: they follow
 * under a heading of their own, numbered on.
 */
export function resultList(outcome: PageOutcome, lang: Lang, strings: PageStrings): HTMLElement[] {
	const list = el('ol', 'results');
	const out: HTMLElement[] = [list];
	outcome.results.forEach((r, i) => {
		const item = el('li', 'result');
		item.dataset.kind = r.kind;
		item.dataset.id = r.id;
		const link = el('a', 'result-link');
		link.href = resultUrl(lang, r);
		const { title, where } = headingOf(outcome, r, strings);
		link.append(el('span', 'kind', strings[`search:kind.${r.kind}`]), el('span', 'title', title));
		item.append(link);
		if (where) item.append(el('p', 'where', where));
		item.append(whyNode(r, strings));
		const causes = i === 0 && outcome.verdict === 'match' ? causesOf(outcome, r) : [];
		if (causes.length > 0) {
			const box = el('div', 'causes');
			box.append(el('p', 'causes-title', strings['search:causes']));
			const ol = el('ol');
			for (const c of causes) {
				const li = el('li');
				const a = el('a', undefined, c.title);
				a.href = causeUrl(lang, c.id);
				li.append(a);
				ol.append(li);
			}
			box.append(ol);
			item.append(box);
		}
		if (i === 1 && outcome.verdict === 'match') {
			const rest = el('ol', 'results');
			rest.start = 2;
			out.push(el('p', 'verdict', strings['search:verdict.next']), rest);
		}
		out.at(-1)!.append(item);
	});
	return out;
}
