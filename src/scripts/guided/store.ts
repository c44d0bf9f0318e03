/**
 * The guided state of one error page (walk, answers, guest filter), shared by the tools: it lives
 * in the URL (history.replaceState; format in src/lib/guided-state.ts) and, while a walk is on, in
 * localStorage (`kb-guided:<error id>`), so "Resume" picks it up again; the guest filter is also
 * remembered from page to page (`kb-os`, storage.ts). Every change is announced
 * to the tools, which redraw.
 */
import { decodeState, encodeState, type GuidedState } from '../../lib/guided-state';
import { storageKey, storedOs } from './storage';

export interface Change {
	/** The change moves the walk on: focus and the URL's fragment follow the current cause. */
	moveOn: boolean;
}

export class GuidedStore {
	state: GuidedState;
	readonly #key: string;
	readonly #ids: string[];
	readonly #listeners: ((change: Change) => void)[] = [];

	constructor(errorId: string, causeIds: string[]) {
		this.#key = storageKey(errorId);
		this.#ids = causeIds;
		this.state = decodeState(location.search, causeIds);
		// The guest chosen on another error page, unless this URL says otherwise.
		const os = storedOs();
		if (os && !new URLSearchParams(location.search).has('os')) this.state = { ...this.state, os };
		if (this.state.guide) this.#store();
	}

	/** The walk the reader left on this error, if any. */
	stored(): GuidedState | undefined {
		try {
			const raw = localStorage.getItem(this.#key);
			return raw === null ? undefined : decodeState(raw, this.#ids);
		} catch {
			return undefined;
		}
	}

	onChange(listener: (change: Change) => void): void {
		this.#listeners.push(listener);
	}

	update(next: GuidedState, change: Change = { moveOn: false }): void {
		this.state = next;
		if (next.guide) this.#store();
		this.writeUrl();
		for (const listener of this.#listeners) listener(change);
	}

	/** Writes the state into the address, with `hash` as its fragment (default: the current one). */
	writeUrl(hash = location.hash): void {
		const search = encodeState(this.state, location.search);
		history.replaceState(history.state, '', `${location.pathname}${search}${hash}`);
	}

	#store(): void {
		try {
			localStorage.setItem(this.#key, encodeState({ ...this.state, guide: true }));
		} catch {
			/* storage refused: the URL still holds the state */
		}
	}
}
