import { linkTables } from '../link-tables';
import type { ContentCheck } from './check';

/** A legacy anchor, a former id or an error code leads to one place only. */
export const uniqueAliases: ContentCheck = {
	name: 'aliases and codes name one place',
	run(index, report) {
		linkTables(index).problems.forEach(report);
	},
};
