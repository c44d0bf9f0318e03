/** Clipboard and confirmations shared by every copy control (code, links, ticket summary). */

let liveRegion: HTMLElement | undefined;
/** One polite live region for every confirmation of the page (created on first use). */
export function announce(message: string): void {
	if (!liveRegion) {
		liveRegion = document.createElement('div');
		liveRegion.className = 'visually-hidden';
		liveRegion.setAttribute('role', 'status');
		liveRegion.setAttribute('aria-live', 'polite');
		document.body.append(liveRegion);
	}
	liveRegion.textContent = '';
	// A fresh text node after a tick, so repeating the same message is announced again.
	setTimeout(() => liveRegion && (liveRegion.textContent = message), 50);
}

/** Copies text; resolves false when the clipboard is refused or missing. */
export async function writeClipboard(text: string): Promise<boolean> {
	try {
		if (!navigator.clipboard) return false;
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		return false;
	}
}
