/**
 * What a search box says when a search fails, and whether it was the index that did not load
 * (timeout, network, HTTP error, bad format) or the matching itself that threw: only the first
 * may say the search "could not be loaded". A matching failure is logged to the console.
 */
import { plural } from '../strings';
import { IndexLoadError } from './index-load';
import type { SearchStrings } from './strings';

export interface Failure {
	/** The index did not load (a retry may help); otherwise the matching threw. */
	loading: boolean;
	/** A part of the search's code did not load: only loading the page again fetches it. */
	reload: boolean;
	/** The sentence to show. */
	text: string;
}

export function describeFailure(error: unknown, strings: SearchStrings, lang: string): Failure {
	if (error instanceof IndexLoadError) {
		const first =
			error.reason === 'timeout'
				? plural(strings, 'search:loadTimeout', Math.round(error.timeoutMs / 1000), lang)
				: strings['search:loadFailed'];
		return {
			loading: true,
			reload: error.reason === 'code',
			text: `${first} ${strings['search:checkConnection']}`,
		};
	}
	console.error('search: the matching failed', error);
	return { loading: false, reload: false, text: strings['search:matchFailed'] };
}

/**
 * The failure as a paragraph with a Retry button; `more` adds sentences (the page's list note).
 * Retry calls `retry`, or `reload` when the search's code itself did not load.
 */
export function failureNode(
	failure: Failure,
	strings: SearchStrings,
	retry: () => void,
	reload: () => void,
	more = '',
): HTMLElement {
	const p = document.createElement('p');
	p.className = 'verdict search-failure';
	p.dataset.failure = failure.loading ? 'load' : 'match';
	p.append(`${failure.text}${more ? ` ${more}` : ''} `);
	const button = document.createElement('button');
	button.type = 'button';
	button.className = 'retry';
	button.textContent = strings['search:retry'];
	button.addEventListener('click', failure.reload ? reload : retry);
	p.append(button);
	return p;
}

/** The loading note ("Loading the search…"). */
export function loadingNode(strings: SearchStrings): HTMLElement {
	const p = document.createElement('p');
	p.className = 'note search-loading';
	p.textContent = strings['search:loading'];
	return p;
}
