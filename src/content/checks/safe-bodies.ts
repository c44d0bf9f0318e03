import { unsafeHtml } from '../unsafe-html';
import type { ErrorData } from '../schemas';
import type { ContentCheck } from './check';

/** Longest MDX body the build reads (the longest today is under 2,000 characters). */
export const maxBodyLength = 50_000;

/** MDX bodies are prose: no scripts, frames, objects, remote images or event attributes. */
export const safeBodies: ContentCheck = {
	name: 'MDX bodies carry no active or remote HTML',
	run(index, report) {
		for (const entry of index.entries) {
			const body = entry.body ?? '';
			if (body.length > maxBodyLength) {
				report({
					file: entry.file,
					field: 'body',
					message: `the body is ${body.length} characters long`,
					hint: `Keep a body under ${maxBodyLength} characters: split the entry.`,
				});
				continue;
			}
			const allowed = new Set(((entry.data as ErrorData).httpLinks ?? []).map((h) => h.url));
			for (const f of unsafeHtml(body, allowed))
				report({
					file: entry.file,
					field: 'body',
					message: `${f.message} (line ${f.line} of the body)`,
					hint: f.hint,
				});
		}
	},
};
