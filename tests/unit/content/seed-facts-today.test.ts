/**
 * The "not there any more" half of the fact checklist (tests/fixtures/seed-facts.json, `absent`),
 * checked on the content itself: retired or misleading advice stays out, historical steps say
 * their era and never come first, and no link is plain http or locale-bound.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBaseFromDisk } from '../../../src/content/from-disk';
import { languages } from '../../../src/i18n/languages';

const seed = JSON.parse(readFileSync('tests/fixtures/seed-facts.json', 'utf8')) as {
	absent: {
		texts: { id: string; where: string; en: string; fr: string }[];
		linkPrefixes: string[];
		historicalSteps: { solution: string; step: string; era: number }[];
	};
};
const { kb, entries } = loadKnowledgeBaseFromDisk();

/** What a page shows, as text: the entry, and for a cause page its solutions; Markdown marks removed. */
function pageText(lang: (typeof languages)[number], where: string): string {
	const [collection, id] = where.split('/') as [string, string];
	const ids = new Set([id]);
	if (collection === 'causes') for (const s of kb.causes[lang].get(id)!.solutions) ids.add(s);
	return entries
		.filter((e) => e.lang === lang && ids.has(e.id))
		.map((e) => `${JSON.stringify(e.data)} ${e.body}`)
		.join(' ')
		.replace(/[`*]/g, '');
}

describe('fact checklist: what is not there any more', () => {
	it('retired or misleading wording is gone, in both languages', () => {
		const found = seed.absent.texts.flatMap((t) =>
			languages
				.filter((lang) => pageText(lang, t.where).includes(t[lang]))
				.map((lang) => `${lang}: ${t.id}`),
		);
		expect(found).toEqual([]);
	});

	it('historical steps carry their era and are never the first step of their solution', () => {
		for (const lang of languages)
			for (const h of seed.absent.historicalSteps) {
				const solution = kb.solutions[lang].get(h.solution)!;
				expect(solution.steps.find((s) => s.id === h.step)?.era, `${lang} ${h.step}`).toBe(h.era);
				expect(solution.steps[0]!.id).not.toBe(h.step);
				expect(solution.steps[0]!.era).toBeUndefined();
			}
	});

	it('no content link is plain http, locale-bound or retired', () => {
		const bad = entries.flatMap((e) =>
			[...`${JSON.stringify(e.data)} ${e.body}`.matchAll(/\]\(([^)\s]+)/g)]
				.map((m) => m[1]!)
				.filter((href) => seed.absent.linkPrefixes.some((p) => href.startsWith(p)))
				.map((href) => `${e.collection}/${e.lang}/${e.id}: ${href}`),
		);
		expect(bad).toEqual([]);
	});
});
