/** The original article's page: an old `#anchor` goes to the entry's own page and anchor. */
import { carryOver, hashToAnchor } from '../../lib/links/carry-over';

export function followLegacyAnchor(): void {
	const root = document.querySelector<HTMLElement>('[data-legacy-article]');
	if (!root) return;
	let map: Record<string, string> = {};
	try {
		map = JSON.parse(root.dataset.legacyMap ?? '{}');
	} catch {
		return; // The anchors on the page still work.
	}
	const go = () => {
		const anchor = hashToAnchor(location.hash);
		const target = Object.hasOwn(map, anchor) && map[anchor];
		if (!target) return;
		root.querySelector<HTMLElement>('[data-legacy-redirecting]')?.removeAttribute('hidden');
		location.replace(carryOver(target, location.search, ''));
	};
	go();
	// An old link followed from this very page (pasted into the address bar, for instance).
	addEventListener('hashchange', go);
}
