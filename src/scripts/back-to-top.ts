/**
 * "Back to top" scrolls to the top of the page and moves keyboard focus to the start of the
 * main content, leaving the address as it is (a link copied afterwards is the page's own, with
 * no stray `#`). Without JavaScript the link's `#main` does the same through the address.
 */
export function initBackToTop(doc: Document = document): void {
	doc.addEventListener('click', (event) => {
		const link = (event.target as Element | null)?.closest?.('a.to-top');
		const plain = event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey;
		if (!link || !plain || event.defaultPrevented) return;
		event.preventDefault();
		doc.defaultView?.scrollTo({ top: 0 });
		doc.getElementById('main')?.focus({ preventScroll: true });
	});
}
