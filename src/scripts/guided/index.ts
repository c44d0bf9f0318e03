/**
 * The error page's tools, in the browser: guest OS filter, guided walk, "Copy for ticket".
 * The state lives in the URL (history.replaceState; see src/lib/guided-state.ts) and, for the
 * reader, in localStorage (`kb-guided:<error id>`), so "Resume" picks a walk up again.
 */
import {
	answer,
	currentCause,
	decodeState,
	encodeState,
	guestVisible,
	outcomes,
	undo,
	walkStatus,
	type GuidedState,
	type Outcome,
} from '../../lib/guided-state';
import { ticketMarkdown, ticketText, type TicketInput } from '../../lib/ticket-summary';
import { writeClipboard } from '../clipboard';
import { storageKey } from './storage';
import { fill } from '../../lib/fill';
import { readStrings } from '../strings';
import { guidedStringKeys } from './strings';

interface CauseConfig {
	id: string;
	position: number;
	title: string;
	guest: string;
}
interface Config {
	errorId: string;
	title: string;
	message: string;
	codes: string[];
	causes: CauseConfig[];
}

/** Elements the guest filter hides (guest badges also carry `data-guest`: not those). */
const filterable = ':is([data-cause], [data-toc-cause], [data-solution], [data-step])[data-guest]';

function readStored(key: string, ids: string[]): GuidedState | undefined {
	try {
		const raw = localStorage.getItem(key);
		return raw === null ? undefined : decodeState(raw, ids);
	} catch {
		return undefined;
	}
}
function store(key: string, state: GuidedState): void {
	try {
		localStorage.setItem(key, encodeState({ ...state, guide: true }));
	} catch {
		/* storage refused: the URL still holds the state */
	}
}

