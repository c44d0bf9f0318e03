/**
 * The reusable support blocks (checking a fix, what to collect before a ticket), read from
 * `content/support/<lang>.json` and validated with the same step schema as solutions, and with
 * the same link rules as the entries (https, mailto or in-site; src/lib/link-policy.ts).
 */
import en from '../../content/support/en.json' with { type: 'json' };
import fr from '../../content/support/fr.json' with { type: 'json' };
import { parseJsonFile } from './json-file';
import type { Lang } from '../i18n/languages';
import { markdownLinks } from '../lib/inline-markdown';
import { linkProblem } from '../lib/link-policy';
import { supportSchema, type SupportData } from './schemas';

const raw: Record<Lang, unknown> = { en, fr };

/** Link problems of the blocks' inline Markdown, as `field: message. Hint: hint` lines. */
export function supportLinkProblems(data: SupportData): string[] {
	const fields: [string, string][] = [];
	for (const block of ['verify', 'collect'] as const) {
		fields.push([`${block}.intro`, data[block].intro]);
		data[block].steps.forEach((step, i) => {
			fields.push([`${block}.steps.${i}.text`, step.text]);
			if (step.note) fields.push([`${block}.steps.${i}.note`, step.note]);
		});
	}
	return fields.flatMap(([field, text]) =>
		markdownLinks(text).flatMap((href) => {
			const problem = linkProblem(href);
			return problem ? [`${field}: ${problem.message}. Hint: ${problem.hint}`] : [];
		}),
	);
}

/** Parses one language's blocks; throws with the file and field when the JSON or a link is wrong. */
export function parseSupport(lang: Lang, json: unknown): SupportData {
	const data = parseJsonFile(supportSchema, `content/support/${lang}.json`, json);
	const problems = supportLinkProblems(data);
	if (problems.length > 0) throw new Error(`content/support/${lang}.json → ${problems.join('\n')}`);
	return data;
}

/** The support blocks of one language; throws with the file and field when the JSON is wrong. */
export function supportBlocks(lang: Lang): SupportData {
	return parseSupport(lang, raw[lang]);
}
