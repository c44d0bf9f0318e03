/**
 * The "On this page" list: open it on wide screens (where it is a column, not a collapsed
 * list), and mark the link of the section being read, following the reader's position
 * (IntersectionObserver). Also tells CSS how tall the sticky bars are (`--sticky`), so a
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
	// scroll margin below the sticky bars), or a little lower: following its link marks it.
	const reached = (el: HTMLElement) =>
		el.getBoundingClientRect().top <=
		Math.max(sticky + 80, parseFloat(getComputedStyle(el).scrollMarginTop) || 0) + 1;
	const update = () => {
		let reading: HTMLAnchorElement | undefined;
		targets.forEach((el, i) => {
			if (el && reached(el)) reading = links[i];
		});
		if (reading === current) return;
		current?.removeAttribute('data-reading');
		reading?.setAttribute('data-reading', '');
		current = reading;
	};
	const observer = new IntersectionObserver(update, { rootMargin: '0px 0px -50% 0px' });
	targets.forEach((el) => el && observer.observe(el));
	update();
}
