import type { UiKey } from '../i18n';

/** The UI strings of the copy-link buttons (rendered by CopyLink.astro, read by copy-link.ts). */
export const copyLinkStringKeys = [
	'links:copy.copied',
	'links:copy.failed',
	'links:copy.fallbackLabel',
] as const satisfies readonly UiKey[];
