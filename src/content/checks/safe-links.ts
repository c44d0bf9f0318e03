import { markdownLinks } from '../../lib/inline-markdown';
import { linkProblem } from '../../lib/link-policy';
import type { ErrorData, SolutionData } from '../schemas';
import type { RawEntry } from '../types';
import type { ContentCheck } from './check';

/** The inline Markdown fields of an entry, each with its field path. */
function inlineFields(entry: RawEntry): { field: string; text: string }[] {
	if (entry.collection !== 'solutions') return [];
	const data = entry.data as SolutionData;
	return [
		...(data.condition ? [{ field: 'condition', text: data.condition }] : []),
		...data.steps.flatMap((step, i) => [
			{ field: `steps[${i}].text`, text: step.text },
			...(step.note ? [{ field: `steps[${i}].note`, text: step.note }] : []),
		]),
		...data.notes.map((note, i) => ({ field: `notes[${i}].text`, text: note.text })),
	];
}

/**
 * Links in step texts, notes and MDX bodies are https://, mailto: or in-site; an http:// link only
 * when the entry lists it in `httpLinks`, and each listed URL is used. Never `javascript:`,
 * `data:` or `vbscript:` (link-policy.ts).
 */
export const safeLinks: ContentCheck = {
	name: 'links are https, mailto or in-site',
	run(index, report) {
		for (const entry of index.entries) {
			// `?? []`: a content cache written before the field existed lacks it.
			const listed = ((entry.data as ErrorData).httpLinks ?? []).map((h) => h.url);
			const allowed = new Set(listed);
			const used = new Set<string>();
			const fields = [...inlineFields(entry)];
			if (entry.body) fields.push({ field: 'body', text: entry.body });
			for (const { field, text } of fields) {
				for (const href of markdownLinks(text, { inline: field !== 'body' })) {
					if (allowed.has(href.trim())) used.add(href.trim());
					const problem = linkProblem(href, allowed);
					if (problem) report({ file: entry.file, field, ...problem });
				}
			}
			listed.forEach((url, i) => {
				if (!used.has(url) && !entry.body?.includes(url))
					report({
						file: entry.file,
						field: `httpLinks[${i}].url`,
						message: `"${url}" is listed but no link uses it`,
						hint: 'Remove the entry from httpLinks, or use the URL as written.',
					});
			});
		}
	},
};