export function initGuided(): void {
	const tools = document.querySelector<HTMLElement>('[data-guided-tools]');
	if (!tools) return;
	let config: Config;
	try {
		config = JSON.parse(tools.dataset.config ?? '');
	} catch {
		return; // The page still works without its tools.
	}
	const s = readStrings(tools, guidedStringKeys);
	const ids = config.causes.map((c) => c.id);
	const key = storageKey(config.errorId);
	const page = tools.closest('article') ?? document.body;
	const q = <T extends Element = HTMLElement>(sel: string, root: ParentNode = tools) =>
		root.querySelector<T>(sel);

	let state: GuidedState = decodeState(location.search, ids);
	if (state.guide) store(key, state);

	const sections = new Map(
		ids.map((id) => [id, q<HTMLElement>(`section.cause[data-cause="${CSS.escape(id)}"]`, page)]),
	);
	const statusLines = new Map<string, HTMLElement>();
	for (const [id, section] of sections) {
		const heading = section?.querySelector<HTMLElement>('.anchor-heading');
		if (!section || !heading) continue;
		heading.tabIndex = -1;
		const line = document.createElement('p');
		line.className = 'guided-status';
		line.hidden = true;
		heading.after(line);
		statusLines.set(id, line);
	}

	const outcomeLabel = (o: Outcome) => s[`guided:outcome.${o}`];
	const hiddenByOs = (c: CauseConfig) => !guestVisible(c.guest, state.os);

	function writeUrl(hash = location.hash): void {
		const search = encodeState(state, location.search);
		history.replaceState(history.state, '', `${location.pathname}${search}${hash}`);
	}

	function applyOsFilter(): void {
		for (const el of page.querySelectorAll<HTMLElement>(filterable))
			el.classList.toggle('kb-os-hidden', !guestVisible(el.dataset.guest, state.os));
		for (const radio of tools!.querySelectorAll<HTMLInputElement>('input[name="os"]'))
			radio.checked = radio.value === (state.os ?? '');
		const note = q('[data-os-note]');
		const hidden = config.causes.filter(hiddenByOs).length;
		if (note) {
			note.hidden = !state.os || hidden === 0;
			note.textContent = fill(s['os:hidden'], { count: hidden, total: config.causes.length });
		}
	}

	function render(): void {
		applyOsFilter();
		const current = state.guide ? currentCause(config.causes, state) : undefined;
		const answered = new Map(state.answers.map((a) => [a.cause, a.outcome]));
		page.classList.toggle('guided-on', state.guide);

		const toggle = q<HTMLButtonElement>('[data-guided-toggle]')!;
		const stored = readStored(key, ids);
		toggle.textContent = state.guide
			? s['guided:stop']
			: stored && stored.answers.length > 0
				? s['guided:resume']
				: s['guided:start'];
		toggle.setAttribute('aria-pressed', String(state.guide));
		q('[data-guided-panel]')!.hidden = !state.guide;

		for (const c of config.causes) {
			const section = sections.get(c.id);
			section?.classList.toggle('guided-current', state.guide && c.id === current);
			section?.classList.toggle('guided-collapsed', state.guide && c.id !== current);
			const bar = section?.querySelector<HTMLElement>(
				`[data-guided-answers="${CSS.escape(c.id)}"]`,
			);
			if (bar) bar.hidden = !(state.guide && c.id === current);
			const outcome = answered.get(c.id);
			const line = statusLines.get(c.id);
			if (line) {
				line.hidden = !state.guide || !outcome;
				line.textContent = outcome ? outcomeLabel(outcome) : '';
				if (outcome) line.dataset.outcome = outcome;
			}
			const item = q<HTMLElement>(`[data-progress-cause="${CSS.escape(c.id)}"]`);
			const label = item?.querySelector<HTMLElement>('[data-progress-outcome]');
			if (item && label) {
				if (c.id === current) item.setAttribute('aria-current', 'step');
				else item.removeAttribute('aria-current');
				label.textContent = outcome
					? outcomeLabel(outcome)
					: hiddenByOs(c)
						? s['guided:outcome.hidden']
						: '';
				label.dataset.outcome = outcome ?? '';
			}
		}

		const { status, by } = walkStatus(config.causes, state);
		const result = q('[data-guided-result]')!;
		result.hidden = status === 'open';
		result.dataset.status = status;
		const fixer = config.causes.find((c) => c.id === by);
		result.textContent =
			status === 'fixed' && fixer
				? fill(s['guided:fixed'], { n: fixer.position, title: fixer.title })
				: status === 'exhausted'
					? s['guided:exhausted']
					: '';
		q<HTMLButtonElement>('[data-guided-undo]')!.disabled = state.answers.length === 0;
		q<HTMLButtonElement>('[data-guided-restart]')!.disabled = state.answers.length === 0;
		if (!q('[data-ticket-panel]')!.hidden) fillTicket();
	}

	/** After a change of step: the URL points at the current cause, focus and screen readers follow. */
	function moveOn(): void {
		const current = currentCause(config.causes, state);
		const cause = config.causes.find((c) => c.id === current);
		if (cause) {
			writeUrl(`#${cause.id}`);
			const heading = sections.get(cause.id)?.querySelector<HTMLElement>('.anchor-heading');
			heading?.focus({ preventScroll: true });
			heading?.scrollIntoView({ block: 'start' });
			const message = fill(s['guided:current'], {
				n: cause.position,
				total: config.causes.length,
				title: cause.title,
			});
			q('[data-guided-live]')!.textContent = message;
		} else {
			writeUrl('');
			const result = q('[data-guided-result]')!;
			result.focus({ preventScroll: true });
			result.scrollIntoView({ block: 'center' });
			q('[data-guided-live]')!.textContent = result.textContent ?? '';
		}
	}

	function update(next: GuidedState, focus: boolean): void {
		state = next;
		if (state.guide) store(key, state);
		writeUrl();
		render();
		if (focus && state.guide) moveOn();
	}

	// Guided walk.
	q('[data-guided-toggle]')!.addEventListener('click', () => {
		if (state.guide) {
			update({ ...state, guide: false, answers: [] }, false);
			return;
		}
		const stored = readStored(key, ids);
		const answers = state.answers.length > 0 ? state.answers : (stored?.answers ?? []);
		update({ ...state, guide: true, answers }, true);
	});
	for (const bar of page.querySelectorAll<HTMLElement>('[data-guided-answers]')) {
		const cause = bar.dataset.guidedAnswers!;
		for (const button of bar.querySelectorAll<HTMLButtonElement>('button[data-answer]')) {
			const outcome = button.dataset.answer as Outcome;
			if (!(outcomes as readonly string[]).includes(outcome)) continue;
			button.addEventListener('click', () => update(answer(state, cause, outcome), true));
		}
	}
	q('[data-guided-undo]')!.addEventListener('click', () => update(undo(state), true));
	q('[data-guided-restart]')!.addEventListener('click', () =>
		update({ ...state, answers: [] }, true),
	);

	// Guest filter.
	for (const radio of tools.querySelectorAll<HTMLInputElement>('input[name="os"]')) {
		radio.addEventListener('change', () => {
			if (!radio.checked) return;
			const os = radio.value === 'windows' || radio.value === 'linux' ? radio.value : undefined;
			const { os: _drop, ...rest } = state;
			update(os ? { ...rest, os } : rest, false);
		});
	}

	// Copy for ticket.
	const panel = q('[data-ticket-panel]')!;
	const opener = q<HTMLButtonElement>('[data-ticket-open]')!;
	function ticketInput(): TicketInput {
		const origin = location.origin;
		const answered = new Map(state.answers.map((a) => [a.cause, a.outcome]));
		const guest = state.os ? s[`os:${state.os}`] : undefined;
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
			pageUrl: `${origin}${location.pathname}${encodeState({ ...state, guide: state.guide || state.answers.length > 0 })}`,
			causes: config.causes.map((c) => {
				const outcome = answered.get(c.id);
				return {
					position: c.position,
					title: c.title,
					url: `${origin}${location.pathname}#${c.id}`,
					...(outcome ? { outcome } : {}),
					...(hiddenByOs(c) ? { hidden: true } : {}),
				};
			}),
		};
	}
	function fillTicket(): void {
		const input = ticketInput();
		q<HTMLTextAreaElement>('[data-ticket-output="text"]')!.value = ticketText(input);
		q<HTMLTextAreaElement>('[data-ticket-output="markdown"]')!.value = ticketMarkdown(input);
	}
	function closeTicket(): void {
		panel.hidden = true;
		opener.setAttribute('aria-expanded', 'false');
		opener.focus();
	}
	opener.addEventListener('click', () => {
		if (!panel.hidden) return closeTicket();
		fillTicket();
		panel.hidden = false;
		opener.setAttribute('aria-expanded', 'true');
		q<HTMLButtonElement>('[data-ticket-copy="text"]')?.focus();
	});
	q('[data-ticket-close]')!.addEventListener('click', closeTicket);
	panel.addEventListener('keydown', (e) => {
		if (e.key === 'Escape') closeTicket();
	});
	for (const button of tools.querySelectorAll<HTMLButtonElement>('[data-ticket-copy]')) {
		button.addEventListener('click', async () => {
			fillTicket();
			const area = q<HTMLTextAreaElement>(`[data-ticket-output="${button.dataset.ticketCopy}"]`)!;
			const ok = await writeClipboard(area.value);
			const status = q('[data-ticket-status]')!;
			status.toggleAttribute('data-failed', !ok);
			status.textContent = ok ? s['ticket:copied'] : s['ticket:failed'];
			if (!ok) {
				area.focus();
				area.select();
			}
		});
	}

	tools.classList.remove('pending');
	render();
	// The walk changed what is shown: bring a shared link's cause back into view.
	if (state.guide && location.hash)
		document
			.getElementById(decodeURIComponent(location.hash.slice(1)))
			?.scrollIntoView({ block: 'start' });
}
