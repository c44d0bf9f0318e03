/** Copy buttons of code blocks: reveal them (they need JS), copy, confirm, fall back to selecting. */
import { announce, writeClipboard } from './clipboard';

export function initCopyButtons(root: ParentNode = document): void {
	for (const button of root.querySelectorAll<HTMLButtonElement>('button.copy-code')) {
		if (button.dataset.ready) continue;
		button.dataset.ready = '1';
		button.hidden = false;
		button.addEventListener('click', async () => {
			const code = button.closest('.code-block')?.querySelector('code');
			if (!code) return;
			const { copyLabel = '', copiedLabel = '', failedLabel = '' } = button.dataset;
			if (await writeClipboard(code.textContent ?? '')) {
				button.textContent = copiedLabel;
				announce(copiedLabel);
			} else {
				// Clipboard refused (permissions, insecure context): select the text for a manual copy.
				const range = document.createRange();
				range.selectNodeContents(code);
				getSelection()?.removeAllRanges();
				getSelection()?.addRange(range);
				button.textContent = failedLabel;
				announce(failedLabel);
			}
			setTimeout(() => (button.textContent = copyLabel), 2000);
		});
	}
}
