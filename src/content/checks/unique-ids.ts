import { collections } from '../entry-index';
import type { CollectionName } from '../schemas';
import type { ContentCheck } from './check';

/** One file per entry per language, and an id names one entry across all collections. */
export const uniqueIds: ContentCheck = {
	name: 'ids are unique',
	run(index, report) {
		for (const { entry, first } of index.repeated)
			report({
				file: entry.file,
				field: 'id',
				message: `duplicate id "${entry.id}" (also ${first.file})`,
				hint: 'Rename one of the files: the file name is the id.',
			});
		// Ids are anchors on shared pages: they must be unique across collections.
		const owner = new Map<string, CollectionName>();
		for (const c of collections) {
			for (const id of index.ids(c)) {
				const other = owner.get(id);
				if (!other) {
					owner.set(id, c);
					continue;
				}
				report({
					file: index.either(c, id)!.file,
					field: 'id',
					message: `id "${id}" is used in both ${other} and ${c}`,
					hint: 'Ids are anchors shared by all pages: give each entry a unique id.',
				});
			}
		}
	},
};
