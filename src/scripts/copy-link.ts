/**
 * Copy-link buttons: copy `origin + canonical path + #anchor`, confirm visibly (a bubble on the
 * button) and to screen readers (one shared live region); when the clipboard is refused, show
 * the link in a selected text field so it can be copied by hand.
 */
import { announce, writeClipboard } from './clipboard';
import type { CopyLinkStringKey } from './copy-link-strings';
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

type Kind = 'page' | 'section' | 'step' | 'row';

/**
 * Where the buttons go: [elements, kind, the anchor they copy, where the button is inserted].
 * The markup is the components' (AnchorHeading, StepList, SolutionTable, the error's title).
 */
export const copyLinkHosts: [string, Kind, (el: Element) => string, 'append' | 'after'][] = [
	['[data-copy-page]', 'page', () => '', 'append'],
	// The checklist's sections are headings of its MDX content, with their ids as written there.
	['.anchor-heading[id], [data-checklist] > h2[id]', 'section', (el) => el.id, 'append'],
	['li.step[id] > .step-text', 'step', (el) => el.parentElement?.id ?? '', 'append'],
	['tr[id] .row-link', 'row', (el) => el.closest('tr')?.id ?? '', 'after'],
];

export function initCopyLinks(root: ParentNode = document): void {
	const strings = readStrings<CopyLinkStringKey>(
		document.getElementById('copy-link-strings') ?? document.documentElement,
	);
	for (const [selector, kind, anchorOf, where] of copyLinkHosts) {
		for (const host of root.querySelectorAll(selector)) {
			if (
				host.querySelector(':scope > .copy-link') ||
				host.nextElementSibling?.matches('.copy-link')
			)
				continue;
			const button = document.createElement('button');
			button.type = 'button';
			button.className = 'copy-link';
			button.dataset.copyLink = anchorOf(host);
			const label = strings[`links:copy.${kind}`];
			button.setAttribute('aria-label', label);
			button.title = label;
			const icon = document.createElement('span');
			icon.className = 'copy-link-icon';
			icon.setAttribute('aria-hidden', 'true');
			button.append(icon);
			host[where](button);
			wire(button, strings);
		}
	}
}

function wire(button: HTMLButtonElement, strings: Record<CopyLinkStringKey, string>): void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	button.addEventListener('click', async () => {
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
