/**
 * Plain data shapes of the content graph, independent of Astro so they can be built and
 * checked in Node (unit tests, the `match` CLI, the benchmark) as well as in the build.
 */
import type { Lang } from '../i18n/languages';
import type { CauseData, CollectionName, ErrorData, SolutionData } from './schemas';

/** One content file as read from disk or from Astro's collection, before cross-checks. */
export interface RawEntry<C extends CollectionName = CollectionName> {
	collection: C;
	/** Language-neutral id (the file name without extension). */
	id: string;
	lang: Lang;
	/** Path shown in error messages, relative to the project (e.g. `content/errors/en/x.mdx`). */
	file: string;
	data: C extends 'errors' ? ErrorData : C extends 'causes' ? CauseData : SolutionData;
	/** The MDX body, as written (checked for raw HTML and links). */
	body?: string;
}

/** A content problem, always naming the file and the field, with a hint on how to fix it. */
export interface ContentProblem {
	file: string;
	field: string;
	message: string;
	hint: string;
}

/** Where a cause appears in an error's ordered list (1-based position). */
export interface CauseListing {
	errorId: string;
	position: number;
}
