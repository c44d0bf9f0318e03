/**
 * The note naming the codes of errors the site does not cover, beside the answer (not those of
 * the other error a note already names): each linked to its entry on the other-errors page when
 * the catalogue lists it. Fetched with the catalogue's codes, only for a result that names such
 * a code (engine.ts), so a paste of one of our messages does not pull it.
 */
import { otherErrorsUrl } from '../../lib/urls';
import { foreignCodeEntries, type OtherCodes } from '../../search/foreign-codes';
import type { SearchOutcome } from '../../search/types';
import type { Lang } from '../../i18n/languages';
import { breakableCode, el } from './render';
import type { SearchStrings } from './strings';

/** The note for this outcome, in the site's language `lang`, once the strings are known. */
export const foreignNote =
	(outcome: Pick<SearchOutcome, 'foreignCodes' | 'other'>, lang: Lang, codes?: OtherCodes) =>
	(strings: SearchStrings): HTMLElement => {
		const p = el('p', 'note foreign-codes');
		const [before = '', after = ''] = strings['search:foreignCodes'].split('{{codes}}');
		p.append(document.createTextNode(before));
		foreignCodeEntries(outcome, codes).forEach(({ code, id }, i) => {
			if (i > 0) p.append(document.createTextNode(', '));
			const name = breakableCode(code);
			if (id === undefined) return void p.append(name);
			const a = el('a');
			a.href = otherErrorsUrl(lang, id);
			a.append(name);
			p.append(a);
		});
		p.append(document.createTextNode(after));
		return p;
	};
