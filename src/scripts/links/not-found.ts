/** The 404 page: resolve short links in any case, pages in other cases or missing their trailing slash, else offer the search. */
import { langTags, type Lang } from '../../i18n/languages';
import { carryOver } from '../../lib/links/carry-over';
import { existingPageFor, wordsFromPath } from '../../lib/links/not-found';
import { errorForCode, parseShortLinkPath } from '../../lib/links/short-links';
import { closestCode } from '../../lib/links/closest-code';
import { errorUrl, goUrl, langOfPath, searchUrl } from '../../lib/urls';
import { preferredLang } from '../language-switch';
import { fill } from '../../lib/fill';

function showLanguage(root: HTMLElement, lang: Lang): void {
	document.documentElement.lang = langTags[lang];
	for (const block of root.querySelectorAll<HTMLElement>('[data-lang-block]'))
		block.hidden = block.dataset.langBlock !== lang;
}

export function initNotFound(): void {
	const root = document.querySelector<HTMLElement>('[data-not-found]');
	if (!root) return;
	const path = location.pathname;
	const lang = langOfPath(path) ?? preferredLang();
	showLanguage(root, lang);

	const short = parseShortLinkPath(path);
	if (short) {
		let codes: Record<string, string> = {};
		try {
			codes = JSON.parse(root.dataset.codes ?? '{}');
		} catch {
			/* fall through to the search */
		}
		const errorId = errorForCode(codes, short.code);
		if (errorId) {
			root.querySelector<HTMLElement>('[data-resolving]')?.removeAttribute('hidden');
			location.replace(
				carryOver(errorUrl(short.lang ?? lang, errorId), location.search, location.hash),
			);
			return;
		}
		// A mistyped code: "Did you mean" the nearest one (the codes listed on this page).
		const listed = [
			...new Set([...root.querySelectorAll('.by-code code')].map((c) => c.textContent ?? '')),
		];
		const near = closestCode(short.code, listed);
		if (near)
			for (const p of root.querySelectorAll<HTMLElement>('[data-did-you-mean]')) {
				const link = p.querySelector<HTMLAnchorElement>('a');
				if (!link) continue;
				link.href = carryOver(goUrl(near, short.lang), location.search, location.hash);
				link.textContent = fill(link.dataset.template ?? '', { code: near });
				p.hidden = false;
			}
	}
	let pages: string[] = [];
	try {
		pages = JSON.parse(root.dataset.pages ?? '[]');
	} catch {
		/* no list: offer the search */
	}
	const existing = existingPageFor(path, pages);
	if (existing) {
		location.replace(`${existing}${location.search}${location.hash}`);
		return;
	}

	const words = wordsFromPath(path);
	if (!words) return;
	for (const block of root.querySelectorAll<HTMLElement>('section[data-lang-block]')) {
		const blockLang = block.dataset.langBlock as Lang;
		const link = block.querySelector<HTMLAnchorElement>('[data-search-link]');
		if (link) {
			link.href = searchUrl(blockLang, words);
			link.textContent = fill(link.dataset.template ?? '', { q: words });
			link.closest<HTMLElement>('[data-search-suggestion]')?.removeAttribute('hidden');
		}
		const input = block.querySelector<HTMLInputElement>('[data-search-input]');
		if (input) input.value = words;
	}
}
