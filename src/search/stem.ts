/** Two words share a stem when they differ only in an ending of up to 3 letters after 5 in common. */
export const STEM_MIN = 5;
const ENDING_MAX = 3;

const close = (a: string, b: string): boolean => {
	let common = 0;
	while (common < a.length && common < b.length && a[common] === b[common]) common++;
	return common >= STEM_MIN && a.length - common <= ENDING_MAX && b.length - common <= ENDING_MAX;
};

/** An English plural in -ies is its word in -y (`proxies`, `policies`): too short a stem otherwise. */
const singular = (w: string) => (w.length > 5 && w.endsWith('ies') ? `${w.slice(0, -3)}y` : w);

/**
 * `schedules` / `schedule`, `redemarrez` / `redemarrer`, `bloquee` / `bloque`, `proxies` /
 * `proxy`: the same word, another ending.
 */
export function sameStem(a: string, b: string): boolean {
	return close(a, b) || close(singular(a), singular(b));
}
