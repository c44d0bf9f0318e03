import { languages } from '../../i18n/languages';
import type { ContentCheck } from './check';

/**
 * A cause a later edition appended to an error (`laterCauses`) is in that error's `causes`,
 * after every cause the seed had: the seed's order stays first.
 */
export const laterCauses: ContentCheck = {
	name: 'causes a later edition added come after the seed’s',
	run(index, report) {
		for (const lang of languages) {
			for (const id of index.ids('errors')) {
				const e = index.get('errors', id, lang);
				if (!e) continue;
				const later = e.data.laterCauses;
				const seedCount = e.data.causes.length - later.length;
				later.forEach(({ cause }, i) => {
					const at = e.data.causes.indexOf(cause);
					if (at < seedCount)
						report({
							file: e.file,
							field: `laterCauses[${i}].cause`,
							message:
								at < 0
									? `"${cause}" is not in this error's causes`
									: `"${cause}" comes before a cause of the seed`,
							hint: 'List every cause a later edition added at the end of `causes`, after the seed’s.',
						});
				});
			}
		}
	},
};
