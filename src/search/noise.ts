/**
 * What a pasted error carries around the message: escapes, markup, identifiers, wrappers.
 * Each rule is a plain, linear regular expression (no nested quantifiers, bounded repeats),
 * so a hostile 100 KB paste costs a few milliseconds, never a freeze.
 *
 * Rules either delete the noise (`' '`) or cut the text there (`BREAK`): a cut keeps the
 * words on both sides from being read as one phrase (a timestamp between two log lines,
 * a JSON key between two values).
 */

/** Marks a phrase boundary inside the cleaned text; folded away by `segment.ts`. */
export const BREAK = '\n\n';

/** Zero-width and bidi controls: removed outright so "Sna\u200Bpshot" stays one word. */
const invisible = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\u00AD]/g;
/** Other control characters (tab, CR and LF are kept as whitespace). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const controls = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
/** Unpaired UTF-16 surrogates (a paste cut in the middle of an emoji). */
const loneSurrogates = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Emoji and other pictographs. */
const pictographs = /[\p{Extended_Pictographic}\p{So}\p{Co}]/gu;

/** Characters that carry no words: removed or turned into spaces. */
export function stripControls(text: string): string {
	return text
		.replace(invisible, '')
		.replace(loneSurrogates, '')
		.replace(controls, ' ')
		.replace(pictographs, ' ');
}

const jsonEscape = /\\(u[0-9a-fA-F]{4}|[nrt"/\\bf'])/g;
const escapeValue: Record<string, string> = {
	n: '\n',
	r: '\n',
	t: ' ',
	'"': '"',
	'/': '/',
	'\\': '\\',
	b: ' ',
	f: ' ',
	"'": "'",
};

/** One level of JSON / JavaScript string escapes (`\"`, `\n`, `\u00e9`, `\\`). */
function unescapeOnce(text: string): string {
	return text.replace(jsonEscape, (_, e: string) =>
		e.length === 5 ? String.fromCharCode(parseInt(e.slice(1), 16)) : (escapeValue[e] ?? ' '),
	);
}

/** JSON escapes, twice: Azure CLI output quoted inside a log or a ticket is often escaped twice. */
export function unescapeJson(text: string): string {
	if (!text.includes('\\')) return text;
	const once = unescapeOnce(text);
	return once.includes('\\') ? unescapeOnce(once) : once;
}

const entities: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' ',
	laquo: '"',
	raquo: '"',
	rsquo: "'",
	lsquo: "'",
	ldquo: '"',
	rdquo: '"',
};

/** HTML entities (`&quot;`, `&#39;`, `&#x27;`): pasted from a web page or an e-mail. */
export function decodeEntities(text: string): string {
	if (!text.includes('&')) return text;
	return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/g, (whole, e: string) => {
		if (e[0] === '#') {
			const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
			return n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff)
				? String.fromCodePoint(n)
				: ' ';
		}
		const name = e.toLowerCase();
		return Object.hasOwn(entities, name) ? entities[name]! : whole;
	});
}

