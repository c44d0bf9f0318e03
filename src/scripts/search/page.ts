/**
 * The search page: reads `?q=`, shows the results as you type or paste (debounced), and keeps
 * the query in the URL with `history.replaceState` (one history entry, however much you type).
 * The results region carries `data-verdict` (match | weak | none) for scripts and tests.
 */
import { isLang, type Lang } from '../../i18n/languages';
import { searchUrl } from '../../lib/urls';
import { searchPaste } from './engine';
import { resultList, summaryNodes, titleOf } from './render';
import { plural, readStrings } from '../strings';
import { searchStringKeys } from './strings';

const DEBOUNCE_MS = 150;

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
	let timer: ReturnType<typeof setTimeout> | undefined;
	let generation = 0;

	const run = async () => {
		const query = box.value;
		const mine = ++generation;
		history.replaceState(
			history.state,
			'',
			query.trim() ? searchUrl(lang, query) : searchUrl(lang),
		);
		if (!query.trim()) {
			region.dataset.state = 'idle';
			region.dataset.showing = 'list';
			delete region.dataset.verdict;
			region.replaceChildren(...fullList);
			status.textContent = '';
			return;
		}
		region.dataset.state = 'loading';
		region.setAttribute('aria-busy', 'true');
		try {
			const outcome = await searchPaste(query, lang);
			if (mine !== generation) return;
			region.replaceChildren(...summaryNodes(outcome, strings), resultList(outcome, lang, strings));
			region.dataset.showing = 'results';
			region.dataset.verdict = outcome.verdict;
			region.dataset.state = 'ready';
			status.textContent = `${plural(strings, 'search:count', outcome.results.length, lang)}. ${strings[`search:verdict.${outcome.verdict}`]}${outcome.results[0] && outcome.verdict === 'match' ? ` ${titleOf(outcome, outcome.results[0])}` : ''}`;
		} catch {
			if (mine !== generation) return;
			region.dataset.state = 'error';
			region.replaceChildren(
				Object.assign(document.createElement('p'), {
					className: 'verdict',
					textContent: strings['search:loadFailed'],
				}),
				...fullList,
			);
			region.dataset.showing = 'list';
		} finally {
			if (mine === generation) region.removeAttribute('aria-busy');
		}
	};
	const schedule = (delay: number) => {
		clearTimeout(timer);
		timer = setTimeout(() => void run(), delay);
	};

	box.addEventListener('input', (e) =>
		schedule((e as InputEvent).inputType === 'insertFromPaste' ? 0 : DEBOUNCE_MS),
	);
	form.addEventListener('submit', (e) => {
		e.preventDefault();
		schedule(0);
	});
	// Enter searches at once; Shift+Enter adds a line, as in any multi-line box.
	box.addEventListener('keydown', (e) => {
		if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
			e.preventDefault();
			schedule(0);
		}
	});

	const initial = new URLSearchParams(window.location.search).get('q');
	if (initial) {
		box.value = initial;
		schedule(0);
	}
}
