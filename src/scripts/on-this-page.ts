/**
 * The "On this page" list: open it on wide screens (where it is a column, not a collapsed
 * list), and mark the link of the section being read, following the reader's position
 * (on scroll, once a frame). Also tells CSS how tall the sticky bars are (`--sticky`), so a
 * deep link's target lands just below them.
 */
const wide = matchMedia('(min-width: 76rem)');

let sticky = 0;

function measureSticky(): void {
	const bars = [...document.querySelectorAll<HTMLElement>('.top, .crumb-bar')];
	const bottom = Math.max(
		0,
		...bars
			.filter((el) => ['sticky', 'fixed'].includes(getComputedStyle(el).position))
			.map((el) => el.offsetHeight),
	);
	sticky = bottom;
	if (bottom) document.documentElement.style.setProperty('--sticky', `${bottom}px`);
}

export function followReading(): void {
	measureSticky();
	addEventListener('resize', measureSticky);
	const box = document.querySelector<HTMLDetailsElement>('.on-this-page');
	if (!box) return;
	const open = () => {
		if (wide.matches) box.open = true;
	};
	open();
	wide.addEventListener('change', open);
	const links = [...box.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
	const targets = links.map((a) => document.getElementById(decodeURIComponent(a.hash.slice(1))));
	let current: HTMLAnchorElement | undefined;
	// A section is being read once it reaches the line where its own deep link puts it (its
	// scroll margin below the sticky bars), or a little lower: following its link marks it. At
	// the end of the page the last sections cannot reach that line: the last one in view is.
	const update = () => {
		const end = innerHeight + scrollY >= document.body.scrollHeight - 2;
		let reading: HTMLAnchorElement | undefined;
		targets.forEach((el, i) => {
			// A hidden section (the guest filter's, the guided walk's) is not being read.
			const top = el?.getClientRects().length ? el.getBoundingClientRect().top : Infinity;
			if (
				top <= Math.max(sticky + 80, parseFloat(getComputedStyle(el!).scrollMarginTop) || 0) + 1 ||
				(end && top < innerHeight)
			)
				reading = links[i];
		});
		if (reading === current) return;
		current?.removeAttribute('data-reading');
		reading?.setAttribute('data-reading', '');
		current = reading;
		// A long list scrolls in its column: keep the marked link in view there, never moving
		// the page (a no-op where the column does not scroll).
		const column = box.parentElement!;
		const offset = reading
			? reading.getBoundingClientRect().top - column.getBoundingClientRect().top
			: 0;
		if (offset < 0 || offset > column.clientHeight - 40)
			column.scrollTop += offset - column.clientHeight / 3;
	};
	let queued = 0;
	addEventListener(
		'scroll',
		() => (queued ||= requestAnimationFrame(() => ((queued = 0), update()))),
		{
			passive: true,
		},
	);
	update();
}
