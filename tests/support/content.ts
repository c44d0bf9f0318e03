/** The real content, read once with the same reader and checks as the build. */
import { loadKnowledgeBaseFromDisk } from '../../src/content/from-disk';
import { otherErrorsFromDisk } from '../../src/content/other-errors-from-disk';

export const { kb } = loadKnowledgeBaseFromDisk(process.env.KB_CONTENT_DIR ?? 'content');

/** Error ids in the content's order (the seed's five first). */
export const errorIds = kb.errorIds;
/** Cause ids in the content's order (the seed's C1…C5 first). */
export const causeIds = kb.causeIds;

/** The other Azure Backup errors (not covered), both languages, checked as the build checks them. */
export const otherErrors = otherErrorsFromDisk(
	process.env.KB_CONTENT_DIR ?? 'content',
	new Set(kb.codes.keys()),
);
