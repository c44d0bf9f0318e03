/**
 * The home page's paste box: Enter sends it to the search page, as the search page's own box
 * searches on Enter (Shift+Enter adds a line); a long paste travels aside, its URL capped
 * (search/paste-store.ts, fetched only on submit). Without this script, the form is a plain GET.
 */
import { isLang } from '../i18n/languages';

export function initPasteBox(): void {
	const form = document.querySelector<HTMLFormElement>('form.paste-box');
	const box = form?.querySelector('textarea');
	const lang = form?.dataset.lang;
	if (!form || !box || !isLang(lang)) return;
	form.addEventListener('submit', (e) => {
		e.preventDefault();
		import('./search/paste-store').then(
			({ handOff }) => window.location.assign(handOff(lang, box.value)),
			() => form.submit(),
		);
	});
	box.addEventListener('keydown', (e) => {
		if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
			e.preventDefault();
			form.requestSubmit();
		}
	});
}
