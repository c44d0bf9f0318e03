/**
 * The search page: reads `?q=`, shows the results as you type or paste (runner.ts), and keeps
 * the query in the URL with `history.replaceState` (one history entry, however much you type).
 * The results region carries `data-verdict` (match | weak | none) for scripts and tests.
 */
import { isLang, type Lang } from '../../i18n/languages';
import { searchUrl } from '../../lib/urls';
import { resultList, statusLine, summaryNodes } from './render';
import { searchRunner } from './runner';
import { readStrings } from '../strings';
import { searchStringKeys } from './strings';

export function enhanceSearchPage(): void {
	const form = document.querySelector<HTMLFormElement>('form.search-page-form');
	const box = form?.querySelector<HTMLTextAreaElement>('textarea[name="q"]');
	const region = document.querySelector<HTMLElement>('#search-results');
	const status = document.querySelector<HTMLElement>('#search-status');
	if (!form || !box || !region || !status) return;
	const lang: Lang = isLang(region.dataset.lang) ? region.dataset.lang : 'en';
	const strings = readStrings(region, searchStringKeys);
	/** The full list of errors rendered in the region: shown for an empty box and after a failure. */
	const fullList = [...region.childNodes];
	const runner = searchRunner(lang, () => box.value, {
		idle() {
			history.replaceState(history.state, '', searchUrl(lang));
			region.dataset.state = 'idle';
			region.dataset.showing = 'list';
			delete region.dataset.verdict;
			region.replaceChildren(...fullList);
			status.textContent = '';
		},
		busy(query) {
			history.replaceState(history.state, '', searchUrl(lang, query));
			region.dataset.state = 'loading';
			region.setAttribute('aria-busy', 'true');
		},
		answer(outcome) {
			region.replaceChildren(...summaryNodes(outcome, strings), resultList(outcome, lang, strings));
			region.dataset.showing = 'results';
			region.dataset.verdict = outcome.verdict;
			region.dataset.state = 'ready';
			status.textContent = statusLine(outcome, lang, strings);
		},
		failed() {
			region.dataset.state = 'error';
			region.replaceChildren(
				Object.assign(document.createElement('p'), {
					className: 'verdict',
					textContent: strings['search:loadFailed'],
				}),
				...fullList,
			);
			region.dataset.showing = 'list';
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
		box.value = initial;
		runner.schedule();
	}
}
