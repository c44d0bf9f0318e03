/**
 * The entries before and after one in a list (errors in the site's order): for the previous /
 * next links at the foot of an error page. Pure.
 */
export interface Neighbours<T> {
	previous?: T;
	next?: T;
}

export function neighbours<T>(items: readonly T[], current: T): Neighbours<T> {
	const i = items.indexOf(current);
	if (i < 0) return {};
	return {
		...(i > 0 ? { previous: items[i - 1] } : {}),
		...(i < items.length - 1 ? { next: items[i + 1] } : {}),
	};
}
