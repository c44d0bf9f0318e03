/**
 * The reusable support blocks (checking a fix, what to collect before a ticket), read from
 * `content/support/<lang>.json` and validated with the same step schema as solutions.
 */
import en from '../../content/support/en.json' with { type: 'json' };
import fr from '../../content/support/fr.json' with { type: 'json' };
import type { Lang } from '../i18n/languages';
import { supportSchema, type SupportData } from './schemas';

const raw: Record<Lang, unknown> = { en, fr };

/** The support blocks of one language; throws with the file and field when the JSON is wrong. */
export function supportBlocks(lang: Lang): SupportData {
	const result = supportSchema.safeParse(raw[lang]);
	if (!result.success)
		throw new Error(
			`content/support/${lang}.json: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
		);
	return result.data;
}
