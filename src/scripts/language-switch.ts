/**
 * Keeps the #anchor and ?query when the reader switches language, and remembers the choice.
 * Without an #anchor, the section being read ("On this page" marks it) stands for one: the
 * reader lands where they were, in the other language (anchors are the same in both).
 */
import { isLang, pickLang, type Lang } from '../i18n/languages';
import { switchLangUrl } from '../lib/urls';

export const LANG_STORAGE_KEY = 'kb-lang';

export function initLanguageSwitch(): void {
	for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]')) {
		const to = link.dataset.langSwitch;
		if (!isLang(to)) continue;
		const update = () => {
			const reading = document.querySelector<HTMLAnchorElement>('.on-this-page a[data-reading]');
			const hash = location.hash || reading?.hash || '';
			link.href = switchLangUrl(location.pathname + location.search + hash, to);
		};
		update();
		// Anchors and the query change without a navigation (hash links, search box, guided mode).
		addEventListener('hashchange', update);
		link.addEventListener('pointerenter', update);
		link.addEventListener('focus', update);
		link.addEventListener('click', () => {
			update();
			try {
				localStorage.setItem(LANG_STORAGE_KEY, to);
			} catch {
				/* storage refused: the link still works */
			}
		});
	}
}

/** The language the reader chose last on this site, else the browser's. */
export function preferredLang(): Lang {
	let stored: string | null = null;
	try {
		stored = localStorage.getItem(LANG_STORAGE_KEY);
	} catch {
		/* storage refused */
	}
	return isLang(stored)
		? stored
		: pickLang(navigator.languages?.length ? navigator.languages : [navigator.language]);
}
