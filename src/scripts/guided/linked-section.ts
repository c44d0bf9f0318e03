/**
 * A link to a section that a tool hides (the guest filter, the guided walk) wins over the tool:
 * `reveal` runs before the browser follows a link within the page to such a section, and when the
 * fragment changes otherwise (a script, the history), after which the section is brought into view.
 */
import { hashToAnchor } from '../../lib/links/carry-over';

export function revealLinkedSections(hides: (id: string) => boolean, reveal: () => void): void {
	// Capture: the tool lets go before the browser follows the link (a link to the fragment
	// already in the URL fires no hashchange).
	document.addEventListener(
		'click',
		(event) => {
			const link = (event.target as Element | null)?.closest?.('a[href^="#"]');
			if (link && hides(hashToAnchor(link.getAttribute('href')!))) reveal();
		},
		{ capture: true },
	);
	addEventListener('hashchange', () => {
		const id = hashToAnchor(location.hash);
		if (!hides(id)) return;
		reveal();
		document.getElementById(id)?.scrollIntoView({ block: 'start' });
	});
}
