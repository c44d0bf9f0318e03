/**
 * The synonym groups of each language, read from `content/synonyms/<lang>.json` and validated
 * with their schema: a mistake fails the build with the file and the field.
 */
import en from '../../content/synonyms/en.json' with { type: 'json' };
import fr from '../../content/synonyms/fr.json' with { type: 'json' };
import { parseJsonFile } from './json-file';
import type { Lang } from '../i18n/languages';
import { synonymsSchema, type SynonymsData } from './schemas';

/** Parses one language's file; throws with the file and the field when it is wrong. */
export const parseSynonyms = (lang: Lang, json: unknown): SynonymsData =>
	parseJsonFile(synonymsSchema, `content/synonyms/${lang}.json`, json);

/** The site's files (imported at build time), checked. */
export const loadSynonyms = (): Record<Lang, SynonymsData> => ({
	en: parseSynonyms('en', en),
	fr: parseSynonyms('fr', fr),
});
