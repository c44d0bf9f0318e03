/**
 * The guest OS filter: hides the causes, solutions and steps of the other guest, on the page and
 * in its "On this page" list. A linked anchor is never hidden: a link to a section the filter
 * would hide (a ticket's link, with the filter remembered from another page) clears the filter.
 */
import { fill } from '../../lib/fill';
import { guestVisible, type GuestFilter } from '../../lib/guided-state';
import { hashToAnchor } from '../../lib/links/carry-over';
import { hiddenByOs, type ToolsContext } from './context';
import { revealLinkedSections } from './linked-section';
import { storeOs } from './storage';

/** Elements the guest filter hides (guest badges also carry `data-guest`: not those). */
const filterable =
	':is([data-cause], [data-toc-cause], [data-solution], [data-toc-solution], [data-step])[data-guest]';

/** True when this guest filter hides the element with this id (or one around it). */
function hidesTarget(id: string, os: GuestFilter | undefined): boolean {
	if (!os || !id) return false;
	let el = document.getElementById(id)?.closest<HTMLElement>(filterable);
	for (; el; el = el.parentElement?.closest<HTMLElement>(filterable))
		if (!guestVisible(el.dataset.guest, os)) return true;
	return false;
}

/** Wires the radios; returns the function that shows the filter's current state. */
export function initOsFilter(ctx: ToolsContext): () => void {
	const { tools, store, strings, config } = ctx;
	const radios = [...tools.querySelectorAll<HTMLInputElement>('input[name="os"]')];
	const showAll = () => {
		const { os: _drop, ...rest } = store.state;
		store.update(rest);
	};
	// A linked section the remembered (or shared) filter would hide: the link wins, on opening
	// the page and within it.
	if (hidesTarget(hashToAnchor(location.hash), store.state.os)) showAll();
	revealLinkedSections((id) => hidesTarget(id, store.state.os), showAll);
	for (const radio of radios) {
		radio.addEventListener('change', () => {
			if (!radio.checked) return;
			const os = radio.value === 'windows' || radio.value === 'linux' ? radio.value : undefined;
			const { os: _drop, ...rest } = store.state;
			storeOs(os);
			store.update(os ? { ...rest, os } : rest);
		});
	}
	return () => {
		const { os } = store.state;
		for (const el of document.querySelectorAll<HTMLElement>(filterable))
			el.classList.toggle('kb-os-hidden', !guestVisible(el.dataset.guest, os));
		for (const radio of radios) radio.checked = radio.value === (os ?? '');
		const note = tools.querySelector<HTMLElement>('[data-os-note]');
		if (!note) return;
		const hidden = config.causes.filter((c) => hiddenByOs(ctx, c)).length;
		note.hidden = !os || hidden === 0;
		note.textContent = fill(strings['os:hidden'], { count: hidden, total: config.causes.length });
	};
}
