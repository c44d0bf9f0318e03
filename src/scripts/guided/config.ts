/**
 * The tools' configuration, read when they load rather than rendered into every error page:
 * the error and its causes from the page itself (the title, the message, the codes, each cause
 * section's id, position, guest and heading), the checklist from the support blocks of the
 * page's language (content/support/<lang>.json, its own small chunk).
 */
import type { Lang } from '../../i18n/languages';
import type { Config } from './context';

interface SupportJson {
	collect: {
		title: string;
		identifiersTitle: string;
		identifiers: string[];
		steps: { appliesTo?: string; code?: { value: string }[] }[];
	};
}

const supportFiles = import.meta.glob<SupportJson>('../../../content/support/*.json', {
	import: 'default',
});

const text = (el: Element | null | undefined) => el?.textContent?.trim() ?? '';

export async function readConfig(page: ParentNode, errorId: string, lang: Lang): Promise<Config> {
	const load = supportFiles[`../../../content/support/${lang}.json`];
	if (!load) throw new Error(`No support blocks for ${lang}`);
	const { collect } = await load();
	return {
		errorId,
		title: text(page.querySelector('h1')),
		message: text(page.querySelector('[data-message]')),
		codes: [...page.querySelectorAll('[data-code]')].map(text),
		causes: [...page.querySelectorAll<HTMLElement>('section.cause[data-cause]')].map((section) => ({
			id: section.dataset.cause ?? '',
			position: Number(section.dataset.position),
			title: text(section.querySelector('.anchor-heading')),
			guest: section.dataset.guest ?? 'all',
		})),
		checklist: {
			heading: collect.title,
			identifiersHeading: collect.identifiersTitle,
			identifiers: collect.identifiers,
			logs: collect.steps.flatMap((step) =>
				(step.code ?? []).map((code) => ({ value: code.value, guest: step.appliesTo ?? 'all' })),
			),
		},
	};
}
