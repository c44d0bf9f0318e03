import { describe, expect, it } from 'vitest';
import { wordingLang } from '../../../src/lib/quoted-language';

const en = { message: 'The VM is in failed provisioning state', variants: ['Older wording'] };

describe('the language of a quoted wording', () => {
	it('marks, on a French page, the wordings the English twin shows as English', () => {
		expect(wordingLang('The VM is in failed provisioning state', 'fr', en)).toBe('en');
		expect(wordingLang('Older wording', 'fr', en)).toBe('en');
		expect(wordingLang('Échec de l’approvisionnement de la machine virtuelle', 'fr', en)).toBe(
			'fr',
		);
	});
	it('leaves English pages, and pages without a twin, in their own language', () => {
		expect(wordingLang('anything', 'en', en)).toBe('en');
		expect(wordingLang('The VM is in failed provisioning state', 'fr', undefined)).toBe('fr');
	});
});
