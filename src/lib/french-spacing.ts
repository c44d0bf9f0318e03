/**
 * French typography: a non-breaking space (U+00A0 or U+202F) goes before the high punctuation
 * marks `: ; ? !`, after `«` and before `»` (else a line may break between a guillemet and its
 * words). Finds the places in French prose where an ordinary space (or none) stands
 * there instead. Code spans, `<code>` elements, links' targets and URLs are not prose: they are
 * skipped, so commands and exact English strings stay verbatim.
 */

/** One place where the space before a high punctuation mark is missing or breakable. */
export interface SpacingProblem {
	/** The mark: `:`, `;`, `?`, `!`, `«` or `»`. */
	mark: string;
	/** Up to 30 characters of prose around the mark, to find it. */
	context: string;
}

/** Removes what is not prose: code spans, `<code>` elements, HTML tags, Markdown link targets, URLs. */
export function proseOnly(text: string): string {
	return text
		.replace(/`[^`]*`/g, ' ')
		.replace(/<code\b[^>]*>[\s\S]*?<\/code>/g, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\]\([^)]*\)/g, '] ')
		.replace(/\b[a-z][a-z0-9+.-]*:\/\/\S+/gi, ' ')
		.replace(/\{\{[^}]*\}\}/g, ' ');
}

const nbsp = /[\u00a0\u202f]/;

/** Every high punctuation mark in French prose not preceded by a non-breaking space. */
export function findFrenchSpacingProblems(text: string): SpacingProblem[] {
	const prose = proseOnly(text);
	const problems: SpacingProblem[] = [];
	for (const m of prose.matchAll(/[:;?!]/g)) {
		const i = m.index ?? 0;
		const before = prose[i - 1] ?? '';
		// A mark that starts the text, follows another mark (`?!`), or ends a word inside a token
		// such as `C:` is not the prose case this rule is about; a letter directly before it is.
		if (nbsp.test(before) || before === '' || /[:;?!\n]/.test(before)) continue;
		if (m[0] === ':' && /\d/.test(before) && /\d/.test(prose[i + 1] ?? '')) continue; // 10:30
		problems.push({ mark: m[0], context: prose.slice(Math.max(0, i - 20), i + 10) });
	}
	// A guillemet and its words: `« ` and ` »` with an ordinary space.
	for (const m of prose.matchAll(/« |(?<= )»/g)) {
		const i = m.index ?? 0;
		problems.push({ mark: m[0].trim(), context: prose.slice(Math.max(0, i - 20), i + 10) });
	}
	return problems;
}

/** Rewrites ordinary spaces before `: ; ? ! »` and after `«` as non-breaking spaces (outside code and URLs is the caller's job). */
export function fixFrenchSpacing(prose: string): string {
	return prose.replace(/ ([:;?!»])/g, '\u00a0$1').replace(/« /g, '«\u00a0');
}
