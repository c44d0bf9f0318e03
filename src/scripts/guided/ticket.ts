/** "Copy for ticket": a plain-text and a Markdown summary of the error and the walk so far. */
import { encodeState } from '../../lib/guided-state';
import { ticketMarkdown, ticketText, type TicketInput } from '../../lib/ticket-summary';
import { writeClipboard } from '../clipboard';
import { hiddenByOs, part, type ToolsContext } from './context';

/** Wires the panel; returns the function that refreshes its text while it is open. */
export function initTicket(ctx: ToolsContext): () => void {
	const { tools, store, strings: s, config } = ctx;
	const panel = part(tools, '[data-ticket-panel]');
	const opener = part<HTMLButtonElement>(tools, '[data-ticket-open]');
	const output = (format: string) =>
		part<HTMLTextAreaElement>(tools, `[data-ticket-output="${CSS.escape(format)}"]`);

	function ticketInput(): TicketInput {
		const { state } = store;
		const origin = location.origin;
		const answered = new Map(state.answers.map((a) => [a.cause, a.outcome]));
		const guest = state.os ? s[`os:${state.os}`] : undefined;
		const walkUrl = encodeState({ ...state, guide: state.guide || state.answers.length > 0 });
		return {
			labels: {
				heading: s['ticket:heading'],
				error: s['ticket:error'],
				message: s['ticket:message'],
				codes: s['ticket:codes'],
				guest: s['ticket:guest'],
				page: s['ticket:page'],
				causes: s['ticket:causes'],
				colon: s['ticket:colon'],
				outcome: {
					fixed: s['guided:outcome.fixed'],
					skip: s['guided:outcome.skip'],
					cant: s['guided:outcome.cant'],
					pending: s['guided:outcome.pending'],
					hidden: s['guided:outcome.hidden'],
				},
			},
			errorTitle: config.title,
			message: config.message,
			codes: config.codes,
			...(guest ? { guest } : {}),
			pageUrl: `${origin}${location.pathname}${walkUrl}`,
			checklist: {
				heading: config.checklist.heading,
				identifiersHeading: config.checklist.identifiersHeading,
				identifiers: config.checklist.identifiers,
				logs: config.checklist.logs
					.filter((log) => !state.os || log.guest === 'all' || log.guest === state.os)
					.map((log) => log.value),
			},
			causes: config.causes.map((c) => {
				const outcome = answered.get(c.id);
				return {
					position: c.position,
					title: c.title,
					url: `${origin}${location.pathname}#${c.id}`,
					...(outcome ? { outcome } : {}),
					...(hiddenByOs(ctx, c) ? { hidden: true } : {}),
				};
			}),
		};
	}
	function fillTicket(): void {
		const input = ticketInput();
		output('text').value = ticketText(input);
		output('markdown').value = ticketMarkdown(input);
	}
	function closeTicket(): void {
		panel.hidden = true;
		opener.setAttribute('aria-expanded', 'false');
		opener.focus();
	}
	/** Copies one format and says so (or selects it for a copy by hand). */
	async function copy(format: string): Promise<void> {
		fillTicket();
		const area = output(format);
		const ok = await writeClipboard(area.value);
		const status = part(tools, '[data-ticket-status]');
		status.toggleAttribute('data-failed', !ok);
		status.textContent = ok ? s['ticket:copied'] : s['ticket:failed'];
		if (!ok) {
			area.focus();
			area.select();
		}
	}
	// One click copies the summary at once, then shows what was copied (and the Markdown).
	opener.addEventListener('click', () => {
		if (!panel.hidden) return closeTicket();
		fillTicket();
		panel.hidden = false;
		opener.setAttribute('aria-expanded', 'true');
		tools.querySelector<HTMLButtonElement>('[data-ticket-copy="text"]')?.focus();
		void copy('text');
	});
	part(tools, '[data-ticket-close]').addEventListener('click', closeTicket);
	panel.addEventListener('keydown', (e) => {
		if (e.key === 'Escape') closeTicket();
	});
	for (const button of tools.querySelectorAll<HTMLButtonElement>('[data-ticket-copy]')) {
		button.addEventListener('click', () => void copy(button.dataset.ticketCopy ?? 'text'));
	}
	return () => {
		if (!panel.hidden) fillTicket();
	};
}
