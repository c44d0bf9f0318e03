import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	answer,
	currentCause,
	decodeState,
	encodeState,
	guestVisible,
	undo,
	walkOrder,
	walkStatus,
	type GuidedState,
} from '../../../src/lib/guided-state';

const causes = [
	{ id: 'no-internet-access', guest: 'all' },
	{ id: 'windows-agent-unresponsive', guest: 'windows' },
	{ id: 'linux-agent-outdated', guest: 'linux' },
	{ id: 'snapshot-status-or-capture', guest: 'all' },
];
const ids = causes.map((c) => c.id);

/** Queries that look almost right: real and fake ids, outcomes and separators, mixed. */
const nearlyValid = fc
	.tuple(
		fc.constantFrom('guide=1', 'guide=0', 'guide=', 'GUIDE=1', ''),
		fc.array(
			fc.tuple(
				fc.oneof(fc.constantFrom(...ids), fc.string()),
				fc.oneof(fc.constantFrom('fixed', 'skip', 'cant', 'FIXED'), fc.string()),
			),
			{ maxLength: 6 },
		),
		fc.oneof(fc.constantFrom('os=linux', 'os=windows', 'os=', 'os=Linux'), fc.string()),
	)
	.map(([g, pairs, os]) => `?${g}&s=${pairs.map(([c, o]) => `${c}:${o}`).join(',')}&${os}`);

describe('guided state in the URL', () => {
	it('decodes the documented format', () => {
		expect(
			decodeState(
				'?guide=1&s=no-internet-access:skip,windows-agent-unresponsive:fixed&os=linux',
				ids,
			),
		).toEqual({
			guide: true,
			answers: [
				{ cause: 'no-internet-access', outcome: 'skip' },
				{ cause: 'windows-agent-unresponsive', outcome: 'fixed' },
			],
			os: 'linux',
		});
	});

	it('encodes readably and keeps other parameters', () => {
		const state: GuidedState = {
			guide: true,
			answers: [{ cause: 'no-internet-access', outcome: 'cant' }],
			os: 'windows',
		};
		expect(encodeState(state, '?q=agent&guide=0')).toBe(
			'?q=agent&guide=1&s=no-internet-access:cant&os=windows',
		);
		expect(encodeState({ guide: false, answers: [] }, '?s=x&os=linux')).toBe('');
		expect(encodeState({ guide: false, answers: [], os: 'linux' })).toBe('?os=linux');
	});

	it('drops unknown causes, bad outcomes, duplicates and anything after a fix', () => {
		expect(
			decodeState(
				'guide=1&s=nope:fixed,no-internet-access:maybe,no-internet-access:skip,no-internet-access:fixed,linux-agent-outdated:fixed,snapshot-status-or-capture:skip',
				ids,
			).answers,
		).toEqual([
			{ cause: 'no-internet-access', outcome: 'skip' },
			{ cause: 'linux-agent-outdated', outcome: 'fixed' },
		]);
		expect(decodeState('os=BeOS').os).toBeUndefined();
		expect(decodeState('guide=yes').guide).toBe(true);
		expect(decodeState('guide=0').guide).toBe(false);
	});

	it('never throws on garbage, and always returns a well-formed state (property)', () => {
		fc.assert(
			fc.property(
				fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.webQueryParameters(), nearlyValid),
				(junk) => {
					const state = decodeState(junk, ids);
					expect(typeof state.guide).toBe('boolean');
					for (const a of state.answers) {
						expect(ids).toContain(a.cause);
						expect(['fixed', 'skip', 'cant']).toContain(a.outcome);
					}
					expect([undefined, 'windows', 'linux']).toContain(state.os);
					// And what we write back reads the same.
					expect(decodeState(encodeState(state), ids)).toEqual({
						...state,
						answers: state.guide ? state.answers : [],
					});
				},
			),
			{ numRuns: 2000 },
		);
	});

	it('round-trips any valid state (property)', () => {
		const arb = fc.record({
			guide: fc.constant(true),
			answers: fc.uniqueArray(
				fc.record({ cause: fc.constantFrom(...ids), outcome: fc.constantFrom('skip', 'cant') }),
				{ selector: (a) => a.cause },
			),
			os: fc.constantFrom(undefined, 'windows', 'linux'),
		});
		fc.assert(
			fc.property(arb, (raw) => {
				const state = (raw.os ? raw : { guide: raw.guide, answers: raw.answers }) as GuidedState;
				expect(decodeState(encodeState(state, '?q=x'), ids)).toEqual(state);
			}),
		);
	});
});

describe('the walk', () => {
	it('goes through the causes in order, skipping those the guest filter hides', () => {
		expect(walkOrder(causes, 'linux')).toEqual([
			'no-internet-access',
			'linux-agent-outdated',
			'snapshot-status-or-capture',
		]);
		let state: GuidedState = { guide: true, answers: [], os: 'linux' };
		expect(currentCause(causes, state)).toBe('no-internet-access');
		state = answer(state, 'no-internet-access', 'skip');
		expect(currentCause(causes, state)).toBe('linux-agent-outdated');
		state = answer(state, 'linux-agent-outdated', 'cant');
		state = answer(state, 'snapshot-status-or-capture', 'skip');
		expect(walkStatus(causes, state)).toEqual({ status: 'exhausted' });
		state = undo(state);
		expect(currentCause(causes, state)).toBe('snapshot-status-or-capture');
		state = answer(state, 'snapshot-status-or-capture', 'fixed');
		expect(walkStatus(causes, state)).toEqual({
			status: 'fixed',
			by: 'snapshot-status-or-capture',
		});
		expect(currentCause(causes, state)).toBeUndefined();
	});

	it('shows entries for all guests, the chosen guest, or everything without a filter', () => {
		expect(guestVisible('all', 'linux')).toBe(true);
		expect(guestVisible('windows', 'linux')).toBe(false);
		expect(guestVisible('windows', undefined)).toBe(true);
	});
});
