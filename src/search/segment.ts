/**
 * Cuts a text into phrases at the places where an error message starts or ends: sentence
 * punctuation, the portal's " - " between the message and the recommended action, table
 * pipes, quotes, brackets, `key=`, `:` before a value, blank lines. Single line breaks are
 * not cuts (a message wrapped in an e-mail must stay whole). Used on both sides: content
 * (messages, variants, titles) and pastes, so both sides are phrases of the same shape.
 */
import { foldQuotes, words } from './fold';

const boundary =
	/…|\.{3}|[.!?;](?=\s|$)|:(?=\s|$)|\s[-|]\s|[|"{}[\]()=<>]|\n[ \t]*\n|\s-{2,}\s|(?:^|\s)'|'(?=\s|$)/g;

/** The phrases of a text as written (typographic quotes kept), without the cutting punctuation. */
export function phraseTexts(text: string, maxPhrases = Infinity): string[] {
	// Folding quotes maps each character to one character, so offsets in the folded text are offsets in `text`.
	const folded = foldQuotes(text);
	const out: string[] = [];
	let start = 0;
	const take = (end: number) => {
		// Spaces folded, and no stray comma or colon left at either end by a cut ("(…), then").
		const trimmed = text
			.slice(start, end)
			.replace(/\s+/g, ' ')
			.replace(/^[\s,;:]+|[\s,;:]+$/g, '');
		if (/[\p{L}\p{N}]/u.test(trimmed) && out.length < maxPhrases) out.push(trimmed);
	};
	for (const m of folded.matchAll(new RegExp(boundary.source, 'g'))) {
		take(m.index);
		start = m.index + m[0].length;
	}
	take(text.length);
	return out;
}

/** Folded word lists, one per phrase; empty phrases dropped. */
export function segments(text: string, maxPhrases = Infinity): string[][] {
	const out: string[][] = [];
	for (const part of foldQuotes(text).split(boundary)) {
		const w = words(part);
		if (w.length > 0) out.push(w);
		if (out.length >= maxPhrases) break;
	}
	return out;
}

/** A pasted phrase; `cut` when it stops short (an ellipsis, or the end of the paste without final punctuation). */
export interface PastedPhrase {
	words: string[];
	cut: boolean;
	/** Positions of the words that start a new line (a phrase may span lines: a wrapped message, or a log line before it). */
	lines: number[];
}

/**
 * The phrases of a paste, with where they were cut. Beyond `max` phrases, the first and the
 * last halves are kept (a long log ends with the error).
 */
export function pastedPhrases(text: string, max: number): PastedPhrase[] {
	const folded = foldQuotes(text);
	const out: PastedPhrase[] = [];
	let start = 0;
	const re = new RegExp(boundary.source, 'g');
	const hasWord = /[\p{L}\p{N}]/u;
	const push = (part: string, cut: boolean) => {
		if (!hasWord.test(part)) return;
		const w: string[] = [];
		const lines: number[] = [];
		for (const line of part.split('\n')) {
			const lw = words(line);
			if (lw.length === 0) continue;
			if (w.length > 0) lines.push(w.length);
			// No spread: a line may hold hundreds of thousands of words.
			for (const word of lw) w.push(word);
		}
		if (w.length > 0) out.push({ words: w, cut, lines });
	};
	for (let m = re.exec(folded); m; m = re.exec(folded)) {
		if (m.index > start) push(folded.slice(start, m.index), m[0] === '…' || m[0] === '...');
		start = m.index + m[0].length;
		if (m[0].length === 0) re.lastIndex++;
	}
	push(folded.slice(start), true);
	return out.length <= max
		? out
		: out.slice(0, Math.ceil(max / 2)).concat(out.slice(out.length - Math.floor(max / 2)));
}
