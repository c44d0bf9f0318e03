import { languages } from '../../i18n/languages';
import type { ContentCheck } from './check';

/**
 * An error's causes and a cause's solutions name existing entries, each once; a cause shown as
 * a table gives each of its solutions a condition (the table's left column).
 */
export const references: ContentCheck = {
	name: 'references resolve, once each',
	run(index, report) {
		const causeIds = index.ids('causes');
		const solutionIds = index.ids('solutions');
		for (const lang of languages) {
			for (const id of index.ids('errors')) {
				const e = index.get('errors', id, lang);
				e?.data.causes.forEach((ref, i) => {
					if (!causeIds.includes(ref))
						report({
							file: e.file,
							field: `causes[${i}]`,
							message: `unknown cause "${ref}"`,
							hint: `Use one of: ${causeIds.join(', ')}.`,
						});
					else if (e.data.causes.indexOf(ref) !== i)
						report({
							file: e.file,
							field: `causes[${i}]`,
							message: `cause "${ref}" is listed twice`,
							hint: 'Each cause appears once, at the position to try it.',
						});
				});
			}
			for (const id of causeIds) {
				const c = index.get('causes', id, lang);
				c?.data.solutions.forEach((ref, i) => {
					if (!solutionIds.includes(ref))
						report({
							file: c.file,
							field: `solutions[${i}]`,
							message: `unknown solution "${ref}"`,
							hint: `Use one of: ${solutionIds.join(', ')}.`,
						});
					else if (c.data.solutions.indexOf(ref) !== i)
						report({
							file: c.file,
							field: `solutions[${i}]`,
							message: `solution "${ref}" is listed twice`,
							hint: 'Each solution appears once per cause.',
						});
					else {
						const s = index.get('solutions', ref, lang);
						if (c.data.presentation === 'table' && s && !s.data.condition)
							report({
								file: s.file,
								field: 'condition',
								message: `cause "${id}" shows its solutions as a table, but this row has no condition`,
								hint: 'Add `condition:` (the sub-cause, the left column of the table).',
							});
					}
				});
			}
		}
	},
};
