/**
 * The home page's paste box: Enter sends it to the search page, as the search page's own box
 * searches on Enter (Shift+Enter adds a line). The form itself is a plain GET to the search page.
 */
export function initPasteBox(): void {
	document
		.querySelector<HTMLTextAreaElement>('form.paste-box textarea')
		?.addEventListener('keydown', (e) => {
			if (e.key !== 'Enter' || e.shiftKey || e.isComposing) return;
			e.preventDefault();
			(e.currentTarget as HTMLTextAreaElement).form?.requestSubmit();
		});
}
