/**
 * The guided walk through an error's causes, as it is kept in the URL:
 *
 *   ?guide=1&s=no-internet-access:skip,windows-agent-unresponsive:fixed&os=linux
 *
 * - `guide=1`: the guided mode is on;
 * - `s`: the causes answered so far, in the order they were answered, `<cause id>:<outcome>`;
 * - `os`: the guest filter (`windows` or `linux`; absent = both).
 *
 * Pure and total: decoding never throws, whatever a ticket or a chat client did to the link;
 * unknown causes, outcomes and duplicates are dropped. Other query parameters are kept.
 */

/** The three answers of the walk. */
export const outcomes = ['fixed', 'skip', 'cant'] as const;
/** `fixed`: fixed it · `skip`: not this one, next · `cant`: can't check. */
export type Outcome = (typeof outcomes)[number];

export const guestFilters = ['windows', 'linux'] as const;
export type GuestFilter = (typeof guestFilters)[number];

export interface GuidedState {
	/** The guided mode is on. */
	guide: boolean;
	/** Answered causes, in the order of the answers. */
	answers: { cause: string; outcome: Outcome }[];
	/** Guest filter; undefined shows every guest. */
	os?: GuestFilter;
}

export const emptyState: GuidedState = { guide: false, answers: [] };

/** Query parameters the state owns. */
export const stateParams = ['guide', 's', 'os'] as const;

const isOutcome = (v: string): v is Outcome => (outcomes as readonly string[]).includes(v);
const isGuest = (v: string): v is GuestFilter => (guestFilters as readonly string[]).includes(v);

function params(search: string): URLSearchParams {
	try {
		return new URLSearchParams(search.replace(/^\?/, ''));
	} catch {
		return new URLSearchParams();
	}
}

/**
 * Reads the state from a query string. `causeIds` (the error's causes) filters out anything
 * else; without it, any well-formed id is kept.
 */
export function decodeState(search: string, causeIds?: readonly string[]): GuidedState {
	const p = params(String(search ?? ''));
	const guide = ['1', 'true', 'on', 'yes'].includes((p.get('guide') ?? '').trim().toLowerCase());
	const known = causeIds ? new Set(causeIds) : undefined;
	const answers: GuidedState['answers'] = [];
	const seen = new Set<string>();
	for (const item of (p.get('s') ?? '').split(',')) {
		const [rawCause = '', rawOutcome = '', ...rest] = item.trim().split(':');
		const cause = rawCause.trim().toLowerCase();
		const outcome = rawOutcome.trim().toLowerCase();
		if (rest.length > 0 || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(cause) || !isOutcome(outcome))
			continue;
		if (known && !known.has(cause)) continue;
		if (seen.has(cause)) continue;
		seen.add(cause);
		answers.push({ cause, outcome });
		if (outcome === 'fixed') break; // Nothing is answered after the fix.
	}
	const os = (p.get('os') ?? '').trim().toLowerCase();
	return { guide, answers, ...(isGuest(os) ? { os } : {}) };
}

/** Writes the state into a query string (with its `?`, or '' when empty), keeping other parameters. */
export function encodeState(state: GuidedState, search = ''): string {
	const p = params(search);
	for (const k of stateParams) p.delete(k);
	if (state.guide) p.set('guide', '1');
	if (state.guide && state.answers.length > 0)
		p.set('s', state.answers.map((a) => `${a.cause}:${a.outcome}`).join(','));
	if (state.os) p.set('os', state.os);
	// Ids, outcomes and `,:` are URL-safe: keep the list readable in tickets.
	const query = p.toString().replace(/%2C/gi, ',').replace(/%3A/gi, ':');
	return query ? `?${query}` : '';
}

/** Does an entry that applies to `guest` show under the filter? */
export function guestVisible(guest: string | undefined, os: GuestFilter | undefined): boolean {
	return !os || !guest || guest === 'all' || guest === os;
}

export interface CauseInfo {
	id: string;
	/** `all`, `windows` or `linux`. */
	guest: string;
}

/** The causes the walk goes through: the error's order, minus those the OS filter hides. */
export function walkOrder(causes: readonly CauseInfo[], os: GuestFilter | undefined): string[] {
	return causes.filter((c) => guestVisible(c.guest, os)).map((c) => c.id);
}

/** The cause to look at now, or undefined when the walk is over (fixed, or all answered). */
export function currentCause(causes: readonly CauseInfo[], state: GuidedState): string | undefined {
	if (state.answers.some((a) => a.outcome === 'fixed')) return undefined;
	const answered = new Set(state.answers.map((a) => a.cause));
	return walkOrder(causes, state.os).find((id) => !answered.has(id));
}

/** Records an answer for a cause (replacing an earlier answer to it). */
export function answer(state: GuidedState, cause: string, outcome: Outcome): GuidedState {
	return {
		...state,
		answers: [...state.answers.filter((a) => a.cause !== cause), { cause, outcome }],
	};
}

/** Takes back the last answer. */
export function undo(state: GuidedState): GuidedState {
	return { ...state, answers: state.answers.slice(0, -1) };
}

/** Where the walk stands: `fixed` by a cause, `exhausted` (all answered, none fixed) or `open`. */
export function walkStatus(
	causes: readonly CauseInfo[],
	state: GuidedState,
): { status: 'fixed' | 'exhausted' | 'open'; by?: string } {
	const fixed = state.answers.find((a) => a.outcome === 'fixed');
	if (fixed) return { status: 'fixed', by: fixed.cause };
	return currentCause(causes, state) ? { status: 'open' } : { status: 'exhausted' };
}
