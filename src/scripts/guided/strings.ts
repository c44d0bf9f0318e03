import type { UiKey } from '../../i18n';

/**
 * The UI strings of the error page's tools (guided walk, guest filter, ticket summary), rendered
 * by GuidedToolbar.astro and read back by the tools' script.
 */
export const guidedStringKeys = [
	'guided:start',
	'guided:resume',
	'guided:finished',
	'guided:jump',
	'guided:stop',
	'guided:current',
	'guided:fixed',
	'guided:exhausted',
	'guided:outcome.fixed',
	'guided:outcome.skip',
	'guided:outcome.cant',
	'guided:outcome.pending',
	'guided:outcome.hidden',
	'os:hidden',
	'os:windows',
	'os:linux',
	'ticket:heading',
	'ticket:colon',
	'ticket:error',
	'ticket:message',
	'ticket:codes',
	'ticket:guest',
	'ticket:page',
	'ticket:causes',
	'ticket:copied',
	'ticket:failed',
] as const satisfies readonly UiKey[];

export type GuidedStringKey = (typeof guidedStringKeys)[number];
