/** The theme switch: shows the stored choice, applies and stores a new one (src/lib/theme.ts). */
import { isTheme, themeStorageKey, type Theme } from '../lib/theme';

function apply(theme: Theme): void {
	if (theme === 'system') delete document.documentElement.dataset.theme;
	else document.documentElement.dataset.theme = theme;
}

export function initThemeSwitch(): void {
	const select = document.querySelector<HTMLSelectElement>('select[data-theme-switch]');
	if (!select) return;
	let stored: string | null;
	try {
		stored = localStorage.getItem(themeStorageKey);
	} catch {
		return; // Without storage the choice could not be kept: the page follows the system.
	}
	select.value = isTheme(stored) ? stored : 'system';
	select.closest('label')?.removeAttribute('hidden');
	select.addEventListener('change', () => {
		const theme = isTheme(select.value) ? select.value : 'system';
		apply(theme);
		try {
			if (theme === 'system') localStorage.removeItem(themeStorageKey);
			else localStorage.setItem(themeStorageKey, theme);
		} catch {
			/* storage refused: this page keeps the choice */
		}
	});
}
