/** What the error page's tools share: the page, its configuration, its strings and the state. */
import { guestVisible } from '../../lib/guided-state';
import type { GuidedStore } from './store';
import type { GuidedStringKey } from './strings';

export interface CauseConfig {
	id: string;
	position: number;
	title: string;
	guest: string;
}

/** Read from the page and the support blocks when the tools load (config.ts). */
export interface Config {
	errorId: string;
	title: string;
	message: string;
	codes: string[];
	causes: CauseConfig[];
	/** What to collect before a ticket (content/support): logs tagged with their guest. */
	checklist: {
		heading: string;
		identifiersHeading: string;
		identifiers: string[];
		logs: { value: string; guest: string }[];
	};
}

export interface ToolsContext {
	/** The toolbar (`[data-guided-tools]`). */
	tools: HTMLElement;
	/** The error's article: its cause sections. */
	page: HTMLElement;
	config: Config;
	strings: Record<GuidedStringKey, string>;
	store: GuidedStore;
}

/** A required element of the toolbar; a page without it is a build error, not a reader's. */
export function part<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
	const el = root.querySelector<T>(selector);
	if (!el) throw new Error(`The error page's tools miss ${selector}`);
	return el;
}

/** A cause hidden by the guest filter. */
export const hiddenByOs = (ctx: ToolsContext, cause: CauseConfig) =>
	!guestVisible(cause.guest, ctx.store.state.os);
