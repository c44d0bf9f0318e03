/** Root page: go to the last chosen language, else the browser's, keeping ?query and #hash. */
import { preferredLang } from './language-switch';

export function chooseLanguage(): void {
	document.querySelector('[data-root-redirecting]')?.removeAttribute('hidden');
	location.replace(`/${preferredLang()}/${location.search}${location.hash}`);
}
