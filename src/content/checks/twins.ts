import { languages } from '../../i18n/languages';
import { collections } from '../entry-index';
import type { CollectionName, SignatureData, SolutionData } from '../schemas';
import type { RawEntry } from '../types';
import type { ContentCheck } from './check';

/** Fields that are language-neutral and must be identical in the French and English twins. */
export const neutralFields: Record<CollectionName, string[]> = {
	errors: ['order', 'codes', 'causes', 'laterCauses', 'legacyAnchors', 'formerIds', 'sources'],
	causes: [
		'order',
		'appliesTo',
		'solutions',
		'presentation',
		'legacyAnchors',
		'formerIds',
		'sources',
	],
	solutions: ['appliesTo', 'legacyAnchors', 'formerIds', 'sources'],
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Signatures pair up across languages: same kinds, guests and sources, in the same order (texts may be translated). */
const signaturesOf = (e: RawEntry) =>
	((e.data as { signatures?: SignatureData[] }).signatures ?? []).map((s) => [
		s.kind,
		s.guest,
		s.source,
	]);

const stepsOf = (e: RawEntry) =>
	(e.data as SolutionData).steps.map((s) => ({
		id: s.id,
		code: s.code.map((x) => [x.kind, x.value]),
	}));

/** Every entry exists in both languages, with the same language-neutral fields and steps. */
export const twins: ContentCheck = {
	name: 'every entry has its twin, with the same language-neutral fields',
	run(index, report) {
		for (const c of collections) {
			for (const id of index.ids(c)) {
				const [fr, en] = [index.get(c, id, 'fr'), index.get(c, id, 'en')];
				for (const lang of languages) {
					if (index.get(c, id, lang)) continue;
					report({
						file: (fr ?? en)!.file,
						field: 'id',
						message: `no ${lang === 'fr' ? 'French' : 'English'} twin for "${id}"`,
						hint: `Add content/${c}/${lang}/${id}.mdx with the same id (file name).`,
					});
				}
				if (!fr || !en) continue;
				for (const field of neutralFields[c]) {
					const a = (fr.data as Record<string, unknown>)[field];
					const b = (en.data as Record<string, unknown>)[field];
					if (!same(a, b))
						report({
							file: fr.file,
							field,
							message: `differs from its English twin ${en.file}`,
							hint: `"${field}" is language-neutral: make both files list the same values in the same order.`,
						});
				}
				if (c !== 'solutions' && !same(signaturesOf(fr), signaturesOf(en)))
					report({
						file: fr.file,
						field: 'signatures',
						message: `signatures differ from the English twin ${en.file} in number, kind, guest or source`,
						hint: 'List the same signatures in the same order in both languages: translate a symptom or a self-help text, copy a log line verbatim.',
					});
				if (c === 'solutions' && !same(stepsOf(fr), stepsOf(en)))
					report({
						file: fr.file,
						field: 'steps',
						message: `step ids or their code differ from the English twin ${en.file}`,
						hint: 'Keep the same steps, in the same order, with the same ids and the same verbatim code in both languages.',
					});
			}
		}
	},
};
