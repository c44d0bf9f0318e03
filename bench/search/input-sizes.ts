/**
 * `npm run bench:search:sizes`: the worst match time per input size (1 KB to 1 MB), for the
 * kinds of text that cost the most: a log of real messages, words the index does not know,
 * one huge line, and code points that grow under Unicode normalisation (U+FDFA becomes 18
 * characters). Each case runs 3 times; the worst is printed, or the exception it threw.
 */
import { decodeHtml, indexesFromDisk } from '../../src/search/from-disk';
import { searchPaste } from '../../src/search/search';

const { prepared } = indexesFromDisk();
const sizes = [1_000, 10_000, 100_000, 1_000_000];
const fill = (unit: string, size: number) =>
	unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const kinds: Record<string, (size: number) => string> = {
	'log of messages': (n) =>
		fill(
			'2026-12-01T10:00:00Z INFO Snapshot operation failed due to no network connectivity on the virtual machine\n',
			n,
		),
	'unknown words': (n) => fill('zorglub quux frobnicate wibble ', n),
	'one line, no break': (n) => fill('a'.repeat(97) + '.. ', n),
	'expanding (U+FDFA)': (n) => fill('\uFDFA', n),
	'expanding (U+FDFA) in words': (n) => fill('backup \uFDFA failed ', n),
};
const pad = (s: string, n: number) => s.padEnd(n);
console.log(pad('input', 30) + sizes.map((s) => pad(`${s / 1000} KB`, 12)).join(''));
for (const [name, make] of Object.entries(kinds)) {
	const cells = sizes.map((size) => {
		const text = make(size);
		let worst = 0;
		try {
			for (let i = 0; i < 3; i++) {
				const t0 = performance.now();
				searchPaste(text, 'en', prepared, decodeHtml);
				worst = Math.max(worst, performance.now() - t0);
			}
			return `${worst.toFixed(1)} ms`;
		} catch (err) {
			return (err as Error).name;
		}
	});
	console.log(pad(name, 30) + cells.map((c) => pad(c, 12)).join(''));
}
