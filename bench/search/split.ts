/**
 * What the first search would pull if the first index file were split the way Pagefind splits
 * its index, and only the parts a paste needs were fetched: word shards (each word's postings,
 * grouped by the word's first two letters), code shards (by the code's first six letters),
 * phrase fragments (64 phrases each) and target fragments (64 targets each). The paste's words
 * and their near words (and the words of the heavy phrases it chose among) pick the shards; the
 * 48 phrases sharing the most weight with it (what the matcher checks) pick the fragments.
 * Measured, not built: see docs/search.md.
 */
import { gzipSync } from 'node:zlib';
import { normalise } from '../../src/search/normalise';
import { cohesion, pickPhrases } from '../../src/search/phrases';
import { MAX_POSTINGS } from '../../src/search/rank';
import type { PreparedIndex } from '../../src/search/prepare';

const FRAGMENT = 64;
const CANDIDATES = 48;
const gz = (value: unknown) => gzipSync(JSON.stringify(value), { level: 9 }).length;

function groupSizes<K>(keys: readonly K[], value: (i: number) => unknown): Map<K, number> {
	const groups = new Map<K, unknown[]>();
	keys.forEach((k, i) => {
		const list = groups.get(k) ?? [];
		list.push(value(i));
		groups.set(k, list);
	});
	return new Map([...groups].map(([k, list]) => [k, gz(list)]));
}

export function splitFirstSearch(
	index: PreparedIndex,
	pastes: readonly string[],
): { whole: number; perPaste: number[] } {
	const { data, vocab, phrases } = index;
	const words = [...new Set(phrases.flatMap((p) => p.split(' ')))];
	const shardOf = (w: string) => w.slice(0, 2);
	const wordOf = new Map(
		words.flatMap((w) => {
			const id = vocab.id(w);
			return id === undefined ? [] : [[id, w] as const];
		}),
	);
	const wordShards = groupSizes(words.map(shardOf), (i) => {
		const id = vocab.id(words[i]!);
		return [words[i], id === undefined ? [] : vocab.postings(id)];
	});
	const codes = Object.entries(data.codes);
	const codeShards = groupSizes(
		codes.map(([c]) => c.slice(0, 6)),
		(i) => codes[i],
	);
	const docFragments = groupSizes(
		data.docs.map((_, i) => Math.floor(i / FRAGMENT)),
		(i) => [data.docs[i], data.texts[i]],
	);
	const targetFragments = groupSizes(
		data.targets.map((_, i) => Math.floor(i / FRAGMENT)),
		(i) => data.targets[i],
	);
	const whole = gz(data);
	const scratch = new Float64Array(data.docs.length);
	const perPaste = pastes.map((paste) => {
		const q = normalise(paste);
		const shards = new Set<string>();
		// Choosing among the heaviest phrases reads their words' postings: their shards are fetched.
		const picked = pickPhrases(q.phrases, vocab, (words) => {
			for (const w of words) shards.add(shardOf(w));
			return cohesion(vocab, words, scratch, MAX_POSTINGS);
		});
		const weight = new Map<number, number>();
		for (const p of picked)
			for (const w of p.words) {
				shards.add(shardOf(w));
				for (const id of vocab.similar(w, false)) {
					shards.add(shardOf(wordOf.get(id) ?? w));
					for (const doc of vocab.postings(id))
						weight.set(doc, (weight.get(doc) ?? 0) + vocab.weightOf(id));
				}
			}
		const docs = [...weight]
			.sort((a, b) => b[1] - a[1])
			.slice(0, CANDIDATES)
			.map(([d]) => d);
		const fragments = new Set(docs.map((d) => Math.floor(d / FRAGMENT)));
		const targetSet = new Set(docs.map((d) => Math.floor(data.docs[d]![0] / FRAGMENT)));
		const codeSet = new Set(q.codes.map((c) => c.toLowerCase().slice(0, 6)));
		let bytes = 0;
		for (const s of shards) bytes += wordShards.get(s) ?? 0;
		for (const s of codeSet) bytes += codeShards.get(s) ?? 0;
		for (const f of fragments) bytes += docFragments.get(f) ?? 0;
		for (const f of targetSet) bytes += targetFragments.get(f) ?? 0;
		return bytes;
	});
	return { whole, perPaste };
}
