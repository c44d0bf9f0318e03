import type { RawEntry } from '../types';
import type { ContentCheck } from './check';

/** Every cause is listed by an error, and every solution by a cause: nothing is unreachable. */
export const everyEntryUsed: ContentCheck = {
	name: 'every cause and solution is used',
	run(index, report) {
		const causesListed = new Set(
			index.entries.flatMap((e) =>
				e.collection === 'errors' ? (e as RawEntry<'errors'>).data.causes : [],
			),
		);
		for (const id of index.ids('causes')) {
			if (causesListed.has(id)) continue;
			report({
				file: index.either('causes', id)!.file,
				field: 'id',
				message: `no error lists the cause "${id}"`,
				hint: 'Add it to the `causes` of an error, or delete the file.',
			});
		}
		const solutionsListed = new Set(
			index.entries.flatMap((e) =>
				e.collection === 'causes' ? (e as RawEntry<'causes'>).data.solutions : [],
			),
		);
		for (const id of index.ids('solutions')) {
			if (solutionsListed.has(id)) continue;
			report({
				file: index.either('solutions', id)!.file,
				field: 'id',
				message: `no cause uses the solution "${id}"`,
				hint: 'Add it to the `solutions` of a cause, or delete the file.',
			});
		}
	},
};
