/**
 * The site's matcher on the command line, for triage scripts and ticket bots:
 *   npm run match -- "<paste>"            (or: … | npm run match)
 *   npm run match -- --lang fr "<paste>"  (rank for the French site; default en)
 * Prints one JSON object: verdict, ranked matches (id, kind, URL in each language, score, why).
 * Exit code 0 whatever the verdict (read `verdict`), 2 for a usage or content error.
 */
import { parseArgs } from 'node:util';
import { isLang, languages, type Lang } from '../src/i18n/languages';
import { otherErrorsUrl, resultUrl } from '../src/lib/urls';
import { foreignCodeEntries, otherCodesOf } from '../src/search/foreign-codes';
import { decodeHtml, indexesFromDisk } from '../src/search/from-disk';
import { searchPaste } from '../src/search/search';

function usage(message: string): never {
	process.stderr.write(
		`${message}\nUsage: npm run match -- [--lang fr|en] "<pasted error>"   (or pipe the paste on stdin)\n`,
	);
	process.exit(2);
}

let parsed;
try {
	parsed = parseArgs({
		allowPositionals: true,
		options: { lang: { type: 'string', default: 'en' }, help: { type: 'boolean', short: 'h' } },
	});
} catch (err) {
	usage((err as Error).message);
}
const { values, positionals: rest } = parsed;
if (values.help) usage('Matches a pasted Azure Backup error against the knowledge base.');
if (!isLang(values.lang)) usage(`--lang must be one of: ${languages.join(', ')}`);
const lang: Lang = values.lang;
/**
 * The whole of stdin, read as a stream: `readFileSync(0)` fails with EAGAIN on a pipe whose
 * writer has not written yet (`(sleep 1; echo …) | npm run match`, `az … | npm run match`).
 */
async function readStdin(): Promise<string> {
	process.stdin.setEncoding('utf8');
	let text = '';
	for await (const chunk of process.stdin) text += chunk as string;
	return text;
}

const paste =
	rest.length > 0
		? rest.join(' ')
		: process.stdin.isTTY
			? usage('Nothing to match.')
			: await readStdin();

let prepared;
try {
	prepared = indexesFromDisk('content').prepared;
} catch (err) {
	process.stderr.write(`Cannot read the content: ${(err as Error).message}\n`);
	process.exit(2);
}
const outcome = searchPaste(paste, lang, prepared, decodeHtml);
// The other errors' codes, as the page fetches them to link a code the site does not cover.
const otherCodes = otherCodesOf(
	(prepared[lang].sections?.full?.data.targets ?? []).flatMap((t) =>
		t.kind === 'other' ? [{ id: t.id, codes: t.codes ?? [] }] : [],
	),
);
const url = (r: (typeof outcome.results)[number]) =>
	Object.fromEntries(languages.map((l) => [l, resultUrl(l, r)]));
process.stdout.write(
	`${JSON.stringify(
		{
			verdict: outcome.verdict,
			mode: outcome.mode,
			lang,
			crossLanguage: outcome.crossLanguage,
			matchedLang: outcome.matchedLang,
			foreignCodes: outcome.foreignCodes,
			// Those of them the catalogue of other errors lists (beside `other`), with their entries.
			foreignEntries: foreignCodeEntries(outcome, otherCodes).flatMap(({ code, id }) =>
				id === undefined
					? []
					: [
							{
								code,
								id,
								url: Object.fromEntries(languages.map((l) => [l, otherErrorsUrl(l, id)])),
							},
						],
			),
			// Another Azure Backup error the paste is (one the site does not cover), with its entry.
			other: outcome.other && {
				...outcome.other,
				url: Object.fromEntries(languages.map((l) => [l, otherErrorsUrl(l, outcome.other!.id)])),
			},
			truncated: outcome.truncated,
			matches: outcome.results.map((r) => ({
				id: r.id,
				kind: r.kind,
				url: url(r),
				score: Number(r.score.toFixed(3)),
				why: r.why,
			})),
		},
		null,
		2,
	)}\n`,
);
