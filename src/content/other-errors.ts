/**
 * The other Azure Backup errors (those this site does not cover), read from
 * `content/other-errors/<lang>.json`: validated with their schema, and paired across languages
 * (the same ids, the same codes, none of them one of our codes). A mistake fails the build with
 * the file and the field.
 */
import en from '../../content/other-errors/en.json' with { type: 'json' };
import fr from '../../content/other-errors/fr.json' with { type: 'json' };
import { parseJsonFile } from './json-file';
import type { Lang } from '../i18n/languages';
import { otherErrorsSchema, type OtherErrorsData } from './schemas';

const raw: Record<Lang, unknown> = { en, fr };
const fileOf = (lang: Lang) => `content/other-errors/${lang}.json`;

/** Parses one language's file; throws with the file and the field when it is wrong. */
export function parseOtherErrors(lang: Lang, json: unknown): OtherErrorsData {
	const data = parseJsonFile(otherErrorsSchema, fileOf(lang), json);
	const seen = new Set<string>();
	data.errors.forEach((e, i) => {
		if (seen.has(e.id))
			throw new Error(`${fileOf(lang)}: errors.${i}.id: "${e.id}" is listed twice`);
		seen.add(e.id);
	});
	return data;
}

/**
 * Problems between the two languages' files and with our own errors, as `file: field: message`
 * lines: each id in both files with the same codes, and no code that one of our errors has.
 */
export function otherErrorProblems(
	files: Record<Lang, OtherErrorsData>,
	ownCodes: ReadonlySet<string>,
): string[] {
	const problems: string[] = [];
	const byId = (lang: Lang) => new Map(files[lang].errors.map((e, i) => [e.id, { e, i }]));
	const ids = { en: byId('en'), fr: byId('fr') };
	for (const [lang, other] of [
		['en', 'fr'],
		['fr', 'en'],
	] as const)
		for (const [id, { e, i }] of ids[lang]) {
			const twin = ids[other].get(id);
			if (!twin)
				problems.push(`${fileOf(lang)}: errors.${i}.id: "${id}" has no entry in ${fileOf(other)}`);
			else if (lang === 'en' && twin.e.codes.join(' ') !== e.codes.join(' '))
				problems.push(
					`${fileOf(other)}: errors.${twin.i}.codes: ${JSON.stringify(twin.e.codes)} differ from ${fileOf(lang)} (${JSON.stringify(e.codes)})`,
				);
			e.codes.forEach((code, k) => {
				if (ownCodes.has(code.toLowerCase()))
					problems.push(
						`${fileOf(lang)}: errors.${i}.codes.${k}: ${code} is one of this site's errors, not another one`,
					);
			});
		}
	return problems;
}

/** Both languages' files (as parsed JSON), checked; throws with every problem when one is wrong. */
export function checkOtherErrors(
	json: Record<Lang, unknown>,
	ownCodes: ReadonlySet<string>,
): Record<Lang, OtherErrorsData> {
	const files = { en: parseOtherErrors('en', json.en), fr: parseOtherErrors('fr', json.fr) };
	const problems = otherErrorProblems(files, ownCodes);
	if (problems.length > 0) throw new Error(problems.join('\n'));
	return files;
}

/** The site's files (imported at build time), checked against our own codes (lower case). */
export const loadOtherErrors = (ownCodes: ReadonlySet<string>) => checkOtherErrors(raw, ownCodes);
