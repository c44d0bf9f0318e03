/**
 * The typed queries labelled a second time, blind (`bench/search/real/second-labels.json`, see
 * the README there): how far two annotators agree on a query's answer, and the search measured
 * by the second one. A query whose first answer the annotators dispute cannot be scored by either
 * alone; their agreement says how much of a miss may be the label's.
 */
import { readFileSync } from 'node:fs';
import { isRight, printReal, type Answer, type RealItem } from './real-corpus';

export interface SecondLabel {
	id: string;
	/** The one place that best answers the query, or `none`. */
	best: string;
	alsoRight: string[];
	confidence: 'high' | 'low';
}

export function loadSecondLabels(dir = 'bench/search/real'): Map<string, SecondLabel> {
	const { items } = JSON.parse(readFileSync(`${dir}/second-labels.json`, 'utf8')) as {
		items: SecondLabel[];
	};
	return new Map(items.map((l) => [l.id, l]));
}

/**
 * The items as the second annotator labelled them: the same texts, with its answers. Items it
 * did not label, or found no answer for (`none`), are left out: a typed query always has one.
 */
export function relabelled(
	items: readonly RealItem[],
	labels: ReadonlyMap<string, SecondLabel>,
): RealItem[] {
	return items.flatMap((item) => {
		const label = labels.get(item.id);
		if (!label || label.best === 'none') return [];
		return [{ ...item, expected: [label.best], accept: label.alsoRight }];
	});
}

/** Of the items both annotators labelled, how many the second one's best answer is right by the first one's labels. */
export function agreement(
	items: readonly RealItem[],
	labels: ReadonlyMap<string, SecondLabel>,
): { agree: number; of: number } {
	let agree = 0;
	let of = 0;
	for (const item of items) {
		const label = labels.get(item.id);
		if (!label) continue;
		of++;
		if (isRight(item, label.best)) agree++;
	}
	return { agree, of };
}

/** The typed queries of `items` by the second annotator's labels, and how often it agrees with the first. */
export function printBySecondLabels(
	items: readonly RealItem[],
	answer: (item: RealItem) => Answer,
): void {
	const labels = loadSecondLabels();
	const queries = items.filter((i) => i.kind === 'query');
	const { agree, of } = agreement(queries, labels);
	console.log(
		`\nTyped queries by a second, blind annotator (${of} labelled; agrees with the first on ${agree}):`,
	);
	printReal(relabelled(queries, labels), answer);
}
