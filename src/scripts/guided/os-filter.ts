/** The guest OS filter: hides the causes, solutions and steps of the other guest. */
import { fill } from '../../lib/fill';
import { guestVisible } from '../../lib/guided-state';
import { hiddenByOs, type ToolsContext } from './context';
import { storeOs } from './storage';

/** Elements the guest filter hides (guest badges also carry `data-guest`: not those). */
const filterable = ':is([data-cause], [data-toc-cause], [data-solution], [data-step])[data-guest]';

/** Wires the radios; returns the function that shows the filter's current state. */
export function initOsFilter(ctx: ToolsContext): () => void {
	const { tools, page, store, strings, config } = ctx;
	const radios = [...tools.querySelectorAll<HTMLInputElement>('input[name="os"]')];
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
		for (const el of page.querySelectorAll<HTMLElement>(filterable))
			el.classList.toggle('kb-os-hidden', !guestVisible(el.dataset.guest, os));
		for (const radio of radios) radio.checked = radio.value === (os ?? '');
		const note = tools.querySelector<HTMLElement>('[data-os-note]');
		if (!note) return;
		const hidden = config.causes.filter((c) => hiddenByOs(ctx, c)).length;
		note.hidden = !os || hidden === 0;
		note.textContent = fill(strings['os:hidden'], { count: hidden, total: config.causes.length });
	};
}
