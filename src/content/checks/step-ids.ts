import type { SolutionData } from '../schemas';
import type { ContentCheck } from './check';

/** Step ids are unique within their solution (the schema already requires one on each step). */
export const stepIds: ContentCheck = {
	name: 'step ids are unique in their solution',
	run(index, report) {
		for (const entry of index.entries) {
			if (entry.collection !== 'solutions') continue;
			const seen = new Set<string>();
			(entry.data as SolutionData).steps.forEach((step, i) => {
				if (seen.has(step.id))
					report({
						file: entry.file,
						field: `steps[${i}].id`,
						message: `duplicate step id "${step.id}"`,
						hint: 'Give each step of a solution its own id.',
					});
				seen.add(step.id);
			});
		}
	},
};
