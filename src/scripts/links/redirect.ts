/** Redirect pages (short links, moved entries): go to the target with the query and fragment. */
import { isLang, type Lang } from '../../i18n/languages';
import { carryOver } from '../../lib/links/carry-over';
import { preferredLang } from '../language-switch';

export function followRedirect(): void {
	const root = document.querySelector<HTMLElement>('[data-link-redirect]');
	if (!root) return;
	let targets: Partial<Record<Lang, string>>;
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
