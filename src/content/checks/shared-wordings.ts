import { languages } from '../../i18n/languages';
import type { ContentCheck } from './check';

/**
 * A wording shared by two errors (`sharedWordings`) is declared on both, each naming the other,
 * and is the exact message or a variant of at least one of them (the search indexes it there;
 * the shared declaration is what leads a reader from one error to the other).
 */
export const sharedWordings: ContentCheck = {
	name: 'a shared wording is declared on both errors',
	run(index, report) {
		for (const lang of languages) {
			for (const id of index.ids('errors')) {
				const e = index.get('errors', id, lang);
				if (!e) continue;
				// `?? []`: an entry cached by Astro before the field existed has no default yet.
				(e.data.sharedWordings ?? []).forEach(({ text, with: other }, i) => {
					const field = `sharedWordings[${i}]`;
					const peer = other === id ? undefined : index.get('errors', other, lang);
					if (!peer) {
						report({
							file: e.file,
							field: `${field}.with`,
							message:
								other === id
									? 'a wording cannot be shared with the error itself'
									: `"${other}" is not an error in ${lang}`,
							hint: 'Name the id of the other error (its file name under content/errors/).',
						});
						return;
					}
					const back = (peer.data.sharedWordings ?? []).some(
						(s) => s.with === id && s.text === text,
					);
					const wordingsOf = (d: typeof e.data) => [d.message, ...d.variants];
					if (!wordingsOf(e.data).includes(text) && !wordingsOf(peer.data).includes(text))
						report({
							file: e.file,
							field: `${field}.text`,
							message: `"${text}" is the message or a variant of neither this error nor ${other}`,
							hint: 'Copy the shared wording exactly into the `variants` of the error that shows it, or fix `text`.',
						});
					if (!back)
						report({
							file: e.file,
							field,
							message: `${peer.file} does not declare this wording back (sharedWordings with: ${id})`,
							hint: `Add the same entry to ${peer.file}: sharedWordings: [{ text: "${text}", with: ${id}, source: … }].`,
						});
				});
			}
		}
	},
};
