import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadKnowledgeBaseFromDisk } from '../../../src/content/from-disk';
import { checkContent } from '../../../src/content/graph';
import type { RawEntry } from '../../../src/content/types';
import { carryOver, hashToAnchor } from '../../../src/lib/links/carry-over';
import { formerIdRedirects } from '../../../src/lib/links/former-ids';
import {
	articleOwnAnchors,
	legacyAnchorMap,
	legacyTarget,
} from '../../../src/lib/links/legacy-anchors';
import { existingPageFor, pagePaths, wordsFromPath } from '../../../src/lib/links/not-found';
import {
	codeMap,
	errorForCode,
	parseShortLinkPath,
	shortLinkCodes,
} from '../../../src/lib/links/short-links';

const { kb } = loadKnowledgeBaseFromDisk('content');
/** Every `<a name>` of the seed article (tests/fixtures/seed-facts.json: entry anchors + page-level ones). */
const seedFacts = JSON.parse(readFileSync('tests/fixtures/seed-facts.json', 'utf8')) as {
	legacyAnchors: { anchor: string; target: string }[];
	pageAnchors: string[];
};
const seedAnchors = [...seedFacts.legacyAnchors.map((a) => a.anchor), ...seedFacts.pageAnchors];

/** A tiny content tree with renamed entries (former ids), built in memory. */
function renamedFixture() {
	const entries: RawEntry[] = [];
	for (const lang of ['fr', 'en'] as const) {
		const file = (c: string, id: string) => `fixture/${c}/${lang}/${id}.mdx`;
		entries.push(
			{
				collection: 'errors',
				id: 'new-error',
				lang,
				file: file('errors', 'new-error'),
				data: {
					title: 'E',
					message: 'M',
					variants: [],
					codes: ['SomeCode'],
					summary: 'S',
					causes: ['new-cause'],
					laterCauses: [],
					sharedWordings: [],
					signatures: [],
					legacyAnchors: ['old-error-anchor', 'cause-1-old-causeold-cause'],
					formerIds: ['old-error'],
					sources: [],
					httpLinks: [],
				},
			},
			{
				collection: 'causes',
				id: 'new-cause',
				lang,
				file: file('causes', 'new-cause'),
				data: {
					title: 'C',
					shortTitle: 'C',
					appliesTo: 'all',
					summary: 'S',
					solutions: ['new-solution'],
					presentation: 'steps',
					signatures: [],
					legacyAnchors: [],
					formerIds: ['old-cause', 'older-cause'],
					sources: [],
					httpLinks: [],
				},
			},
			{
				collection: 'solutions',
				id: 'new-solution',
				lang,
				file: file('solutions', 'new-solution'),
				data: {
					title: 'So',
					appliesTo: 'all',
					steps: [{ id: 'one', title: 'Do it', text: 'Do', code: [] }],
					notes: [],
					legacyAnchors: ['old-solution-anchor'],
					formerIds: ['old-solution'],
					sources: [],
					httpLinks: [],
				},
			},
		);
	}
	return entries as unknown as RawEntry[];
}

describe('former ids', () => {
	const { kb: renamed, problems } = checkContent(renamedFixture());

	it('the fixture is valid content', () => expect(problems).toEqual([]));

	it('an error or cause former id redirects to the current page, in each language', () => {
		expect(formerIdRedirects(renamed, ['fr', 'en'])).toEqual([
			{ lang: 'en', collection: 'causes', formerId: 'old-cause', target: '/en/causes/new-cause/' },
			{
				lang: 'en',
				collection: 'causes',
				formerId: 'older-cause',
				target: '/en/causes/new-cause/',
			},
			{ lang: 'en', collection: 'errors', formerId: 'old-error', target: '/en/errors/new-error/' },
			{ lang: 'fr', collection: 'causes', formerId: 'old-cause', target: '/fr/causes/new-cause/' },
			{
				lang: 'fr',
				collection: 'causes',
				formerId: 'older-cause',
				target: '/fr/causes/new-cause/',
			},
			{ lang: 'fr', collection: 'errors', formerId: 'old-error', target: '/fr/errors/new-error/' },
		]);
	});

	it('a solution has no page of its own: its former id makes no redirect page', () => {
		expect(formerIdRedirects(renamed, ['en']).map((r) => r.formerId)).not.toContain('old-solution');
	});

	it('legacy anchors of a renamed tree follow the entries', () => {
		expect(legacyTarget(renamed, 'fr', 'old-error-anchor')).toBe('/fr/errors/new-error/');
		expect(legacyTarget(renamed, 'en', 'cause-1-old-causeold-cause')).toBe(
			'/en/errors/new-error/#new-cause',
		);
		expect(legacyTarget(renamed, 'en', 'old-solution-anchor')).toBe(
			'/en/causes/new-cause/#new-solution',
		);
	});

	it('the real content has no former id yet, so no redirect page', () => {
		expect(formerIdRedirects(kb, ['fr', 'en'])).toEqual([]);
	});
});

