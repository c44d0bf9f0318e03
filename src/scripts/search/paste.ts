/**
 * A paste in the page (typed words too, once they may be a message or a code): the matcher of
 * src/search/ run one step at a time, as `searchNormalised` (src/search/search.ts) runs it,
 * except that the second file and the other language's index are fetched only when needed.
 * This code comes with a paste's first search, not with typed words read alone (typed.ts).
 */
import { otherLang } from '../../i18n/languages';
import type { NormalisedQuery } from '../../search/normalise';
import {
	combine,
	mayWantOtherLanguage,
	namesPageAsWords,
	rankPaste,
	readAsWords,
	typedInOther,
	wantsOtherLanguage,
} from '../../search/paste-ranking';
import type { PreparedIndex } from '../../search/prepare';
import { needsCodeLookup, rankIn } from '../../search/rank';
import type { PageOutcome } from './engine';
import { loadCodeLookup, loadIndex, loadSections, loadTypedCode } from './files';

export async function pasteOutcome(
	query: NormalisedQuery,
	site: PreparedIndex,
): Promise<PageOutcome> {
	const lang = site.data.lang;
	if (needsCodeLookup(site, query.codes)) await loadCodeLookup();
	const rank = async (index: PreparedIndex, first = rankIn(index, query)) => {
		if (first.verdict === 'match') return first;
		// Typed words read the second file only when they may be another error's message.
		if (query.typed && !(await (await loadTypedCode()).typedMayNameOther(index.data.lang, query)))
			return first;
		// A paste is also ranked by its words: that code comes with the typed words' (typed.ts).
		let typed;
		try {
			[typed] = await Promise.all([loadTypedCode(), loadSections(index.data.lang)]);
		} catch {
			return first;
		}
		return rankPaste(index, query, typed.blendPastedWords, first);
	};
	const first = await rank(site);
	let other;
	// The language check comes with the typed words' code, fetched only when the other language
	// may be read (a paste with no confident match has it already); without it, no other language.
	const readsAsOnly = mayWantOtherLanguage(first, query)
		? await loadTypedCode().then(
				(code) => code.readsAsOnly,
				() => undefined,
			)
		: undefined;
	if (readsAsOnly && wantsOtherLanguage(first, query, readsAsOnly)) {
		try {
			const index = await loadIndex(otherLang(lang));
			// Typed words read the other language's messages, not its steps, unless they name
			// another error there (its second file only when they may).
			const messages = rankIn(index, query);
			const ranked = await rank(index, messages);
			other = query.typed ? typedInOther(messages, ranked) : ranked;
		} catch {
			// The other language is a bonus: without it, the site's answer stands.
		}
	}
	const pasted = combine(first, other, query.truncated);
	if (readAsWords(pasted, query))
		return { ...(await (await loadTypedCode()).typedOutcome(query, lang)), site };
	if (namesPageAsWords(pasted, query)) {
		// The page they name, then the sections that hold them (their code and shards on top).
		try {
			const typed = await loadTypedCode();
			return { ...typed.namedThenSections(pasted, await typed.typedOutcome(query, lang)), site };
		} catch {
			// The sections are a bonus: without them, the page they name stands.
		}
	}
	return { ...pasted, site };
}
