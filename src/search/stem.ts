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
 * A noun made from a verb without its ending (`desactivation` → `desactiv`, `redemarrage` →
 * `redemarr`, `configuration` → `configur`), when at least 5 letters are left: it shares the
 * verb's stem (`desactivees`, `redemarrer`, `configure`). Tuning split: French typed queries first
 * 33 → 34 of 44, nothing else moved.
 */
const verbal = (w: string) => /^(.{5,}?)(?:ations?|ements?|ages?)$/.exec(w)?.[1] ?? w;

/**
 * `schedules` / `schedule`, `redemarrez` / `redemarrer`, `bloquee` / `bloque`, `proxies` /
 * `proxy`: the same word, another ending. With `derived`, a noun made from a verb too
 * (`desactivation` / `desactivees`): for the word typed itself, not for its synonyms, whose
 * nouns drift further (`autoriser` stands for `whitelister`, `autorisations` does not).
 */
export function sameStem(a: string, b: string, derived = false): boolean {
	return close(a, b) || close(singular(a), singular(b)) || (derived && close(verbal(a), verbal(b)));
}

/**
 * A form of a synonym group's word: the same stem, and all of the group's word but its last two
 * letters (`timeouts` for `timeout`, `whitelisted` for `whitelist`), or the whole word and an
 * ending (`hanging` for `hang`, too short a word for a stem). A stem alone is loose for a word
 * the reader did not type: `timediff` (a `wevtutil` command's) shares "timed" with the group's
 * `timedout`, and `timeout` listed that step second. Tuning split unchanged (7 December).
 */
export function isSynonymForm(groupWord: string, word: string): boolean {
	let common = 0;
	while (common < groupWord.length && groupWord[common] === word[common]) common++;
	if (common === groupWord.length && /^(?:e?[ds]|ing)$/.test(word.slice(common))) return true;
	return common >= groupWord.length - 2 && sameStem(groupWord, word);
}
