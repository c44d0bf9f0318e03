/** The public address of a source: its page, or the file in its repository (at its commit when known). */
export function sourceUrl(source: {
	url?: string | undefined;
	repo?: string | undefined;
	path?: string | undefined;
	commit?: string | undefined;
}): string | undefined {
	if (source.url) return source.url;
	if (!source.repo || !source.path) return undefined;
	return `https://github.com/${source.repo}/blob/${source.commit ?? 'HEAD'}/${source.path}`;
}
