/**
 * The health checklist (`content/checklist/<lang>.mdx`) cut into its sections, for the search:
 * each `<h2 id="…">` heading with the text under it. The page renders the MDX itself; this only
 * reads which sections it has, so that typed words find a check at its anchor.
 */
import { bodyText } from '../search/plain-text';

export interface ChecklistSection {
	/** The heading's id: the section's anchor on the checklist page. */
	id: string;
	/** The heading as read, without its number ("The VM agent"). */
	title: string;
	/** The section's text as a reader sees it (Markdown and tags dropped). */
	text: string;
}

const heading = /<h2\s+id="([a-z0-9-]+)"\s*>([\s\S]*?)<\/h2>/g;

/**
 * The sections of a checklist file, in order. Throws, naming the file, when it has none: the
 * search would silently lose the checklist.
 */
export function checklistSections(mdx: string, file: string): ChecklistSection[] {
	const found = [...mdx.matchAll(heading)];
	if (found.length === 0)
		throw new Error(`${file}: no <h2 id="…"> section; the search indexes the checklist by them`);
	return found.map((m, i) => {
		const end = found[i + 1]?.index ?? mdx.length;
		const title = bodyText(m[2]!)
			.replace(/\s+/g, ' ')
			.trim()
			.replace(/^\d{1,2}\.\s*/, '');
		if (title === '') throw new Error(`${file}: the section "${m[1]}" has an empty heading`);
		return { id: m[1]!, title, text: bodyText(mdx.slice(m.index + m[0].length, end)) };
	});
}
