/**
 * The error page's tools, in the browser: the guest OS filter, the guided walk and "Copy for
 * ticket", each in its own module, over one shared state (store.ts) that lives in the URL.
 * Loaded on first use by boot.ts.
 */
import { hashToAnchor } from '../../lib/links/carry-over';
import { readStrings } from '../strings';
import { isLang } from '../../i18n/languages';
import { readConfig } from './config';
import type { Config, ToolsContext } from './context';
import { initOsFilter } from './os-filter';
import { GuidedStore } from './store';
import type { GuidedStringKey } from './strings';
import { initTicket } from './ticket';
import { initWalk, walkHides } from './walk';

export async function initGuided(): Promise<void> {
	const tools = document.querySelector<HTMLElement>('[data-guided-tools]');
	if (!tools) return;
	const page = tools.closest('article') ?? document.body;
	const lang = isLang(document.documentElement.lang) ? document.documentElement.lang : 'en';
	let config: Config;
	try {
		config = await readConfig(page, tools.dataset.errorId ?? '', lang);
	} catch {
		return; // The page still works without its tools.
	}
	const ctx: ToolsContext = {
		tools,
		page,
		config,
		strings: readStrings<GuidedStringKey>(tools),
		store: new GuidedStore(
			config.errorId,
			config.causes.map((c) => c.id),
		),
	};
	// Redraw first on every change, then the walk moves focus on (it reads what was drawn).
	const parts: (() => void)[] = [];
	const render = () => parts.forEach((show) => show());
	ctx.store.onChange(render);
	parts.push(initOsFilter(ctx), initWalk(ctx), initTicket(ctx));
	tools.classList.remove('pending');
	render();
	// The walk changed what is shown: bring a shared link's cause back into view; a link to a
	// section the walk hides wins over the walk (it stops, its answers kept for "Resume").
	const linked = hashToAnchor(location.hash);
	if (ctx.store.state.guide && linked) {
		if (walkHides(linked)) ctx.store.update({ ...ctx.store.state, guide: false, answers: [] });
		document.getElementById(linked)?.scrollIntoView({ block: 'start' });
	}
}
