/**
 * "Not solved? / This page is wrong": a link that opens a prefilled report, so the knowledge
 * base learns from its misses. Where reports go is set at build time (README, "Deploying"):
 *
 * - `KB_REPORT_URL`: a URL template; `{page}`, `{lang}`, `{title}`, `{paste}` and `{body}` are
 *   replaced, each URL-encoded (e.g. `https://github.com/org/kb/issues/new?title={title}&body={body}`);
 * - else `KB_REPORT_EMAIL`: an address, opened as `mailto:` with a subject and a body;
 * - else the placeholder address below (like the placeholder `SITE_URL`: set one for real).
 *
 * Pure: the pages use it at build time, the search page's script again with the paste.
 */
export const defaultReportEmail = 'kb-reports@azure-backup-kb.example.org';

/** The template of the link: a URL template, or the `mailto:` one an address gives. */
export function reportTemplate(env: { KB_REPORT_URL?: string; KB_REPORT_EMAIL?: string }): string {
	const url = env.KB_REPORT_URL?.trim();
	if (url) return url;
	const email = env.KB_REPORT_EMAIL?.trim() || defaultReportEmail;
	return `mailto:${email}?subject={title}&body={body}`;
}

export interface ReportFields {
	/** The page's absolute URL. */
	page: string;
	lang: string;
	/** The subject: what is reported and where. */
	title: string;
	/** From the search page: the paste that did not match. */
	paste?: string;
}

export interface ReportLabels {
	page: string;
	lang: string;
	paste: string;
	/** The line after which the reader writes what went wrong. */
	prompt: string;
}

/** The report's text: the page, the language, the paste if any, then room for the reader. */
export function reportBody(fields: ReportFields, labels: ReportLabels): string {
	const lines = [`${labels.page}: ${fields.page}`, `${labels.lang}: ${fields.lang}`];
	if (fields.paste) lines.push(`${labels.paste}:`, fields.paste);
	lines.push('', labels.prompt, '');
	return lines.join('\n');
}

/** A lone surrogate (a broken paste) would make encodeURIComponent throw: U+FFFD instead. */
const wellFormed = (s: string) =>
	s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

/** The link: every placeholder of the template filled, URL-encoded. */
export function reportHref(template: string, fields: ReportFields, labels: ReportLabels): string {
	const values: Record<string, string> = {
		page: fields.page,
		lang: fields.lang,
		title: fields.title,
		paste: fields.paste ?? '',
		body: reportBody(fields, labels),
	};
	return template.replace(/\{(page|lang|title|paste|body)\}/g, (_, name: string) =>
		encodeURIComponent(wellFormed(values[name] ?? '')),
	);
}
