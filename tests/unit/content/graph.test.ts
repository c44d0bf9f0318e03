import { describe, expect, it } from 'vitest';
import { loadKnowledgeBaseFromDisk } from '../../../src/content/from-disk';

/** The real content: the seed's structure must survive every edit. */
const { kb } = loadKnowledgeBaseFromDisk('content');

describe('the knowledge base graph (real content)', () => {
	it('starts with the seed’s five errors and five causes, in the seed’s order', () => {
		expect(kb.errorIds.slice(0, 5)).toEqual([
			'guest-agent-status-unavailable',
			'snapshot-failed-no-network',
			'vmsnapshot-extension-failed',
			'vm-agent-not-responsive',
			'backup-internal-error',
		]);
		expect(kb.causeIds.slice(0, 5)).toEqual([
			'no-internet-access',
			'windows-agent-unresponsive',
			'linux-agent-outdated',
			'snapshot-status-or-capture',
			'backup-extension-update-load',
		]);
	});

	it('lists each seed error’s causes from the seed first, in the seed’s order', () => {
		const [C1, C2, C3, C4, C5] = kb.causeIds;
		const expected: Record<string, (string | undefined)[]> = {
			'guest-agent-status-unavailable': [C1, C2, C3, C4, C5],
			'snapshot-failed-no-network': [C1, C4, C5],
			'vmsnapshot-extension-failed': [C4, C5, C1, C2, C3],
			'vm-agent-not-responsive': [C2, C3, C1],
			'backup-internal-error': [C1, C2, C3, C4, C5],
		};
		for (const lang of ['en', 'fr'] as const) {
			for (const [id, causes] of Object.entries(expected))
				expect(kb.errors[lang].get(id)?.causes.slice(0, causes.length)).toEqual(causes);
		}
	});

	it('marks each cause a later edition appended to a seed error with that edition, after the seed’s', () => {
		for (const lang of ['en', 'fr'] as const) {
			for (const id of kb.errorIds.slice(0, 5)) {
				const error = kb.errors[lang].get(id)!;
				const later = error.laterCauses.map((l) => l.cause);
				expect(error.causes.slice(error.causes.length - later.length)).toEqual(later);
				for (const { addedBy } of error.laterCauses) expect(addedBy.date > '2017-08-31').toBe(true);
			}
		}
		expect(kb.errors.en.get('backup-internal-error')!.laterCauses.map((l) => l.cause)).toEqual([
			'restore-point-group-locked',
			'extension-module-mismatch',
		]);
	});

	it('records a source edition on every entry added after the seed', () => {
		const seedCauses = new Set(kb.causeIds.slice(0, 5));
		for (const id of kb.errorIds.slice(5))
			expect(kb.errors.en.get(id)!.sources.length, id).toBeGreaterThan(0);
		for (const id of kb.causeIds.filter((c) => !seedCauses.has(c)))
			expect(kb.causes.en.get(id)!.sources.length, id).toBeGreaterThan(0);
	});

	it('derives which errors list each cause, at which position', () => {
		expect(kb.causeListings.get('linux-agent-outdated')).toEqual([
			{ errorId: 'guest-agent-status-unavailable', position: 3 },
			{ errorId: 'vmsnapshot-extension-failed', position: 5 },
			{ errorId: 'vm-agent-not-responsive', position: 2 },
			{ errorId: 'backup-internal-error', position: 3 },
		]);
	});

	it('maps every error code (case-insensitively) to its error', () => {
		expect(kb.codes.get('usererrorguestagentstatusunavailable')).toBe(
			'guest-agent-status-unavailable',
		);
		expect(kb.codes.get('extensionoperationfailedformanageddisks')).toBe(
			'vmsnapshot-extension-failed',
		);
		expect(kb.codes.get('backupoperationfailedv2')).toBe('backup-internal-error');
	});

	it('hosts every solution on exactly one cause page', () => {
		for (const id of kb.solutionIds) expect(kb.causeIds).toContain(kb.solutionCause.get(id));
	});
});
