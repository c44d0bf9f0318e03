/**
 * What the seed article says each rendered page must show, or must no longer show, read from
 * tests/fixtures/seed-facts.json and indexed by page path, so that a test visiting a page can
 * check it on that visit (tests/e2e/every-page.spec.ts).
 */
import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { Lang } from '../../src/i18n/languages';

const seed = JSON.parse(readFileSync('tests/fixtures/seed-facts.json', 'utf8')) as {
	facts: { id: string; text: string; where: string }[];
	links: { href: string; where: string }[];
	localFacts: { id: string; where: string; en: string; fr: string }[];
	absent: {
		texts: { id: string; where: string; en: string; fr: string }[];
		linkPrefixes: string[];
		historicalSteps: { solution: string; step: string; era: number; where?: string }[];
	};
};

export interface PageExpectations {
	/** Text the page's <main> shows (the seed's facts, in the page's language). */
	texts: string[];
	/** Link targets <main> has. */
	links: string[];
	/** Retired advice <main> no longer shows, by id. */
	absentTexts: { id: string; text: string }[];
	/** Steps of an earlier era, with the era their badge shows. */
	eras: { anchor: string; era: number }[];
}

/** The seed's expectations for one page (`/<lang>/<where>/`); empty lists for other pages. */
export function seedExpectations(path: string): PageExpectations {
	const [, lang, ...rest] = path.split('/');
	const where = rest.filter(Boolean).join('/');
	const l = lang as Lang;
	return {
		texts: [
			...seed.facts.filter((f) => f.where === where).map((f) => f.text),
			...seed.localFacts.filter((f) => f.where === where).map((f) => f[l]),
		],
		links: seed.links.filter((f) => f.where === where).map((f) => f.href),
		absentTexts: seed.absent.texts
			.filter((t) => t.where === where)
			.map((t) => ({ id: t.id, text: t[l] })),
		eras: seed.absent.historicalSteps
			.filter((h) => (h.where ?? 'causes/no-internet-access') === where)
			.map((h) => ({ anchor: `${h.solution}--${h.step}`, era: h.era })),
	};
}

/** Every page the seed names, per language: the checks above must run on each. */
export function seedPages(lang: Lang): string[] {
	const wheres = [
		...seed.facts,
		...seed.links,
		...seed.localFacts,
		...seed.absent.texts,
		...seed.absent.historicalSteps.map((h) => ({ where: h.where ?? 'causes/no-internet-access' })),
	].map((f) => f.where);
	return [...new Set(wheres)].map((w) => `/${lang}/${w}/`);
}

/**
 * On the page as it is: the seed's facts and link targets are in <main>, retired advice is not,
 * no link in <main> starts with a retired prefix (http:, locale-bound docs URLs), and historical
 * steps show their era.
 */
export async function expectSeedFacts(page: Page, path: string): Promise<void> {
	const want = seedExpectations(path);
	const { text, hrefs } = await page.locator('main').evaluate((main) => ({
		text: (main as HTMLElement).innerText,
		hrefs: [...main.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? ''),
	}));
	const missing = [
		...want.texts.filter((f) => !text.includes(f)).map((f) => `text ${JSON.stringify(f)}`),
		...want.links.filter((h) => !hrefs.includes(h)).map((h) => `link ${h}`),
	];
	expect.soft(missing, `${path}: the seed's facts and links`).toEqual([]);
	const retired = [
		...want.absentTexts.filter((t) => text.includes(t.text)).map((t) => t.id),
		...hrefs.filter((h) => seed.absent.linkPrefixes.some((p) => h.startsWith(p))),
	];
	expect.soft(retired, `${path}: retired advice and links`).toEqual([]);
	for (const { anchor, era } of want.eras)
		await expect
			.soft(page.locator(`[id="${anchor}"] .era-badge`), `${path}: era of ${anchor}`)
			.toHaveAttribute('data-era', String(era));
}
