/**
 * The header search box as an ARIA combobox (editable, list autocomplete): results drop down
 * as you type or paste, ↑/↓ move through them, Enter opens the active one (or, with none
 * active, submits the form to the search page), Escape closes the list then clears the box.
 * Loaded on first focus or input only (see boot.ts). The count is announced in a live region.
 * @see https://www.w3.org/WAI/ARIA/apg/patterns/combobox/
 */
import { isLang, type Lang } from '../../i18n/languages';
import type { PageOutcome } from './engine';
import { describeFailure, failureNode, loadingNode } from './failure';
import { searchRunner } from './runner';
import {
	breakableCode,
	causesOf,
	otherOf,
	resultUrl,
	statusLine,
	summaryNodes,
	headingOf,
	whyNode,
} from './render';
import { otherErrorsUrl, searchUrl } from '../../lib/urls';
import { readStrings } from '../strings';
import type { SearchStringKey } from './strings';

/**
 * Enhances the box once its strings are there: rendered into the page (the search page), or
 * fetched now (`/{lang}/search-strings.json`, only the keys the widget reads: the JSON
 * `clientStrings` renders into `data-strings`).
 */
export async function start(form: HTMLFormElement, input: HTMLInputElement): Promise<void> {
	if (!form.dataset.strings) {
		const lang: Lang = isLang(form.dataset.lang) ? form.dataset.lang : 'en';
		const response = await fetch(`/${lang}/search-strings.json`);
		form.dataset.strings = response.ok ? await response.text() : '{}';
	}
	enhance(form, input);
}

