/**
 * The language of a wording (an other error's variant), from its function words: a French
 * wording inside an entry kept in English is marked up in French, and the reverse.
 */
import { describe, expect, it } from 'vitest';
import { variantLang, wordingLanguage } from '../../../src/content/wording-language';

describe('the language of a wording', () => {
	it('reads French and English wordings by their function words', () => {
		expect(wordingLanguage('La base de données configurée pour la sauvegarde n’existe pas.')).toBe(
			'fr',
		);
		expect(wordingLanguage('Database configured for backup does not exist.')).toBe('en');
	});

	it('says nothing of a wording with no function word, or with both languages’ ', () => {
		expect(wordingLanguage('UserErrorHANAPODoesNotExist')).toBeUndefined();
		expect(wordingLanguage('Backup failed: la sauvegarde a échoué, please retry')).toBeUndefined();
	});

	it('marks a variant only when it reads as another language than its block', () => {
		expect(variantLang('Une opération en conflit est en cours.', 'en')).toBe('fr');
		expect(variantLang('Une opération en conflit est en cours.', 'fr')).toBeUndefined();
		expect(variantLang('Misconfigured CA store', 'fr')).toBeUndefined();
		expect(variantLang('The operation is in progress.', 'fr')).toBe('en');
	});
});
