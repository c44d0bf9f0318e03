/**
 * Inline Markdown (a step, a note) as the words a reader sees: link texts kept, their
 * addresses, emphasis marks and backticks dropped. Linear; used when the index is built.
 */
export function plainText(markdown: string): string {
	return markdown
		.replace(/\[([^\]\n]{0,500})\]\([^)\s]{0,2000}\)/g, '$1')
		.replace(/\*{1,3}|`/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * An MDX body as the words a reader sees: imports, exports and tags dropped, fences and
 * headings unmarked, then each line as inline Markdown.
 */
export function bodyText(mdx: string): string {
	return mdx
		.split('\n')
		.filter((line) => !/^\s*(?:import|export)\s/.test(line) && !/^\s*```/.test(line))
		.map((line) =>
			plainText(
				line
					.replace(/<\/?[A-Za-z][^<>]{0,400}>/g, ' ')
					.replace(/^\s{0,3}(?:#{1,6}|[-*+]|\d{1,3}[.)]|>)\s+/, ''),
			),
		)
		.join('\n');
}