describe('legacy anchors of the original article (real content)', () => {
	it('every seed anchor leads somewhere: a new page, or the article page itself', () => {
		const own = Object.values(articleOwnAnchors) as string[];
		for (const lang of ['fr', 'en'] as const) {
			const map = legacyAnchorMap(kb, lang);
			for (const anchor of seedAnchors) {
				if (own.includes(anchor)) expect(map[anchor], anchor).toBeUndefined();
				else
					expect(map[anchor], anchor).toMatch(
						new RegExp(`^/${lang}/(errors|causes)/[a-z0-9-]+/(#[a-z0-9-]+)?$`),
					);
			}
		}
	});

	it('sends every seed anchor where the seed had it (tests/fixtures/seed-facts.json), in both languages', () => {
		for (const lang of ['fr', 'en'] as const) {
			for (const { anchor, target } of seedFacts.legacyAnchors) {
				const [page = '', hash] = target.split('#');
				expect(legacyTarget(kb, lang, anchor), anchor).toBe(
					`/${lang}/${page}/${hash ? `#${hash}` : ''}`,
				);
			}
		}
	});

	it('sends "Cause N" lines to the N-th cause of the error the seed had them under', () => {
		// Only under "Backup failed with an internal error" is this anchor spelled without "is".
		expect(
			legacyTarget(
				kb,
				'en',
				'cause-2-the-agent-installed-in-the-vm-but-unresponsive-for-windows-vmsthe-agent-installed-in-the-vm-but-unresponsive-for-windows-vms',
			),
		).toBe('/en/errors/backup-internal-error/#windows-agent-unresponsive');
		expect(
			legacyTarget(kb, 'en', 'cause-1-the-vm-has-no-internet-accessthe-vm-has-no-internet-access'),
		).toBe('/en/errors/guest-agent-status-unavailable/#no-internet-access');
		expect(
			legacyTarget(kb, 'en', 'cause-3-the-vm-has-no-internet-accessthe-vm-has-no-internet-access'),
		).toBe('/en/errors/vmsnapshot-extension-failed/#no-internet-access');
		expect(
			legacyTarget(
				kb,
				'fr',
				'cause-3-the-agent-installed-in-the-vm-is-out-of-date-for-linux-vmsthe-agent-installed-in-the-vm-is-out-of-date-for-linux-vms',
			),
		).toBe('/fr/errors/guest-agent-status-unavailable/#linux-agent-outdated');
	});

	it('sends the sections to their pages', () => {
		expect(legacyTarget(kb, 'en', 'the-vm-has-no-internet-access')).toBe(
			'/en/causes/no-internet-access/',
		);
		expect(legacyTarget(kb, 'fr', 'vm-agent-unable-to-communicate-with-azure-backup')).toBe(
			'/fr/errors/guest-agent-status-unavailable/',
		);
		expect(legacyTarget(kb, 'en', 'create-a-path-for-http-traffic-to-flow')).toBe(
			'/en/causes/no-internet-access/#route-traffic-through-http-proxy',
		);
		expect(legacyTarget(kb, 'en', 'solution')).toBe('/en/causes/no-internet-access/#solutions');
		expect(legacyTarget(kb, 'en', 'not-an-anchor')).toBeUndefined();
	});
});