/** Noise rules in the order they run. */
const rules: [RegExp, string][] = [
	// E-mail quote markers (`> `, `>> `) at the start of a line: a message wrapped in a quoted
	// reply reads on across its lines.
	[/^[ \t]{0,20}(?:>[ \t]?){1,20}/gm, ''],
	// Markup: tags (with their attributes) cut the text; the words between tags stay.
	[/<\/?[A-Za-z!][^<>]{0,400}>/g, BREAK],
	// Addresses and identifiers.
	[/\b(?:https?|ftp|file):\/\/[^\s"'<>\])}]{0,2000}/gi, BREAK],
	[/\bwww\.[^\s"'<>\])}]{1,2000}/gi, BREAK],
	[/\/subscriptions\/[^\s"',;]{0,2000}/gi, BREAK],
	[/\b[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}\b/g, ' '],
	[/\b[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}\b/g, ' '],
	// Dates and times: ISO, slashed, dotted, with optional time, fraction and zone.
	[
		/\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?/g,
		BREAK,
	],
	[/\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b/g, BREAK],
	[
		/\b\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:\s?[AaPp][Mm])?(?:\s?(?:Z|UTC|GMT|[+-]\d{2}:?\d{2}))?/g,
		BREAK,
	],
	// Paths.
	[/\b[A-Za-z]:\\[^\s"'<>|]{0,500}/g, ' '],
	[/(?:^|[\s"'=(])\/(?:[\w.@-]{1,100}\/){1,30}[\w.@-]{0,100}/gm, ' '],
	// PowerShell wrappers: error-record position lines, "+ CategoryInfo" lines, then cmdlet names
	// (a cmdlet's name becomes a break, which would end such a line before its rule reads it whole).
	[/\bAt line:\s?\d+\s+char:\s?\d+/gi, BREAK],
	[
		/^[ \t]*\+[ \t]*(?:CategoryInfo|FullyQualifiedErrorId|InvocationInfo|ScriptStackTrace|PipelineIterationInfo)\b[^\n]{0,2000}/gim,
		BREAK,
	],
	[/^[ \t]*\+[ \t~]*$/gm, BREAK],
	[/\b[A-Z][a-z]{1,15}-(?:Az|AzureRm|AzureRM|Azure)[A-Za-z]{0,60}\b/g, BREAK],
	// Azure Resource Manager's wrappers around any error, as the CLI and PowerShell print them
	// (at the start of a line or of a sentence: not inside a message).
	[
		/(?:^|(?<=[.:] ))(?:Deployment failed|(?:Long running )?operation failed with status)\b/gim,
		BREAK,
	],
	// Dotted identifiers (namespaces, extension handler names, client#method).
	[/\b[A-Za-z_][\w-]{0,100}(?:\.[A-Za-z_][\w-]{0,100}){2,20}\b/g, BREAK],
	[/\b[A-Za-z_]\w{0,100}\.[A-Za-z_]\w{0,100}#\w{1,100}/g, BREAK],
	// Log levels written in capitals, as waagent and the extension logs do.
	// (at the start of a line or in brackets only: "BACKUP FAILED WITH AN INTERNAL ERROR" is a message in capitals).
	[/^[ \t]*\[?(?:INFO|WARNING|WARN|ERROR|VERBOSE|DEBUG|TRACE|FATAL|CRITICAL)\]?(?=[\s:])/gm, BREAK],
	[/\[(?:INFO|WARNING|WARN|ERROR|VERBOSE|DEBUG|TRACE|FATAL|CRITICAL)\]/g, BREAK],
	// Numbers: versions, job ids, counters, hex.
	[/\b0x[0-9a-fA-F]{1,64}\b/g, ' '],
	[/\b[0-9a-fA-F]{16,}\b/g, ' '],
	[/\b\d+(?:[.,]\d+){1,6}\b/g, ' '],
	[/\b\d{4,}\b/g, ' '],
	// JSON keys and "Key : Value" lines of PowerShell output.
	[/"[A-Za-z_$@][\w$.@ -]{0,60}"\s{0,20}:/g, BREAK],
	[/^[ \t]*[A-Z][A-Za-z]{1,30}(?: [A-Z][A-Za-z]{1,30}){0,3}[ \t]{0,40}:(?=[ \t])/gm, BREAK],
	[/\b(?:Code|Message|Status|StatusCode|Target|Details)=/g, BREAK],
	// The labels around a pasted error ("Error code:", "Message d’erreur :", or a Markdown table's
	// "| Message d’erreur |"), in any case: words every error shares, which would match any phrase
	// of the index that holds them.
	[
		/\b(?:error[ \t]{1,5}(?:code|message|details)|(?:code|message)[ \t]{1,5}d['’]erreur|d[ée]tails[ \t]{1,5}de[ \t]{1,5}l['’]erreur)[ \t\u00a0\u202f]{0,40}(?::|(?=\|))/gi,
		BREAK,
	],
];

/** Removes every kind of noise listed above from an already unescaped text. */
export function stripNoise(text: string): string {
	let out = text;
	for (const [re, by] of rules) out = out.replace(re, by);
	return out;
}
