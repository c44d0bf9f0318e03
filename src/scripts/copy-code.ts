/**
 * Copy buttons of code blocks, and of an error page's message and code rows: created here (they
 * need JS), copy, confirm, fall back to selecting. Their strings are the page's copy strings
 * (CopyLinkStrings.astro).
 */
import { fill } from '../lib/fill';
import { announce, writeClipboard } from './clipboard';
import type { CopyLinkStringKey } from './copy-link-strings';
import { readStrings } from './strings';

type Strings = Record<CopyLinkStringKey, string>;

/** A button after `place` that copies the text of `source`. */
function copyButton(s: Strings, source: Element, className: string, label?: string) {
	const copyLabel = s['common:code.copy'];
	const button = document.createElement('button');
	button.type = 'button';
	button.className = `${className} button`;
	button.textContent = copyLabel;
	if (label) button.setAttribute('aria-label', label);
	button.addEventListener('click', async () => {
		if (await writeClipboard(source.textContent ?? '')) {
			button.textContent = s['common:code.copied'];
		} else {
			// Clipboard refused (permissions, insecure context): select the text for a manual copy.
			const range = document.createRange();
			range.selectNodeContents(source);
			getSelection()?.removeAllRanges();
			getSelection()?.addRange(range);
			button.textContent = s['common:code.copyFailed'];
		}
		announce(button.textContent);
		setTimeout(() => (button.textContent = copyLabel), 2000);
	});
	return button;
}

export function initCopyButtons(root: ParentNode = document): void {
	const s = readStrings<CopyLinkStringKey>(
		document.getElementById('copy-link-strings') ?? document.documentElement,
	);
	for (const head of root.querySelectorAll<HTMLElement>('.code-block > .code-head')) {
		const code = head.parentElement?.querySelector('code');
		if (code && !head.querySelector('.copy-code')) head.append(copyButton(s, code, 'copy-code'));
	}
	for (const el of root.querySelectorAll('[data-message], [data-code]')) {
		if (el.nextElementSibling?.matches('.copy-row')) continue;
		const label = el.matches('[data-message]')
			? s['common:error.copyMessage']
			: fill(s['common:error.copyCode'], { code: el.textContent ?? '' });
		el.after(copyButton(s, el, 'copy-row', label));
	}
}
