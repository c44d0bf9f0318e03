/** What a named content check is: it reads the indexed entries and reports problems. */
import type { EntryIndex } from '../entry-index';
import type { ContentProblem } from '../types';

export type Report = (problem: ContentProblem) => void;

export interface ContentCheck {
	/** Says what the check guarantees, in a few words (shown by tests). */
	name: string;
	run(index: EntryIndex, report: Report): void;
}
