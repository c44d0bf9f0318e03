/**
 * Errors this site does not cover (content/other-errors/): a paste of one is recognised as that error,
 * gets no match of ours, and a paste of one of ours is never taken for another error.
 */
import { describe, expect, it } from 'vitest';
import { languages, otherLang } from '../../../src/i18n/languages';
import { kb, otherErrors } from '../../support/content';
import { search, top } from './helpers';

describe.each(languages)('other errors (%s)', (lang) => {
	const entries = otherErrors[lang].errors;
	const coded = entries.filter((e) => e.codes.some((c) => c.length >= 10));

	it.each(coded.map((e) => [e.id, e] as const))(
		'its code in a portal paste names %s, with no match of ours',
		(_, e) => {
			const code = e.codes.find((c) => c.length >= 10)!;
			const o = search(`Error code: ${code}\nThe backup job failed.`, lang);
			expect(o.verdict).toBe('none');
			expect(o.other).toMatchObject({ id: e.id, by: 'code' });
			// Its message as the note quotes it (from its head: a lead-in such as `Step:` may go):
			// to its end, or with "…" when it goes on, never cut silently.
			const plain = (text: string) => text.replace(/\s+/g, ' ').replace(/[‘’]/g, "'");
			const shown = plain(o.other!.message);
			const begins = shown.replace(/ …$/, '');
			expect(plain(e.message), shown).toContain(begins);
			if (!shown.endsWith(' …'))
				expect(
					plain(e.message)
						.replace(/[.\s]+$/, '')
						.endsWith(begins),
				).toBe(true);
		},
	);

	it.each(entries.map((e) => [e.id, e] as const))(
		'its message alone names %s, with no match of ours',
		(_, e) => {
			const o = search(e.message, lang);
			expect(o.verdict).toBe('none');
			expect(o.other?.id).toBe(e.id);
		},
	);

	it.each(kb.errorIds.map((id) => [id] as const))(
		'the message of our error %s is ours, not another error',
		(id) => {
			const o = search(kb.errors[lang].get(id)!.message, lang);
			expect(o.other).toBeUndefined();
			expect(top(o)).toBe(id);
		},
	);

	it('a paste with another error’s code and one of our messages in full is still about ours', () => {
		const code = coded[0]!.codes[0]!;
		const id = kb.errorIds[0]!;
		const o = search(`${code}\n${kb.errors[lang].get(id)!.message}`, lang);
		expect(o.other).toBeUndefined();
		expect(top(o)).toBe(id);
	});

	it('typed words never list another error', () => {
		const words = entries[0]!.message.split(/\s+/).slice(0, 2).join(' ');
		const o = search(words, lang);
		expect(o.results.every((r) => ['error', 'cause', 'solution', 'step'].includes(r.kind))).toBe(
			true,
		);
	});
});

describe.each(languages)('other errors across languages (%s messages)', (lang) => {
	// Every wording, on the other language's site: a long one is a paste, a short one typed words
	// (`Unsupported disk type` on the French site), which read the other language's second file
	// only to name another error.
	it.each(
		otherErrors[lang].errors.flatMap((e) =>
			[e.message, ...(e.variants ?? [])].map((m) => [e.id, m, e] as const),
		),
	)('%s: "%s", on the other site, names it', (_, message, e) => {
		const o = search(message, otherLang(lang));
		expect(o.verdict).toBe('none');
		expect(o.other?.id).toBe(e.id);
	});
});

describe('typed words and other errors', () => {
	it('name another error only with nearly all of its message, not with the words ours shares', () => {
		// The file shares' message is "A backup job is already in progress for this file share".
		const part = search('backup job already in progress');
		expect(part.other).toBeUndefined();
		expect(part.mode).toBe('words');
		expect(top(part)).toBe('backup-job-already-running');
		const whole = search('A backup job is already in progress for this file share');
		expect(whole.other?.id).toBe('parallel-snapshot-request');
	});
});
