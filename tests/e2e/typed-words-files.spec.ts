/**
 * Typed words in the page read only the shards of their words and the phrases their snippets
 * show (src/scripts/search/typed.ts), and the second file only when they may be another error's
 * message (src/search/other-reach.ts, other-messages.ts): the search page must list what the matcher gives in Node
 * from the whole index, the same sections with the same snippets, in both languages and when
 * the words are only in the other language (a typo reading its letter's lexicon, then a few
 * shards); and a piece that fails to load says so, with a Retry that works.
 */
import { expect, test, type Page } from '@playwright/test';
import { otherLang, type Lang } from '../../src/i18n/languages';
import { resultUrl } from '../../src/lib/urls';
import { indexesFromDisk } from '../../src/search/from-disk';
import { normalise } from '../../src/search/normalise';
import { mayBeOtherMessage, otherMessages } from '../../src/search/other-messages';
import { mayNameOther, otherReach } from '../../src/search/other-reach';
import { searchPaste } from '../../src/search/search';
import type { SearchOutcome } from '../../src/search/types';
import { watchErrors } from '../support/page-errors';

const { prepared } = indexesFromDisk();
const inNode = (query: string, lang: Lang): SearchOutcome => searchPaste(query, lang, prepared);

/** A word of the sections of one language that the other's lack, which the other's site finds there. */
function onlyIn(lang: Lang): string {
	const here = prepared[lang].sections!;
	const there = prepared[otherLang(lang)].sections!;
	const word = here.list.find(
		(w) =>
			/^[a-z]{6,}$/.test(w) &&
			!there.ids.has(w) &&
			inNode(w, otherLang(lang)).crossLanguage &&
			inNode(w, otherLang(lang)).results.length > 1,
	);
	if (!word) throw new Error(`no word only the ${lang} sections have`);
	return word;
}

async function expectSameAsNode(page: Page, query: string, lang: Lang) {
	const expected = inNode(query, lang);
	expect(expected.mode, query).toBe('words');
	const region = page.locator('#search-results');
	await expect(region).toHaveAttribute('data-verdict', expected.verdict);
	const results = region.locator('.result');
	await expect(results).toHaveCount(expected.results.length);
	expect(
		await results.locator('.result-link').evaluateAll((a) => a.map((x) => x.getAttribute('href'))),
	).toEqual(expected.results.map((r) => resultUrl(lang, r)));
	expect(await results.locator('.why q').allTextContents()).toEqual(
		expected.results.map((r) => (r.why.type === 'phrase' ? r.why.matched : '')),
	);
}

