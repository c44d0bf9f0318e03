import type { ErrorData } from '../schemas';
import type { ContentCheck } from './check';

/**
 * Names an alias may not take: the members of every JavaScript object (`__proto__`,
 * `constructor`, `toString`…) and `prototype`. A table keyed by such a name would drop it
 * (`__proto__`) or answer with a built-in function; the tables are Maps or null-prototype
 * objects anyway, and the content never needs these names.
 */
export const reservedNames: ReadonlySet<string> = new Set([
	...Object.getOwnPropertyNames(Object.prototype),
	'prototype',
]);

/** Legacy anchors and former ids are never a reserved JavaScript name. */
export const reservedAliases: ContentCheck = {
	name: 'aliases are not reserved JavaScript names',
	run(index, report) {
		for (const entry of index.entries) {
			const data = entry.data as ErrorData;
			for (const field of ['legacyAnchors', 'formerIds'] as const) {
				(data[field] ?? []).forEach((alias, i) => {
					if (reservedNames.has(alias))
						report({
							file: entry.file,
							field: `${field}[${i}]`,
							message: `"${alias}" is a reserved JavaScript name`,
							hint: 'Old links with this name cannot be served safely: drop it, or use the anchor’s real name.',
						});
				});
			}
		}
	},
};
