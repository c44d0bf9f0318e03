/**
 * Every URL and anchor of the site, built from language-neutral ids only: changing a
 * title or a translation never changes a link. Pure; used by pages, scripts and tests.
 */
import { isLang, type Lang } from '../i18n/languages';

/** Path of the original Microsoft article; the legacy page lives under it in each language. */
export const articleSlug =
	'azure/backup/backup-azure-troubleshoot-vm-backup-fails-snapshot-timeout';

export const homeUrl = (lang: Lang) => `/${lang}/`;
export const errorsUrl = (lang: Lang) => `/${lang}/errors/`;
export const errorUrl = (lang: Lang, id: string) => `/${lang}/errors/${id}/`;
export const causesUrl = (lang: Lang) => `/${lang}/causes/`;
export const causeUrl = (lang: Lang, id: string) => `/${lang}/causes/${id}/`;
export const matrixUrl = (lang: Lang) => `/${lang}/matrix/`;
/** The health checklist to follow before the error is known. */
export const checklistUrl = (lang: Lang) => `/${lang}/checklist/`;
export const articleUrl = (lang: Lang) => `/${lang}/${articleSlug}/`;
/** The corrections made to the 2017 seed article (content/CORRECTIONS*.md). */
export const correctionsUrl = (lang: Lang) => `/${lang}/corrections/`;
/** Errors the site does not cover, each at its id's anchor, with Microsoft's page. */
export const otherErrorsUrl = (lang: Lang, id?: string) =>
	`/${lang}/other-errors/${id ? `#${id}` : ''}`;
export const goUrl = (code: string, lang?: Lang) =>
	lang ? `/${lang}/go/${code}/` : `/go/${code}/`;

/** Search page, optionally with the query filled in (`?q=`). */
export function searchUrl(lang: Lang, query?: string): string {
	return query ? `/${lang}/search/?q=${encodeURIComponent(query)}` : `/${lang}/search/`;
}

/** Anchor of a cause section on an error page. */
export const causeAnchor = (causeId: string) => causeId;
/** Anchor of a solution (on its cause's page and on error pages). */
export const solutionAnchor = (solutionId: string) => solutionId;
/** Anchors of the support blocks (on error and cause pages and on the checklist); a step's is `<block>--<step>`. */
export const supportAnchors = { verify: 'verify-fix', collect: 'collect-for-ticket' } as const;
/** Anchor of one step: `<solution>--<step>` (step ids are unique within their solution). */
export const stepAnchor = (solutionId: string, stepId: string) => `${solutionId}--${stepId}`;

/** Canonical URL of a solution: the page of the cause that hosts it, at its anchor. */
export const solutionUrl = (lang: Lang, causeId: string, solutionId: string) =>
	`${causeUrl(lang, causeId)}#${solutionAnchor(solutionId)}`;

/**
 * Where a search result leads: an error or a cause page, a solution or a step at its anchor
 * on the page of the cause that hosts it (a step's id is already its anchor, `<solution>--<step>`),
 * or a check at its anchor on the checklist page.
 */
export function resultUrl(
	lang: Lang,
	r: {
		kind: 'error' | 'cause' | 'solution' | 'step' | 'check';
		id: string;
		host?: string | undefined;
	},
): string {
	if (r.kind === 'error') return errorUrl(lang, r.id);
	if (r.kind === 'check') return `${checklistUrl(lang)}#${r.id}`;
	if (r.kind === 'cause' || r.host === undefined) return causeUrl(lang, r.host ?? r.id);
	return `${causeUrl(lang, r.host)}#${r.id}`;
}

/** The language of a site path (`/fr/…` → `fr`), or undefined for the root and unknown prefixes. */
export function langOfPath(pathname: string): Lang | undefined {
	const first = pathname.split('/')[1];
	return isLang(first) ? first : undefined;
}

/**
 * The same page in another language: swaps the locale prefix and keeps the rest of the path,
 * the query string and the fragment (`/fr/causes/x/?os=linux#s--a` → `/en/causes/x/?os=linux#s--a`).
 */
export function switchLangUrl(url: string, to: Lang): string {
	const m = /^([^?#]*)(\?[^#]*)?(#.*)?$/.exec(url);
	const path = m?.[1] ?? '/';
	const rest = `${m?.[2] ?? ''}${m?.[3] ?? ''}`;
	const parts = path.split('/');
	if (isLang(parts[1])) parts[1] = to;
	else return `/${to}/${rest}`;
	return `${parts.join('/')}${rest}`;
}