test.describe('typed words read from the split sections', () => {
	for (const [query, lang] of [
		['proxy', 'en'],
		['proxy', 'fr'],
		['Logs.Verbose', 'fr'],
		['redémarrer agent', 'fr'],
		['servcie', 'en'],
		['agnet ne répond pas', 'fr'],
		// Words the site does not use, found through their synonyms (which travel with the targets).
		['whitelist', 'en'],
		['whitelister adresses', 'fr'],
		// Site words written together or apart: the shards of a word's parts, part by part.
		['fullbackup', 'en'],
		['RD Agent service', 'fr'],
		// A word's beginning read as another word of its synonym group (`azurerm`, `az`).
		['Get-AzureRmRecoveryServicesBackupJob', 'en'],
		// Three words or more, no other error's message: neither the second file nor its 15 KB.
		['install guest agent', 'en'],
		['Autoriser le HTTPS sortant', 'fr'],
		['VM agent not responding', 'en'],
		[onlyIn('en'), 'fr'],
		[onlyIn('fr'), 'en'],
		// Words of the other language, which the site would read as typos of its own.
		['pare-feu', 'en'],
		['firewall blocks', 'fr'],
	] as const) {
		test(`"${query}" on the ${lang} site lists what the whole index gives`, async ({ page }) => {
			const errors = watchErrors(page);
			const requests: string[] = [];
			page.on('request', (r) => requests.push(new URL(r.url()).pathname));
			await page.goto(`/${lang}/search/?q=${encodeURIComponent(query)}`);
			await expectSameAsNode(page, query, lang);
			// The second file only when the words may be another error's message or code: what the
			// other-reach lists (one or two words), then the other errors' messages, let through.
			const full = prepared[lang].sections!.full!;
			const q = normalise(query);
			expect(requests.includes(`/${lang}/search-sections.json`), 'the second file').toBe(
				mayNameOther(q, otherReach(full)) && mayBeOtherMessage(q, otherMessages(full)),
			);
			expect(requests).toContain(`/${inNode(query, lang).matchedLang}/search-words.json`);
			expect(errors).toEqual([]);
		});
	}

	test('a word being typed, one the site has words for, fetches nothing of the other language', async ({
		page,
	}) => {
		const requests: string[] = [];
		page.on('request', (r) => requests.push(new URL(r.url()).pathname));
		await page.goto('/en/search/?q=prox');
		await expect(page.locator('#search-results')).toHaveAttribute('data-verdict', 'weak');
		expect(requests.filter((p) => p.startsWith('/fr/'))).toEqual([]);
	});

	for (const [query, lang] of [
		['extension with failed provisioning state', 'en'],
		["Installer l'agent de machine virtuelle", 'fr'],
	] as const)
		test(`"${query}" names a page, then lists the sections that hold its words`, async ({
			page,
		}) => {
			const errors = watchErrors(page);
			const expected = inNode(query, lang);
			expect([expected.mode, expected.verdict]).toEqual(['paste', 'match']);
			expect(expected.results.some((r) => r.kind === 'step')).toBe(true);
			await page.goto(`/${lang}/search/?q=${encodeURIComponent(query)}`);
			const region = page.locator('#search-results');
			await expect(region).toHaveAttribute('data-verdict', 'match');
			const links = region.locator('.result .result-link');
			await expect(links).toHaveCount(expected.results.length);
			expect(await links.evaluateAll((a) => a.map((x) => x.getAttribute('href')))).toEqual(
				expected.results.map((r) => resultUrl(lang, r)),
			);
			expect(errors).toEqual([]);
		});

	for (const [query, reads] of [
		// Its message: the parts of the other errors' messages its key words lead to.
		["Resource group doesn't exist", /^\/en\/search-others\/\d+\.json$/],
		// A code not shaped like one: the catalogue's codes.
		['CopyingVHDsFromBackUpVaultTakingLongTime', /^\/search-other-codes\.json$/],
	] as const)
		test(`"${query}" typed reads what tells another error by it, then names it`, async ({
			page,
		}) => {
			const errors = watchErrors(page);
			const expected = inNode(query, 'en');
			expect(expected.other).toBeDefined();
			const requests: string[] = [];
			page.on('request', (r) => requests.push(new URL(r.url()).pathname));
			await page.goto(`/en/search/?q=${encodeURIComponent(query)}`);
			await expect(page.locator('#search-results')).toHaveAttribute(
				'data-verdict',
				expected.verdict,
			);
			await expect(page.locator('#search-results .other-error a')).toHaveAttribute(
				'href',
				`/en/other-errors/#${expected.other!.id}`,
			);
			expect(requests.some((p) => reads.test(p))).toBe(true);
			expect(requests).toContain('/en/search-sections.json');
			expect(errors).toEqual([]);
		});

	test('a shard that fails to load says so, and Retry finds the sections', async ({ page }) => {
		await page.route('**/en/search-words/pr.json', (route) => route.abort());
		await page.goto('/en/search/?q=proxy');
		const region = page.locator('#search-results');
		const failure = region.locator('.search-failure');
		await expect(failure).toHaveAttribute('data-failure', 'load');
		await page.unroute('**/en/search-words/pr.json');
		await failure.getByRole('button', { name: 'Retry' }).click();
		await expectSameAsNode(page, 'proxy', 'en');
	});

	test("a typo reads its letter's lexicon, then the shards of the words it may be a typo of only", async ({
		page,
	}) => {
		const requests: string[] = [];
		page.on('request', (r) => requests.push(new URL(r.url()).pathname));
		await page.goto('/en/search/?q=servcie');
		await expectSameAsNode(page, 'servcie', 'en');
		expect(requests).toContain('/en/search-lexicon/s.json');
		expect(requests.filter((p) => p.startsWith('/en/search-words/s'))).toEqual([
			'/en/search-words/ser.json',
		]);
	});

	test('a word no site word begins like reads no lexicon, and nothing fails', async ({ page }) => {
		const errors = watchErrors(page);
		const requests: string[] = [];
		page.on('request', (r) => requests.push(new URL(r.url()).pathname));
		await page.goto(`/fr/search/?q=${encodeURIComponent('Привет мир')}`);
		await expect(page.locator('#search-results')).toHaveAttribute('data-verdict', 'none');
		await expect(page.locator('#search-results .search-failure')).toHaveCount(0);
		expect(requests.filter((p) => p.includes('/search-lexicon/'))).toEqual([]);
		expect(errors).toEqual([]);
	});

	test('a lexicon that fails to load says so, and Retry finds the typo', async ({ page }) => {
		await page.route('**/fr/search-lexicon/a.json', (route) => route.abort());
		await page.goto(`/fr/search/?q=${encodeURIComponent('agnet ne répond pas')}`);
		const failure = page.locator('#search-results .search-failure');
		await expect(failure).toHaveAttribute('data-failure', 'load');
		await page.unroute('**/fr/search-lexicon/a.json');
		await failure.getByRole('button').click();
		await expectSameAsNode(page, 'agnet ne répond pas', 'fr');
	});

	test('a phrase text that fails to load says so, and Retry shows the snippets', async ({
		page,
	}) => {
		await page.route('**/fr/search-texts/*.json', (route) => route.abort());
		await page.goto(`/fr/search/?q=${encodeURIComponent('Logs.Verbose')}`);
		const failure = page.locator('#search-results .search-failure');
		await expect(failure).toHaveAttribute('data-failure', 'load');
		await page.unroute('**/fr/search-texts/*.json');
		await failure.getByRole('button').click();
		await expectSameAsNode(page, 'Logs.Verbose', 'fr');
	});
});