describe('short links', () => {
	it('generate the canonical casing and lower case of every code, once', () => {
		const list = shortLinkCodes(kb).map((c) => c.code);
		expect(list).toContain('UserErrorGuestAgentStatusUnavailable');
		expect(list).toContain('usererrorguestagentstatusunavailable');
		expect(new Set(list).size).toBe(list.length);
	});

	it('read a short-link path in any case, with or without the trailing slash', () => {
		expect(parseShortLinkPath('/go/USERERRORGUESTAGENTSTATUSUNAVAILABLE')).toEqual({
			code: 'USERERRORGUESTAGENTSTATUSUNAVAILABLE',
		});
		expect(parseShortLinkPath('/FR/go/abc/')).toEqual({ code: 'abc', lang: 'fr' });
		expect(parseShortLinkPath('/de/go/abc/')).toBeUndefined();
		expect(parseShortLinkPath('/en/errors/abc/')).toBeUndefined();
		expect(errorForCode(codeMap(kb), 'USERerrorGUESTagentStatusUnavailable')).toBe(
			'guest-agent-status-unavailable',
		);
		expect(errorForCode(codeMap(kb), 'constructor')).toBeUndefined();
	});
});

describe('carrying the query and the fragment', () => {
	it('adds the visitor’s query and fragment; the target’s own fragment wins', () => {
		expect(carryOver('/en/errors/x/', '?from=ticket', '#cause')).toBe(
			'/en/errors/x/?from=ticket#cause',
		);
		expect(carryOver('/en/errors/x/#c', '?os=linux', '#legacy')).toBe('/en/errors/x/?os=linux#c');
		expect(carryOver('/en/errors/x/?a=1', 'a=2&b=3', '')).toBe('/en/errors/x/?a=2&b=3');
		expect(carryOver('/en/', '', '')).toBe('/en/');
	});

	it('never throws and keeps the target path (property)', () => {
		fc.assert(
			fc.property(fc.string(), fc.string(), (search, hash) => {
				expect(carryOver('/fr/errors/x/', search, hash).startsWith('/fr/errors/x/')).toBe(true);
			}),
		);
	});

	it('decodes hashes safely', () => {
		expect(hashToAnchor('#caf%C3%A9')).toBe('café');
		expect(hashToAnchor('#%E0%A4%A')).toBe('%E0%A4%A');
	});
});

describe('404 search words', () => {
	it('turns a path into words, without the language and collection segments', () => {
		expect(wordsFromPath('/fr/errors/agent-ne-repond-pas/')).toBe('agent ne repond pas');
		expect(wordsFromPath('/go/UserErrorX')).toBe('UserErrorX');
		expect(wordsFromPath('/en/azure/backup/some_page.html')).toBe('some page');
		expect(wordsFromPath('/%E0%A4%A/')).toBe('E0A4A');
	});
});

describe('paths missing their trailing slash or in other letter cases', () => {
	const pages = pagePaths(kb, ['fr', 'en']);
	it('lists every content page of both languages once', () => {
		expect(new Set(pages).size).toBe(pages.length);
		expect(pages).toContain('/fr/errors/backup-internal-error/');
		expect(pages).toContain('/en/causes/no-internet-access/');
		expect(pages).toContain('/en/errors/');
		expect(pages).toContain('/fr/checklist/');
		expect(pages.filter((p) => p.startsWith('/en/'))).toHaveLength(pages.length / 2);
	});
	it('finds the page such a path stands for, and nothing else', () => {
		expect(existingPageFor('/en/errors/backup-internal-error', pages)).toBe(
			'/en/errors/backup-internal-error/',
		);
		expect(existingPageFor('/EN/Errors/Backup-Internal-Error/', pages)).toBe(
			'/en/errors/backup-internal-error/',
		);
		expect(existingPageFor('/FR/causes/no-internet-access', pages)).toBe(
			'/fr/causes/no-internet-access/',
		);
		expect(existingPageFor('/en/errors/backup-internal-error/', pages)).toBeUndefined();
		expect(existingPageFor('/no-such-page', pages)).toBeUndefined();
		expect(existingPageFor('/en/errors/constructor', pages)).toBeUndefined();
	});
});
