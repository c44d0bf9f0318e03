/** Root page: go to the last chosen language, else the browser's, keeping ?query and #hash. */
import { pickLang, isLang } from '../i18n/languages';
import { LANG_STORAGE_KEY } from './language-switch';

export function chooseLanguage(): void {
	let stored: string | null = null;
	try {
		stored = localStorage.getItem(LANG_STORAGE_KEY);
	} catch {
		/* storage refused */
	}
	const lang = isLang(stored) ? stored : pickLang(navigator.languages ?? [navigator.language]);
	document.querySelector('[data-root-redirecting]')?.removeAttribute('hidden');
	location.replace(`/${lang}/${location.search}${location.hash}`);
}
