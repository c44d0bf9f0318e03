/**
 * Renders search results as DOM nodes built one by one with `textContent`: nothing from the
 * paste or the index is ever parsed as HTML. Shared by the header dropdown and the search page.
 */
import type { Lang } from '../../i18n/languages';
import { otherErrorsUrl, resultUrl } from '../../lib/urls';
import type { RankedResult } from '../../search/types';
import { targetTitle } from '../../search/result';
import type { PageOutcome } from './engine';
import { camelSegments } from '../../lib/camel-breaks';
import { fill } from '../../lib/fill';
import { plural } from '../strings';
import type { SearchStrings } from './strings';

export function el<K extends keyof HTMLElementTagNameMap>(
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

/**
 * The verdict sentence: typed words get sections, a paste gets a verdict (with `none`, the
 * pages listed are those that share the most of its words, said so).
 */
const verdictText = (outcome: PageOutcome, strings: SearchStrings) =>
	outcome.results.length === 0
		? strings[`search:verdict.${outcome.verdict}`]
		: outcome.mode === 'words'
			? strings['search:verdict.words']
			: outcome.verdict === 'none'
				? strings['search:verdict.noneNearest']
				: strings[`search:verdict.${outcome.verdict}`];

/** What the live region announces: the count, the verdict and, for a match, its title (or the other error). */
export function statusLine(outcome: PageOutcome, lang: Lang, strings: SearchStrings): string {
	const count = plural(strings, 'search:count', outcome.results.length, lang);
	const first = outcome.results[0];
	const title = first && outcome.verdict === 'match' ? ` ${titleOf(outcome, first)}` : '';
	const other = otherOf(outcome);
	const named = other ? ` ${strings[`search:other.${other.by}`]} ${other.name}.` : '';
	return `${count}. ${verdictText(outcome, strings)}${title}${named}`;
}

/**
 * The other Azure Backup error the paste is (one the site does not cover), in the site's
 * language: its anchor on the other-errors page, its name (first code, else its message) and message.
 */
export function otherOf(
	outcome: PageOutcome,
): { id: string; name: string; message: string; by: 'code' | 'phrase' } | undefined {
	const o = outcome.other;
	if (!o) return undefined;
	return { id: o.id, name: o.codes[0] ?? o.message, message: o.message, by: o.by };
}

/** A code (or any text) that may break only at its CamelCase boundaries (`<wbr>`), as pages show codes. */
export function breakableCode(text: string): DocumentFragment {
	const out = document.createDocumentFragment();
	camelSegments(text).forEach((part, i) => {
		if (i > 0) out.append(document.createElement('wbr'));
		out.append(document.createTextNode(part));
	});
	return out;
}

/** The note naming the other error, with a link to its entry (which links to Microsoft's page). */
function otherNote(outcome: PageOutcome, strings: SearchStrings): HTMLElement | undefined {
	const other = otherOf(outcome);
	if (!other) return undefined;
	const p = el('p', 'note other-error', `${strings[`search:other.${other.by}`]} `);
	const a = el('a');
	a.append(breakableCode(other.name));
	a.href = otherErrorsUrl(outcome.site.data.lang, other.id);
	p.append(a);
	if (other.message && other.name !== other.message)
		p.append(
			document.createTextNode(
				// The sentence goes on after it: the message's own full stop would double it.
				` ${fill(strings['search:other.message'], { message: other.message.replace(/\.\s*$/, '') })}`,
			),
		);
	p.append(document.createTextNode(`. ${strings['search:other.after']}`));
	return p;
}

const targetOf = (outcome: PageOutcome, r: Pick<RankedResult, 'kind' | 'id'>) =>
	outcome.site.data.targets.findIndex((x) => x.kind === r.kind && x.id === r.id);

/**
 * The title of a result in the site's language (falls back to the id): a step's own title, or,
 * for a step without one, which step of which solution it is.
 */
export function titleOf(
	outcome: PageOutcome,
	r: Pick<RankedResult, 'kind' | 'id'>,
	strings?: SearchStrings,
): string {
	const data = outcome.site.data;
	const i = targetOf(outcome, r);
	const t = data.targets[i];
	if (!t) return r.id;
	if (t.kind === 'step' && t.title !== undefined) return t.title;
	return (strings && stepOf(outcome, r, strings)) ?? targetTitle(data, i);
}

/**
 * What a result's line says: its title and, for a step with a title of its own (many steps share
 * one: "Retry the backup"), which step of which solution it is.
 */
export function headingOf(
	outcome: PageOutcome,
	r: Pick<RankedResult, 'kind' | 'id'>,
	strings: SearchStrings,
): { title: string; where?: string } {
	const title = titleOf(outcome, r, strings);
	const where = stepOf(outcome, r, strings);
	return where && where !== title ? { title, where } : { title };
}

/** Which step of which solution a step result is ("Step 2 of “…”"); undefined for another result. */
function stepOf(
	outcome: PageOutcome,
	r: Pick<RankedResult, 'kind' | 'id'>,
	strings: SearchStrings,
): string | undefined {
	const data = outcome.site.data;
	const t = data.targets[targetOf(outcome, r)];
	if (t?.kind !== 'step' || t.step === undefined || t.parent === undefined) return undefined;
	return fill(strings['search:stepTitle'], {
		n: String(t.step),
		title: targetTitle(data, t.parent),
	});
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
	const other = otherNote(outcome, strings);
	if (other) nodes.push(other);
	if (outcome.crossLanguage)
		nodes.push(el('p', 'note cross-language', strings['search:crossLanguage']));
	if (outcome.foreignNote) nodes.push(outcome.foreignNote(strings));
	if (outcome.truncated) nodes.push(el('p', 'note', strings['search:truncated']));
	return nodes;
}
