/**
 * The search page: reads `?q=`, shows the results as you type or paste (runner.ts), and keeps
 * the query in the URL with `history.replaceState` (one history entry, however much you type).
 * A long paste puts only a capped query in the URL and the full text in sessionStorage
 * (paste-store.ts), so a reload searches the same text. The results region carries
 * `data-verdict` (match | weak | none) and `data-state` (idle | loading | ready | error).
 * Back from a result finds the page where it was: the results are drawn after the browser would
 * restore the scroll, so the page keeps its position in its history entry and restores it itself.
 */
import { isLang, type Lang } from '../../i18n/languages';
import { searchUrl } from '../../lib/urls';
import { describeFailure, failureNode, loadingNode } from './failure';
import { handOff, pasteFor } from './paste-store';
import { statusLine, summaryNodes } from './render';
import { resultList } from './result-list';
import { searchRunner } from './runner';
import { readStrings } from '../strings';
import type { PageStringKey } from './strings';

export function enhanceSearchPage(): void {
	const form = document.querySelector<HTMLFormElement>('form.search-page-form');
	const box = form?.querySelector<HTMLTextAreaElement>('textarea[name="q"]');
	const region = document.querySelector<HTMLElement>('#search-results');
	const status = document.querySelector<HTMLElement>('#search-status');
	if (!form || !box || !region || !status) return;
	const lang: Lang = isLang(region.dataset.lang) ? region.dataset.lang : 'en';
	const strings = readStrings<PageStringKey>(region);
	/** The full list of errors rendered in the region: shown for an empty box and after a failure. */
	const fullList = [...region.childNodes];
	/** The page's own title; a search puts its query in front, so tabs and history tell searches apart. */
	const pageTitle = document.title;
	const titleFor = (query: string) => {
		const line = query.trim().replace(/\s+/g, ' ');
		return line ? `${line.length > 60 ? `${line.slice(0, 59)}…` : line} · ${pageTitle}` : pageTitle;
	};
	history.scrollRestoration = 'manual';
	let restore = (history.state as { searchScrollY?: unknown } | null)?.searchScrollY;
	addEventListener('pagehide', () =>
		history.replaceState({ ...history.state, searchScrollY: scrollY }, ''),
	);
	const runner = searchRunner(lang, () => box.value, {
		idle() {
			history.replaceState(history.state, '', searchUrl(lang));
			document.title = pageTitle;
			region.dataset.state = 'idle';
			region.dataset.showing = 'list';
			delete region.dataset.verdict;
			region.replaceChildren(...fullList);
			status.textContent = '';
		},
		busy(query) {
			history.replaceState(history.state, '', handOff(lang, query));
			document.title = titleFor(query);
			region.dataset.state = 'loading';
			region.setAttribute('aria-busy', 'true');
		},
		loading() {
			region.replaceChildren(loadingNode(strings), ...fullList);
			region.dataset.showing = 'list';
			status.textContent = strings['search:loading'];
		},
		answer(outcome) {
			region.replaceChildren(
				...summaryNodes(outcome, strings),
				...resultList(outcome, lang, strings),
			);
			region.dataset.showing = 'results';
			region.dataset.verdict = outcome.verdict;
			region.dataset.state = 'ready';
			status.textContent = statusLine(outcome, lang, strings);
			if (typeof restore === 'number') scrollTo(0, restore);
			restore = undefined;
		},
		failed(error) {
			const failure = describeFailure(error, strings, lang);
			region.dataset.state = 'error';
			delete region.dataset.verdict;
			region.replaceChildren(
				failureNode(
					failure,
					strings,
					() => runner.schedule(),
					// The URL holds the query (or the paste is stored): the page comes back with it.
					() => location.reload(),
					strings['search:listedBelow'],
				),
				...fullList,
			);
			region.dataset.showing = 'list';
			status.textContent = failure.text;
		},
		settled() {
			region.removeAttribute('aria-busy');
		},
	});

	box.addEventListener('input', runner.onInput);
	form.addEventListener('submit', (e) => {
		e.preventDefault();
		runner.schedule();
	});
	// Enter searches at once; Shift+Enter adds a line, as in any multi-line box.
	box.addEventListener('keydown', (e) => {
		if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
			e.preventDefault();
			runner.schedule();
		}
	});

	const initial = new URLSearchParams(window.location.search).get('q');
	if (initial) {
		box.value = pasteFor(initial);
		runner.schedule();
	}
}
