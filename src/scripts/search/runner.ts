/**
 * When and how a search box searches, the same for the header box and the search page: typing
 * waits `TYPING_DELAY_MS` for the next key, a paste or Enter searches at once, and only the answer
 * to the latest text is shown (an older search that ends late is dropped).
 */
import type { Lang } from '../../i18n/languages';
import { indexReady, searchPaste, type PageOutcome } from './engine';

/** Typing waits this long for the next key before searching. */
export const TYPING_DELAY_MS = 120;

/** A search still waiting for the index after this long says that the search is loading. */
export const LOADING_NOTE_MS = 150;

export interface SearchHandlers {
	/** A search is scheduled (typing or a paste is waiting to be searched). */
	scheduled?(): void;
	/** The box is empty (or only blanks). */
	idle(): void;
	/** A search of `query` starts. */
	busy?(query: string): void;
	/** The latest search is still waiting for the index after `LOADING_NOTE_MS`. */
	loading?(): void;
	/** The answer to the latest text. */
	answer(outcome: PageOutcome, query: string): void;
	/** The search of the latest text failed. */
	failed(error: unknown): void;
	/** The search of the latest text ended, either way. */
	settled?(): void;
}

export interface SearchRunner {
	/** For the box's `input` events: a paste searches at once, typing after a pause. */
	onInput(event: Event): void;
	/** Searches the box's text after `delay` ms (0: at once), replacing any pending search. */
	schedule(delay?: number): void;
}

export function searchRunner(lang: Lang, text: () => string, on: SearchHandlers): SearchRunner {
	let timer: ReturnType<typeof setTimeout> | undefined;
	let generation = 0;
	const run = async () => {
		const query = text();
		const mine = ++generation;
		if (!query.trim()) return on.idle();
		on.busy?.(query);
		const note = indexReady(lang)
			? undefined
			: setTimeout(() => {
					if (mine === generation) on.loading?.();
				}, LOADING_NOTE_MS);
		try {
			const outcome = await searchPaste(query, lang);
			if (mine === generation) on.answer(outcome, query);
		} catch (error) {
			if (mine === generation) on.failed(error);
		} finally {
			clearTimeout(note);
			if (mine === generation) on.settled?.();
		}
	};
	const schedule = (delay = 0) => {
		on.scheduled?.();
		clearTimeout(timer);
		timer = setTimeout(() => void run(), delay);
	};
	return {
		schedule,
		onInput: (event) =>
			schedule((event as InputEvent).inputType === 'insertFromPaste' ? 0 : TYPING_DELAY_MS),
	};
}
