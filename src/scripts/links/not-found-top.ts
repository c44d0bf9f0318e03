/**
 * The 404 page's site header in the language the page shows (the path's, else the reader's):
 * the English one is in the page, the other waits in a <template>. The site's scripts have
 * started on the English header by then (their chunk runs first); when it is replaced, they
 * start again on the new one (the old one is detached: its listeners do nothing).
 */
import { langOfPath } from '../../lib/urls';
import { initLanguageSwitch, preferredLang } from '../language-switch';
import { bootHeaderSearch } from '../search/boot';
import { initThemeSwitch } from '../theme-switch';

export function showSiteTop(): void {
	const lang = langOfPath(location.pathname) ?? preferredLang();
	const template = document.querySelector<HTMLTemplateElement>(
		`template[data-site-top-template="${lang}"]`,
	);
	const shown = document.querySelector<HTMLElement>('[data-site-top]');
	if (!template || !shown) return;
	shown.replaceWith(template.content.cloneNode(true));
	bootHeaderSearch();
	initLanguageSwitch();
	initThemeSwitch();
}
