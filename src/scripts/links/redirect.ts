/** Redirect pages (short links, moved entries): go to the target with the query and fragment. */
import { isLang, pickLang, type Lang } from '../../i18n/languages';
import { carryOver } from '../../lib/redirects';
import { LANG_STORAGE_KEY } from '../language-switch';

/** The language the reader chose last on this site, else the browser's. */
export function preferredLang(): Lang {
	let stored: string | null = null;
	try {
		stored = localStorage.getItem(LANG_STORAGE_KEY);
	} catch {
		/* storage refused */
	}
	return isLang(stored) ? stored : pickLang(navigator.languages?.length ? navigator.languages : [navigator.language]);
}

export function followRedirect(): void {
	const root = document.querySelector<HTMLElement>('[data-link-redirect]');
	if (!root) return;
	let targets: Partial<Record<Lang, string>> = {};
	try {
		targets = JSON.parse(root.dataset.targets ?? '{}');
	} catch {
		return; // The plain links are still there.
	}
	const fixed = root.dataset.lang;
	const lang = isLang(fixed) ? fixed : preferredLang();
	const target = targets[lang];
	if (target) location.replace(carryOver(target, location.search, location.hash));
}
