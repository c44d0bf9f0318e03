/**
 * Renders search results as DOM nodes built one by one with `textContent`: nothing from the
 * paste or the index is ever parsed as HTML. Shared by the header dropdown and the search page.
 */
import type { Lang } from '../../i18n/languages';
import { causeUrl, resultUrl } from '../../lib/urls';
import type { RankedResult } from '../../search/types';
import { targetTitle } from '../../search/result';
import type { PageOutcome } from './engine';
import { fill } from '../../lib/fill';
import { plural } from '../strings';
import type { SearchStrings } from './strings';

function el<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	className?: string,
	text?: string,
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (className) node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
}

export { resultUrl };

/** The verdict sentence: typed words get sections, a paste gets a verdict. */
const verdictText = (outcome: PageOutcome, strings: SearchStrings) =>
	outcome.mode === 'words' && outcome.results.length > 0
		? strings['search:verdict.words']
		: strings[`search:verdict.${outcome.verdict}`];

/** What the live region announces: the count, the verdict and, for a match, its title. */
export function statusLine(outcome: PageOutcome, lang: Lang, strings: SearchStrings): string {
	const count = plural(strings, 'search:count', outcome.results.length, lang);
	const first = outcome.results[0];
	const title = first && outcome.verdict === 'match' ? ` ${titleOf(outcome, first)}` : '';
	return `${count}. ${verdictText(outcome, strings)}${title}`;
}

/** The title of a result in the site's language (falls back to the id); a step says which. */
export function titleOf(
	outcome: PageOutcome,
	r: Pick<RankedResult, 'kind' | 'id'>,
	strings?: SearchStrings,
): string {
	const data = outcome.site.data;
	const i = data.targets.findIndex((x) => x.kind === r.kind && x.id === r.id);
	const t = data.targets[i];
	if (!t) return r.id;
	const title = targetTitle(data, i);
	return t.kind === 'step' && t.step !== undefined && strings
		? fill(strings['search:stepTitle'], { n: String(t.step), title })
		: title;
}

/** The causes of an error, in order, from the site's index. */
export function causesOf(outcome: PageOutcome, r: RankedResult): { id: string; title: string }[] {
	if (r.kind !== 'error') return [];
	const targets = outcome.site.data.targets;
	const error = targets.find((t) => t.kind === 'error' && t.id === r.id);
	return (error?.causes ?? []).flatMap((i) =>
		targets[i] ? [{ id: targets[i].id, title: targetTitle(outcome.site.data, i) }] : [],
	);
}

/** "Why": the code, or the matched content phrase with the words found in the paste marked. */
export function whyNode(r: RankedResult, strings: SearchStrings): HTMLElement {
	const p = el('p', 'why');
	if (r.why.type === 'near-code') {
		p.append(
			el('span', 'why-label', `${strings['search:why.nearCode']} `),
			el('code', undefined, r.why.code),
		);
		return p;
	}
	if (r.why.type === 'code') {
		p.append(
			el('span', 'why-label', `${strings['search:why.code']} `),
			el('code', undefined, r.why.code),
		);
		return p;
	}
	p.append(el('span', 'why-label', `${strings['search:why.phrase']} `));
	const q = el('q', undefined);
	q.lang = r.why.lang;
	const text = r.why.matched;
	let at = 0;
	for (const [start, end] of r.why.marks) {
		if (start < at || end > text.length) continue;
		if (start > at) q.append(document.createTextNode(text.slice(at, start)));
		q.append(el('mark', undefined, text.slice(start, end)));
		at = end;
	}
	if (at < text.length) q.append(document.createTextNode(text.slice(at)));
	p.append(q);
	return p;
}

/** The verdict sentence and the notes (cross-language, foreign codes, truncation). */
export function summaryNodes(outcome: PageOutcome, strings: SearchStrings): HTMLElement[] {
	const nodes: HTMLElement[] = [el('p', 'verdict', verdictText(outcome, strings))];
	if (outcome.crossLanguage)
		nodes.push(el('p', 'note cross-language', strings['search:crossLanguage']));
	if (outcome.foreignCodes.length > 0)
		nodes.push(
			el(
				'p',
				'note',
				fill(strings['search:foreignCodes'], {
					codes: outcome.foreignCodes.slice(0, 3).join(', '),
				}),
			),
		);
	if (outcome.truncated) nodes.push(el('p', 'note', strings['search:truncated']));
	return nodes;
}

/** The full result list of the search page: links, why, and the top error's causes in order. */
export function resultList(
	outcome: PageOutcome,
	lang: Lang,
	strings: SearchStrings,
): HTMLOListElement {
	const list = el('ol', 'results');
	outcome.results.forEach((r, i) => {
		const item = el('li', 'result');
		item.dataset.kind = r.kind;
		item.dataset.id = r.id;
		const link = el('a', 'result-link');
		link.href = resultUrl(lang, r);
		link.append(
			el('span', 'kind', strings[`search:kind.${r.kind}`]),
			el('span', 'title', titleOf(outcome, r, strings)),
		);
		item.append(link, whyNode(r, strings));
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
		list.append(item);
	});
	return list;
}
