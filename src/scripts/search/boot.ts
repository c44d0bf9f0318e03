/**
 * The only search code a content page loads: a few lines that wait for the reader to use the
 * header box (focus, typing, or the `/` shortcut) before importing the matcher and its index.
 */
const isEditable = (t: EventTarget | null) =>
	t instanceof HTMLElement &&
	(t.isContentEditable ||
		t.tagName === 'INPUT' ||
		t.tagName === 'TEXTAREA' ||
		t.tagName === 'SELECT');

export function bootHeaderSearch(): void {
	const form = document.querySelector<HTMLFormElement>('form.header-search');
	const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
	if (!form || !input) return;
	let started = false;
	const start = () => {
		if (started) return;
		started = true;
		// The code fetches the box's strings itself, unless the page rendered them.
		void import('./header').then((m) => m.start(form, input));
	};
	input.addEventListener('focus', start);
	input.addEventListener('input', start);
	document.addEventListener('keydown', (e) => {
		if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || isEditable(e.target)) return;
		e.preventDefault();
		input.focus();
	});
}
