/** A ranked target as the widgets and the CLI use it: what it is, where it lives, why it is there. */
import type { PreparedIndex } from './prepare';
import type { RankedResult, SearchIndexData, Why } from './types';

/** A target's title; a step without its own title has its solution's. */
export function targetTitle(data: SearchIndexData, target: number): string {
	const t = data.targets[target];
	if (!t) return '';
	return t.title ?? (t.parent === undefined ? undefined : data.targets[t.parent]?.title) ?? t.id;
}

export function resultOf(
	index: Pick<PreparedIndex, 'data'>,
	target: number,
	score: number,
	why: Why,
): RankedResult {
	const t = index.data.targets[target]!;
	// Another error (one the site does not cover) is named by the outcome, never listed as a result.
	if (t.kind === 'other') throw new Error(`target ${target} is another error, not a result`);
	const host = t.host === undefined ? undefined : index.data.targets[t.host]?.id;
	return host === undefined
		? { kind: t.kind, id: t.id, score, why }
		: { kind: t.kind, id: t.id, host, score, why };
}
