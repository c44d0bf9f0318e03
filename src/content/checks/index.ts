/**
 * Every check the content must pass beyond its schemas, in the order they report. Add a check
 * as a file of its own here; the build and the tests run the whole list.
 */
import type { ContentCheck } from './check';
import { everyEntryUsed } from './every-entry-used';
import { laterCauses } from './later-causes';
import { references } from './references';
import { reservedAliases } from './reserved-aliases';
import { safeBodies } from './safe-bodies';
import { safeLinks } from './safe-links';
import { sharedWordings } from './shared-wordings';
import { stepIds } from './step-ids';
import { twins } from './twins';
import { uniqueAliases } from './unique-aliases';
import { uniqueIds } from './unique-ids';

export type { ContentCheck, Report } from './check';

export const contentChecks: readonly ContentCheck[] = [
	uniqueIds,
	twins,
	references,
	laterCauses,
	sharedWordings,
	everyEntryUsed,
	stepIds,
	uniqueAliases,
	reservedAliases,
	safeLinks,
	safeBodies,
];
