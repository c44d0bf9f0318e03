/**
 * Loads the error page's tools (guest filter, guided walk, copy for ticket) only when they are
 * needed, to keep a content page's JavaScript small: at once when the URL or the reader's
 * storage holds a walk or a filter, else on the first pointer or focus on the toolbar.
 * A click that comes before the code is there is replayed once it has loaded.
 * The toolbar keeps its space while it waits (`.pending` is `visibility: hidden`): no layout shift.
 */
import { isLang } from '../../i18n/languages';
import { osKey, storageKey } from './storage';

export function bootGuided(): void {
	const tools = document.querySelector<HTMLElement>('[data-guided-tools]');
	if (!tools) return;
	let ready = false;
	let loading: Promise<void> | undefined;
	// The tools' strings come with their code (lazy-strings.ts).
	const lang = isLang(document.documentElement.lang) ? document.documentElement.lang : 'en';
	const load = () =>
		(loading ??= Promise.all([
			import('./index'),
			tools.dataset.strings
				? null
				: import('./lazy-strings').then((m) => m.guidedStringsJson(lang)),
		]).then(async ([{ initGuided }, strings]) => {
			if (strings) tools.dataset.strings = strings;
			await initGuided();
			ready = true;
		}));

	let stored = false;
	try {
		stored =
			localStorage.getItem(storageKey(tools.dataset.errorId ?? '')) !== null ||
			localStorage.getItem(osKey) !== null;
	} catch {
		/* storage refused */
	}
	if (stored || /[?&](?:guide|os|s)=/.test(location.search)) {
		void load();
		return;
	}
	tools.classList.remove('pending');
	tools.addEventListener('pointerover', () => void load(), { once: true });
	tools.addEventListener('focusin', () => void load(), { once: true });
	tools.addEventListener(
		'click',
		(event) => {
			if (ready) return;
			event.preventDefault();
			event.stopImmediatePropagation();
			const target = event.target as HTMLElement;
			void load().then(() => target.click());
		},
		{ capture: true },
	);
}
