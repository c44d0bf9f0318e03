/**
 * Copy-link buttons: copy `origin + canonical path + #anchor`, confirm visibly (a bubble on the
 * button) and to screen readers (one shared live region); when the clipboard is refused, show
 * the link in a selected text field so it can be copied by hand.
 */
import { announce, writeClipboard } from './clipboard';
import { copyLinkStringKeys } from './copy-link-strings';
import { readStrings } from './strings';

/** The page's canonical path (from `<link rel=canonical>`), on the reader's own origin. */
export function linkFor(
	anchor: string,
	doc: Document = document,
	loc: Location = location,
): string {
	const canonical = doc.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
	let path = loc.pathname;
	if (canonical) {
		try {
			path = new URL(canonical).pathname;
		} catch {
			/* keep the current path */
		}
	}
	return `${loc.origin}${path}${anchor ? `#${anchor}` : ''}`;
}

function showFallback(button: HTMLElement, url: string, label: string): void {
	let field = button.parentElement?.querySelector<HTMLInputElement>(':scope > .copy-link-fallback');
	if (!field) {
		field = document.createElement('input');
		field.type = 'text';
		field.readOnly = true;
		field.className = 'copy-link-fallback';
		field.setAttribute('aria-label', label);
		field.addEventListener('keydown', (e) => {
			if (e.key === 'Escape') {
				button.focus();
				field?.remove();
			}
		});
		button.after(field);
	}
	field.value = url;
	field.focus();
	field.select();
}

export function initCopyLinks(root: ParentNode = document): void {
	for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy-link]')) {
		if (button.dataset.ready) continue;
		button.dataset.ready = '1';
		button.hidden = false;
		let timer: ReturnType<typeof setTimeout> | undefined;
		button.addEventListener('click', async () => {
			const holder = document.getElementById('copy-link-strings') ?? button;
			const strings = readStrings(holder, copyLinkStringKeys);
			const url = linkFor(button.dataset.copyLink ?? '');
			const ok = await writeClipboard(url);
			const message = ok ? strings['links:copy.copied'] : strings['links:copy.failed'];
			button.dataset.state = ok ? 'copied' : 'failed';
			button.dataset.message = message;
			button.dataset.copiedUrl = url;
			announce(message);
			if (!ok) showFallback(button, url, strings['links:copy.fallbackLabel']);
			clearTimeout(timer);
			timer = setTimeout(
				() => {
					delete button.dataset.state;
					delete button.dataset.message;
				},
				ok ? 2000 : 5000,
			);
		});
	}
}
