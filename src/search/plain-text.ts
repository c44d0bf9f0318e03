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
