/**
 * The guided walk: one cause at a time, in the order to try them, with "Did this fix it?"
 * answers; the progress list, the status line under each answered cause, and the result.
 */
import { fill } from '../../lib/fill';
import {
	answer,
	currentCause,
	outcomes,
	undo,
	walkStatus,
	type Outcome,
} from '../../lib/guided-state';
import { hiddenByOs, part, type ToolsContext } from './context';
import { revealLinkedSections } from './linked-section';

/**
 * True when the walk hides the section with this id: a solution or a step of a cause it has not
 * reached (or has passed); the cause's own heading stays in view.
 */
export const walkHides = (id: string): boolean => {
	const el = id ? document.getElementById(id) : null;
	return (
		!!el?.closest('.guided-on section.cause.guided-collapsed') && el.getClientRects().length === 0
	);
};

/** Wires the walk's controls; returns the function that shows the walk's current state. */
export function initWalk(ctx: ToolsContext): () => void {
	const { tools, page, store, strings: s, config } = ctx;
	const sections = new Map(
		config.causes.map((c) => [
			c.id,
			page.querySelector<HTMLElement>(`section.cause[data-cause="${CSS.escape(c.id)}"]`),
		]),
	);
	const statusLines = new Map<string, HTMLElement>();
	const jumps = new Map<string, HTMLElement>();
	for (const [id, section] of sections) {
		const heading = section?.querySelector<HTMLElement>('.anchor-heading');
		if (!section || !heading) continue;
		heading.tabIndex = -1;
		const line = document.createElement('p');
		line.className = 'guided-status';
		line.hidden = true;
		heading.after(line);
		statusLines.set(id, line);
		// "Did this fix it?" is far below a long cause: a link to it right under the heading.
		const jump = document.createElement('a');
		jump.className = 'guided-jump';
		jump.href = `#guided-question-${id}`;
		jump.textContent = s['guided:jump'];
		jump.hidden = true;
		line.after(jump);
		jumps.set(id, jump);
	}
	const toggle = part<HTMLButtonElement>(tools, '[data-guided-toggle]');
	const panel = part(tools, '[data-guided-panel]');
	const result = part(tools, '[data-guided-result]');
	const live = part(tools, '[data-guided-live]');
	const undoButton = part<HTMLButtonElement>(tools, '[data-guided-undo]');
	const restart = part<HTMLButtonElement>(tools, '[data-guided-restart]');
	const outcomeLabel = (o: Outcome) => s[`guided:outcome.${o}`];

	/** After a change of step: the URL points at the current cause, focus and screen readers follow. */
	function moveOn(): void {
		const current = currentCause(config.causes, store.state);
		const cause = config.causes.find((c) => c.id === current);
		if (!cause) {
			store.writeUrl('');
			result.focus({ preventScroll: true });
			result.scrollIntoView({ block: 'center' });
			live.textContent = result.textContent ?? '';
			return;
		}
		store.writeUrl(`#${cause.id}`);
		const heading = sections.get(cause.id)?.querySelector<HTMLElement>('.anchor-heading');
		heading?.focus({ preventScroll: true });
		heading?.scrollIntoView({ block: 'start' });
		// Highlighted as a followed link is (global.css): the URL changed without a navigation.
		heading?.classList.remove('flash');
		void heading?.offsetWidth;
		heading?.classList.add('flash');
		live.textContent = fill(s['guided:current'], {
			n: cause.position,
			total: config.causes.length,
			title: cause.title,
		});
	}

	/** Leaves the walk; its answers stay stored, so "Resume" takes it up again. */
	const stop = () => store.update({ ...store.state, guide: false, answers: [] });
	// A link to a section the walk hides ("On this page", a link in the text) wins, as with the
	// guest filter: the walk stops.
	revealLinkedSections(walkHides, stop);

	toggle.addEventListener('click', () => {
		const { state } = store;
		if (state.guide) return stop();
		const answers = state.answers.length > 0 ? state.answers : (store.stored()?.answers ?? []);
		store.update({ ...state, guide: true, answers }, { moveOn: true });
	});
	for (const bar of page.querySelectorAll<HTMLElement>('[data-guided-answers]')) {
		const cause = bar.dataset.guidedAnswers ?? '';
		for (const button of bar.querySelectorAll<HTMLButtonElement>('button[data-answer]')) {
			const outcome = outcomes.find((o) => o === button.dataset.answer);
			if (!outcome) continue;
			button.addEventListener('click', () =>
				store.update(answer(store.state, cause, outcome), { moveOn: true }),
			);
		}
	}
	undoButton.addEventListener('click', () => store.update(undo(store.state), { moveOn: true }));
	restart.addEventListener('click', () =>
		store.update({ ...store.state, answers: [] }, { moveOn: true }),
	);
	store.onChange(({ moveOn: move }) => {
		if (move && store.state.guide) moveOn();
	});

	return () => {
		const { state } = store;
		const current = state.guide ? currentCause(config.causes, state) : undefined;
		const answered = new Map(state.answers.map((a) => [a.cause, a.outcome]));
		page.classList.toggle('guided-on', state.guide);
		const stored = store.stored();
		// A walk kept from before: "Resume" while it is open, "finished" once it has ended.
		const storedStatus =
			stored && stored.answers.length > 0 ? walkStatus(config.causes, stored).status : undefined;
		toggle.textContent = state.guide
			? s['guided:stop']
			: storedStatus === 'open'
				? s['guided:resume']
				: storedStatus
					? s['guided:finished']
					: s['guided:start'];
		toggle.setAttribute('aria-pressed', String(state.guide));
		panel.hidden = !state.guide;

		for (const c of config.causes) {
			const section = sections.get(c.id);
			section?.classList.toggle('guided-current', state.guide && c.id === current);
			section?.classList.toggle('guided-collapsed', state.guide && c.id !== current);
			// "On this page" lists the solutions of the cause being tried only.
			for (const entry of document.querySelectorAll(`[data-toc-cause="${CSS.escape(c.id)}"]`))
				entry.classList.toggle('kb-guided-collapsed', state.guide && c.id !== current);
			const bar = section?.querySelector<HTMLElement>(
				`[data-guided-answers="${CSS.escape(c.id)}"]`,
			);
			if (bar) bar.hidden = !(state.guide && c.id === current);
			const jump = jumps.get(c.id);
			if (jump) jump.hidden = !(state.guide && c.id === current);
			const outcome = answered.get(c.id);
			const line = statusLines.get(c.id);
			if (line) {
				line.hidden = !state.guide || !outcome;
				line.textContent = outcome ? outcomeLabel(outcome) : '';
				if (outcome) line.dataset.outcome = outcome;
			}
			const item = tools.querySelector<HTMLElement>(`[data-progress-cause="${CSS.escape(c.id)}"]`);
			const label = item?.querySelector<HTMLElement>('[data-progress-outcome]');
			if (item && label) {
				if (c.id === current) item.setAttribute('aria-current', 'step');
				else item.removeAttribute('aria-current');
				label.textContent = outcome
					? outcomeLabel(outcome)
					: hiddenByOs(ctx, c)
						? s['guided:outcome.hidden']
						: '';
				label.dataset.outcome = outcome ?? '';
			}
		}

		const { status, by } = walkStatus(config.causes, state);
		result.hidden = status === 'open';
		result.dataset.status = status;
		const fixer = config.causes.find((c) => c.id === by);
		result.textContent =
			status === 'fixed' && fixer
				? fill(s['guided:fixed'], { n: fixer.position, title: fixer.title })
				: status === 'exhausted'
					? s['guided:exhausted']
					: '';
		undoButton.disabled = state.answers.length === 0;
		restart.disabled = state.answers.length === 0;
	};
}
