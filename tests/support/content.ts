/** The real content, read once with the same reader and checks as the build. */
import { loadKnowledgeBaseFromDisk } from '../../src/content/from-disk';

export const { kb } = loadKnowledgeBaseFromDisk(process.env.KB_CONTENT_DIR ?? 'content');

/** Error ids in the content's order (the seed's five first). */
export const errorIds = kb.errorIds;
/** Cause ids in the content's order (the seed's C1…C5 first). */
export const causeIds = kb.causeIds;
