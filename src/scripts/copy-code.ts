/**
 * Copy buttons of code blocks: created here (they need JS), copy, confirm, fall back to
 * selecting. Their strings are the page's copy strings (CopyLinkStrings.astro).
 */
import { announce, writeClipboard } from './clipboard';
import { copyLinkStringKeys } from './copy-link-strings';
import { readStrings } from './strings';

export function initCopyButtons(root: ParentNode = document): void {
	const s = readStrings(
		document.getElementById('copy-link-strings') ?? document.documentElement,
		copyLinkStringKeys,
	);
	const copyLabel = s['common:code.copy'];
	for (const head of root.querySelectorAll<HTMLElement>('.code-block > .code-head')) {
		if (head.querySelector('.copy-code')) continue;
		const button = document.createElement('button');
		button.type = 'button';
		button.className = 'copy-code button';
		button.textContent = copyLabel;
		head.append(button);
		button.addEventListener('click', async () => {
			const code = button.closest('.code-block')?.querySelector('code');
			if (!code) return;
			if (await writeClipboard(code.textContent ?? '')) {
				button.textContent = s['common:code.copied'];
			} else {
				// Clipboard refused (permissions, insecure context): select the text for a manual copy.
				const range = document.createRange();
				range.selectNodeContents(code);
				getSelection()?.removeAllRanges();
				getSelection()?.addRange(range);
				button.textContent = s['common:code.copyFailed'];
			}
			announce(button.textContent);
			setTimeout(() => (button.textContent = copyLabel), 2000);
		});
	}
}
