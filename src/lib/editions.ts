/**
 * How an edition of a source article is named on the page: its date, written the way the
 * reader's language writes dates (the repository stays as it is, it is a name).
 */
import type { Lang } from '../i18n/languages';
import type { SourceData } from '../content/schemas';

/** `2018-01-09` → "January 9, 2018" (en) or "9 janvier 2018" (fr); read as UTC so it never shifts a day. */
export function editionDate(source: Pick<SourceData, 'date'>, lang: Lang): string {
	return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-US', {
		dateStyle: 'long',
		timeZone: 'UTC',
	}).format(new Date(`${source.date}T00:00:00Z`));
}

/** The edition that appended a cause to an error, or undefined for a cause the seed had. */
export function addedByEdition(
	laterCauses: { cause: string; addedBy: SourceData }[],
	causeId: string,
): SourceData | undefined {
	return laterCauses.find((l) => l.cause === causeId)?.addedBy;
}
