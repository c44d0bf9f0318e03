import { describe, expect, it } from 'vitest';
import { normalise } from '../../../src/search/normalise';
import { readsAsOnly } from '../../../src/search/text-language';
import { search } from './helpers';

const reads = (text: string) => ({
	en: readsAsOnly(normalise(text), 'en'),
	fr: readsAsOnly(normalise(text), 'fr'),
});

describe('readsAsOnly: a text in one language, from its function words', () => {
	it('reads an English post as English alone, a French one as French alone', () => {
		expect(reads('The backup of my VM has been failing since Monday, any idea?')).toEqual({
			en: true,
			fr: false,
		});
		expect(reads('La sauvegarde de ma VM échoue depuis lundi, une idée ?')).toEqual({
			en: false,
			fr: true,
		});
	});

	it('reads an English log line as English, a bare code or a key=value line as neither', () => {
		expect(reads('2018/03/05 14:31:57 ERROR [ExtensionError] Downgrade not allowed')).toEqual({
			en: true,
			fr: false,
		});
		expect(reads('UserErrorGuestAgentStatusUnavailable')).toEqual({ en: false, fr: false });
		expect(reads('ERROR Event: name=Microsoft.Azure.RecoveryServices.VMSnapshotLinux')).toEqual({
			en: false,
			fr: false,
		});
	});

	it('reads a French ticket quoting an English message as both languages', () => {
		expect(
			reads(
				'Bonjour, la sauvegarde échoue avec : VM agent is unable to communicate with the Azure Backup Service.',
			),
		).toEqual({ en: false, fr: false });
	});

	it('never throws on odd input', () => {
		for (const odd of ['', ' ', '\u0000', 'é'.repeat(10_000), '{"a":[1,2,3]}'])
			expect(() => reads(odd)).not.toThrow();
	});
});

describe('the other language is read only when the text may be in it', () => {
	it('an English message on the French site still matches across languages', () => {
		// A wording the French page does not list.
		const out = search(
			"Your backup operation might have failed because the backup service was unable to communicate with your VM's Guest Agent.",
			'fr',
		);
		expect(out.verdict).toBe('match');
		expect(out.crossLanguage).toBe(true);
	});

	it('a French message pasted in a French ticket on the English site is matched in French', () => {
		const out = search(
			'Bonjour, depuis hier nos sauvegardes échouent avec ce message : L’agent de machine virtuelle ne peut pas communiquer avec la sauvegarde Microsoft Azure',
			'en',
		);
		expect(out.verdict).toBe('match');
		expect(out.crossLanguage).toBe(true);
		expect(out.results[0]?.id).toBe('guest-agent-status-unavailable');
	});

	it('an English post without a confident match on the English site is answered from English alone', () => {
		const out = search(
			'Since yesterday the VM agent stopped answering and every backup of this machine stays stuck, what should I check?',
			'en',
		);
		expect(out.verdict).not.toBe('match');
		expect(out.matchedLang).toBe('en');
		expect(out.crossLanguage).toBe(false);
	});
});
