/** The theme switch: shows the stored choice, applies and stores a new one (src/lib/theme.ts). */
import { isTheme, themeStorageKey, type Theme } from '../lib/theme';

function apply(theme: Theme): void {
	if (theme === 'system') delete document.documentElement.dataset.theme;
	else document.documentElement.dataset.theme = theme;
}

export function initThemeSwitch(): void {
	// One in the header, one in the footer (shown on phones): both show and set the same choice.
	// CSS shows them once the page can keep a choice (`data-theme-switch`, src/lib/theme.ts).
	const selects = document.querySelectorAll<HTMLSelectElement>('select[data-theme-switch]');
	let stored: string | null;
	try {
		stored = localStorage.getItem(themeStorageKey);
	} catch {
		return; // Without storage the choice could not be kept: the page follows the system.
	}
	for (const select of selects) {
		select.value = isTheme(stored) ? stored : 'system';
		select.addEventListener('change', () => {
			const theme = select.value as Theme; // one of its options
			apply(theme);
			for (const other of selects) other.value = theme;
			try {
				if (theme === 'system') localStorage.removeItem(themeStorageKey);
				else localStorage.setItem(themeStorageKey, theme);
			} catch {
				/* storage refused: this page keeps the choice */
			}
		});
	}
}
