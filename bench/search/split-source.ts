/**
 * Which file of `bench/search/real/` a source's items go to (see its README, "How it was split"):
 * from batch 2 on, not by choice but by a hash of the source's key. sha256 of the key in hex;
 * first hex digit 0-7 → tuning, 8-f → held-out.
 */
import { createHash } from 'node:crypto';
import type { Split } from './real-corpus';

/**
 * Repositories that mirror another one's articles (forks, language versions): their files count as
 * the original's, so an article's English and French versions and its mirrors are one source.
 */
const MIRRORED: readonly [RegExp, string][] = [
	[/^[^/]+\/(?:MicrosoftDocs-)?azure-docs(?:\.[a-z]{2}-[a-z]{2})?$/i, 'MicrosoftDocs/azure-docs'],
	// The localization test mirrors (`OpenLocalizationTestOrg/azure-docs-pr15_fr-FR`).
	[/^[^/]+\/azure-docs-pr\d*(?:_[a-z]{2}-[a-z]{2})?$/i, 'MicrosoftDocs/azure-docs'],
	[/^[^/]+\/SupportArticles-docs(?:\.[a-z]{2}-[a-z]{2})?$/i, 'MicrosoftDocs/SupportArticles-docs'],
	// The virtual machines' articles moved, with their paths, to their own repository in 2024.
	[/^[^/]+\/azure-compute-docs(?:\.[a-z]{2}-[a-z]{2})?$/i, 'MicrosoftDocs/azure-docs'],
];

/** A source as the items give it: `{ url }` or `{ repo, path }` (commit and date do not count). */
export interface SourceRef {
	url?: string;
	repo?: string;
	path?: string;
}

/**
 * The key of a source: its URL without fragment or trailing slash, or `repo/path` with a mirror's
 * repository replaced by the original's (language versions keep the English path).
 */
export function sourceKey(source: SourceRef): string {
	if (source.url) return source.url.replace(/#.*$/, '').replace(/\/+$/, '');
	if (!source.repo || !source.path)
		throw new Error(`source without url or repo/path: ${JSON.stringify(source)}`);
	const repo = MIRRORED.find(([re]) => re.test(source.repo!))?.[1] ?? source.repo;
	return `${repo}/${source.path.replace(/^\/+/, '')}`;
}

/** The split a source key goes to: first hex digit of sha256(key) 0-7 → tuning, 8-f → held-out. */
export function splitOfKey(key: string): Split {
	const first = createHash('sha256').update(key, 'utf8').digest('hex')[0]!;
	return parseInt(first, 16) < 8 ? 'tuning' : 'held-out';
}

export const splitOf = (source: SourceRef): Split => splitOfKey(sourceKey(source));

// `tsx bench/search/split-source.ts <url | repo path>…`: print each source's key and the file its
// items are in (the first collection was split by choice, not by hash), else where its hash sends it.
if (import.meta.url === `file://${process.argv[1]}`) {
	const { loadReal } = await import('./real-corpus');
	const fileOf = new Map<string, Split>();
	for (const split of ['tuning', 'held-out'] as const)
		for (const item of loadReal(split)) fileOf.set(sourceKey(item.source), split);
	const args = process.argv.slice(2);
	for (let i = 0; i < args.length; i++) {
		const a = args[i]!;
		const source: SourceRef = /^https?:/.test(a) ? { url: a } : { repo: a, path: args[++i] ?? '' };
		const key = sourceKey(source);
		const file = fileOf.get(key);
		const why = file ? `(its items are in ${file}.json)` : '(no item yet: by the hash of its key)';
		console.log(`${(file ?? splitOfKey(key)).padEnd(8)} ${key} ${why}`);
	}
}