function enhance(form: HTMLFormElement, input: HTMLInputElement): void {
	if (form.dataset.enhanced) return;
	form.dataset.enhanced = 'true';
	const lang: Lang = isLang(form.dataset.lang) ? form.dataset.lang : 'en';
	const strings = readStrings<SearchStringKey>(form);
	const panel = form.querySelector<HTMLElement>('.search-panel')!;
	const summary = panel.querySelector<HTMLElement>('.search-summary')!;
	const listbox = panel.querySelector<HTMLUListElement>('[role="listbox"]')!;
	const status = form.querySelector<HTMLElement>('[role="status"]')!;

	input.setAttribute('role', 'combobox');
	input.setAttribute('aria-autocomplete', 'list');
	input.setAttribute('aria-expanded', 'false');
	input.setAttribute('aria-controls', listbox.id);

	let options: HTMLLIElement[] = [];
	let active = -1;

	const setActive = (i: number) => {
		options[active]?.setAttribute('aria-selected', 'false');
		active = i;
		const option = options[active];
		if (option) {
			option.setAttribute('aria-selected', 'true');
			input.setAttribute('aria-activedescendant', option.id);
			option.scrollIntoView({ block: 'nearest' });
		} else input.removeAttribute('aria-activedescendant');
	};
	const open = (yes: boolean) => {
		panel.hidden = !yes;
		input.setAttribute('aria-expanded', String(yes));
		if (!yes) setActive(-1);
	};
	/**
	 * The reader closed the panel with Escape: an answer that arrives afterwards (a slow index)
	 * fills it, closed, until the reader types, focuses the box or asks for the list again.
	 */
	let dismissed = false;
	/** Opens the panel for a search's answer, loading note or failure, unless the reader is elsewhere. */
	const reveal = () => {
		if (!dismissed && form.contains(document.activeElement)) open(true);
	};
	const option = (
		href: string,
		className: string,
		fill: (li: HTMLLIElement) => void,
	): HTMLLIElement => {
		const li = document.createElement('li');
		li.id = `${listbox.id}-${options.length}`;
		li.setAttribute('role', 'option');
		li.setAttribute('aria-selected', 'false');
		li.className = className;
		li.dataset.href = href;
		fill(li);
		options.push(li);
		return li;
	};
	/**
	 * To the search page for the box's text, a long paste kept aside and its URL capped (no
	 * HTTP 431): paste-store.ts, fetched only then, not with every first search (0.5 KB gzip).
	 * If it cannot be fetched, the search page all the same, empty.
	 */
	const toSearchPage = () =>
		import('./paste-store').then(
			({ handOff }) => window.location.assign(handOff(lang, input.value)),
			() => window.location.assign(searchUrl(lang)),
		);
	/** Goes to an option's page; "See all results" has none: the search page. */
	const follow = (li: HTMLLIElement) => {
		if (li.dataset.href) window.location.assign(li.dataset.href);
		else void toSearchPage();
	};
	const span = (className: string, text: string) => {
		const s = document.createElement('span');
		s.className = className;
		s.textContent = text;
		return s;
	};

	const render = (outcome: PageOutcome) => {
		options = [];
		active = -1;
		input.removeAttribute('aria-activedescendant');
		panel.dataset.verdict = outcome.verdict;
		if (outcome.other) panel.dataset.other = outcome.other.by;
		else delete panel.dataset.other;
		summary.replaceChildren(...summaryNodes(outcome, strings));
		const items: HTMLLIElement[] = [];
		const other = otherOf(outcome);
		if (other)
			items.push(
				option(otherErrorsUrl(lang, other.id), 'option result-other', (li) => {
					const title = span('title', '');
					title.append(breakableCode(other.name));
					li.append(span('kind', strings['search:kind.other']), title);
				}),
			);
		outcome.results.slice(0, 5).forEach((r, i) => {
			items.push(
				option(resultUrl(lang, r), `option result-${r.kind}`, (li) => {
					const { title, where } = headingOf(outcome, r, strings);
					li.append(span('kind', strings[`search:kind.${r.kind}`]), span('title', title));
					if (where) li.append(span('where', where));
					li.append(whyNode(r, strings));
				}),
			);
			if (i === 0 && outcome.verdict === 'match') {
				causesOf(outcome, r).forEach((c, n) =>
					items.push(
						option(resultUrl(lang, { kind: 'cause', id: c.id }), 'option cause-option', (li) =>
							li.append(span('kind', `${n + 1}.`), span('title', c.title)),
						),
					),
				);
			}
		});
		items.push(
			// No page of its own: `follow` takes it to the search page for the box's text.
			option('', 'option see-all', (li) => li.append(span('title', strings['search:seeAll']))),
		);
		listbox.replaceChildren(...items);
		status.textContent = statusLine(outcome, lang, strings);
		reveal();
	};

	// `data-search` says whether the dropdown shows the answer to the box's text (`done`) or
	// a search is still to come (`pending`): for scripts and tests.
	const runner = searchRunner(lang, () => input.value, {
		scheduled() {
			form.dataset.search = 'pending';
		},
		idle() {
			form.dataset.search = 'done';
			open(false);
			status.textContent = '';
			delete panel.dataset.verdict;
			delete panel.dataset.other;
		},
		answer(outcome) {
			form.dataset.search = 'done';
			render(outcome);
		},
		loading() {
			summary.replaceChildren(loadingNode(strings));
			listbox.replaceChildren();
			options = [];
			status.textContent = strings['search:loading'];
			reveal();
		},
		failed(error) {
			form.dataset.search = 'done';
			const failure = describeFailure(error, strings, lang);
			delete panel.dataset.verdict;
			delete panel.dataset.other;
			summary.replaceChildren(
				failureNode(
					failure,
					strings,
					() => {
						input.focus();
						runner.schedule();
					},
					// The search page, loaded afresh, runs the query the box holds.
					() => form.requestSubmit(),
				),
			);
			listbox.replaceChildren();
			options = [];
			status.textContent = failure.text;
			reveal();
		},
	});
	// Enter with no option chosen: to the search page.
	form.addEventListener('submit', (e) => {
		e.preventDefault();
		void toSearchPage();
	});

	input.addEventListener('input', (e) => {
		dismissed = false;
		runner.onInput(e);
	});
	input.addEventListener('focus', () => {
		dismissed = false;
		if (input.value.trim() && options.length > 0) open(true);
	});
	/**
	 * The dropdown answers the box's current text with a confident match (`match` verdict), or
	 * with another error named by its code: its first option is the page to open.
	 */
	const confident = () =>
		(panel.dataset.verdict === 'match' || panel.dataset.other === 'code') &&
		form.dataset.search === 'done';
	input.addEventListener('keydown', (e) => {
		const expanded = !panel.hidden && options.length > 0;
		if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
			if (!expanded) {
				dismissed = false;
				if (input.value.trim()) runner.schedule();
				return;
			}
			e.preventDefault();
			const step = e.key === 'ArrowDown' ? 1 : -1;
			setActive(
				active < 0
					? step > 0
						? 0
						: options.length - 1
					: (active + step + options.length) % options.length,
			);
		} else if (e.key === 'Enter' && expanded && (active >= 0 || confident())) {
			// The chosen option, or with none chosen the error of an exact code or a confident
			// match (or another error's entry, named by its code): straight to its page rather
			// than to the search page.
			e.preventDefault();
			follow(options[Math.max(active, 0)]!);
		} else if (e.key === 'Escape') {
			// Open is open, whatever the panel shows (options, "Loading…", a failure): Escape
			// closes it first, and clears the box only once it is closed.
			if (!panel.hidden) {
				e.preventDefault();
				open(false);
				dismissed = true;
			} else if (input.value) {
				e.preventDefault();
				input.value = '';
				runner.schedule();
			}
		} else if (e.key === 'Home' || e.key === 'End') {
			if (active >= 0) setActive(-1);
		}
	});
	// Pointer: keep the focus in the box while choosing, then follow the option.
	listbox.addEventListener('mousedown', (e) => e.preventDefault());
	listbox.addEventListener('click', (e) => {
		const li = (e.target as Element).closest<HTMLLIElement>('[role="option"]');
		if (li) follow(li);
	});
	form.addEventListener('focusout', (e) => {
		if (!form.contains(e.relatedTarget as Node | null)) open(false);
	});

	if (input.value.trim()) runner.schedule();
}
