/** The shipped index: complete, and the same language-neutral ids and codes in both languages. */
import { describe, expect, it } from 'vitest';
import { indexes } from './helpers';

describe('search index', () => {
	it('lists every error with its codes and causes in order, and every cause', () => {
		const { en, fr } = indexes().data;
		expect(en.targets.map((t) => [t.kind, t.id])).toEqual(fr.targets.map((t) => [t.kind, t.id]));
		expect(en.codes).toEqual(fr.codes);
		const first = en.targets.find((t) => t.id === 'snapshot-failed-no-network');
		expect(first?.causes?.map((i) => en.targets[i]?.id)).toEqual([
			'no-internet-access',
			'snapshot-status-or-capture',
			'backup-extension-update-load',
		]);
		expect(en.codes['extensionsnapshotfailednonetwork']).toBe(en.targets.indexOf(first!));
	});
	it('has one Fuse record per phrase, in order', () => {
		for (const data of Object.values(indexes().data)) {
			expect(data.fuse.records.length).toBe(data.docs.length);
			expect(data.texts.length).toBe(data.docs.length);
		}
	});
});
