import type { UiKey } from '../i18n';

/**
 * The UI strings of the copy-link buttons and of the code blocks' copy buttons, rendered once
 * per page by CopyLinkStrings.astro, read by copy-link.ts and copy-code.ts.
 */
export const copyLinkStringKeys = [
	'links:copy.page',
	'links:copy.section',
	'links:copy.step',
	'links:copy.row',
	'links:copy.copied',
	'links:copy.failed',
	'links:copy.fallbackLabel',
	'common:code.copy',
	'common:code.copied',
	'common:code.copyFailed',
	'common:error.copyMessage',
	'common:error.copyCode',
] as const satisfies readonly UiKey[];

export type CopyLinkStringKey = (typeof copyLinkStringKeys)[number];
