/**
 * "Copy for ticket": a summary of a troubleshooting session, as plain text and as Markdown.
 * Pure: the page's script gathers the facts and the (already translated) labels, this module
 * only lays them out, so both formats always say the same thing in the page's language.
 */
import type { Outcome } from './guided-state';

/** Translated labels (from `links.json`, passed to the browser through a data attribute). */
export interface TicketLabels {
	heading: string;
	error: string;
	message: string;
	codes: string;
	guest: string;
	page: string;
	causes: string;
	/** The colon after a label, as the language writes it (French: a non-breaking space before it). */
	colon: string;
	/** One label per answer, plus `pending` (not answered) and `hidden` (filtered out by the guest). */
	outcome: Record<Outcome | 'pending' | 'hidden', string>;
}

export interface TicketCause {
	position: number;
	title: string;
	/** Absolute URL of the cause on the error page. */
	url: string;
	outcome?: Outcome;
	/** Hidden by the guest filter: does not apply to this VM. */
	hidden?: boolean;
}

/** What to collect before opening a ticket (content/support/<lang>.json), ready to fill in. */
export interface TicketChecklist {
	/** Heading in the page's language. */
	heading: string;
	/** Heading of the identifier list. */
	identifiersHeading: string;
	/** Identifiers support asks for; each becomes a line to fill in. */
	identifiers: string[];
	/** Log files and commands for the chosen guest (both guests when none is chosen). */
	logs: string[];
}

export interface TicketInput {
	labels: TicketLabels;
	errorTitle: string;
	message: string;
	codes: string[];
	/** Label of the guest filter, when one is set. */
	guest?: string;
	/** Absolute URL of the error page with the session's state (reopens the same walk). */
	pageUrl: string;
	causes: TicketCause[];
	/** What to collect before opening a ticket; omitted, the summary ends with the causes. */
	checklist?: TicketChecklist;
}

function outcomeLabel(labels: TicketLabels, cause: TicketCause): string {
	if (cause.outcome) return labels.outcome[cause.outcome];
	return cause.hidden ? labels.outcome.hidden : labels.outcome.pending;
}

/** The message says nothing the title has not said (the title is often the message itself). */
const repeatsTitle = (input: TicketInput) => input.message.trim() === input.errorTitle.trim();

/** Plain text: one fact per line, links on their own line so every client makes them clickable. */
export function ticketText(input: TicketInput): string {
	const { labels } = input;
	const lines = [
		labels.heading,
		`${labels.error}${labels.colon} ${input.errorTitle}`,
		...(repeatsTitle(input) ? [] : [`${labels.message}${labels.colon} ${input.message}`]),
		`${labels.codes}${labels.colon} ${input.codes.join(', ')}`,
		...(input.guest ? [`${labels.guest}${labels.colon} ${input.guest}`] : []),
		`${labels.page}${labels.colon} ${input.pageUrl}`,
		'',
		`${labels.causes}${labels.colon}`,
		...input.causes.flatMap((c) => [
			`${c.position}. ${c.title}${labels.colon} ${outcomeLabel(labels, c)}`,
			`   ${c.url}`,
		]),
		...checklistText(input),
	];
	return `${lines.join('\n')}\n`;
}

/** The ticket checklist as plain text: identifiers to fill in, then the logs to attach. */
function checklistText({ labels, checklist }: TicketInput): string[] {
	if (!checklist) return [];
	return [
		'',
		`${checklist.heading}${labels.colon}`,
		...checklist.logs.map((log) => `- ${log}`),
		'',
		`${checklist.identifiersHeading}${labels.colon}`,
		...checklist.identifiers.map((item) => `- ${item}${labels.colon} `),
	];
}

/** Escapes the characters Markdown would read as formatting in link text and prose. */
export function escapeMarkdown(text: string): string {
	return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

/** A code span that survives backticks inside the value. */
export function codeSpan(text: string): string {
	const runs = text.match(/`+/g) ?? [];
	const fence = '`'.repeat(Math.max(0, ...runs.map((r) => r.length)) + 1);
	const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
	return `${fence}${pad}${text}${pad}${fence}`;
}

/** Markdown link destinations: angle brackets keep spaces and parentheses safe. */
const dest = (url: string) =>
	/[\s()<>]/.test(url) ? `<${url.replace(/[<>]/g, encodeURIComponent)}>` : url;

/** Markdown: a heading, the facts as a list, the causes as an ordered list of links. */
export function ticketMarkdown(input: TicketInput): string {
	const { labels } = input;
	const lines = [
		`### ${escapeMarkdown(labels.heading)}`,
		'',
		`- **${escapeMarkdown(labels.error)}${labels.colon}** [${escapeMarkdown(input.errorTitle)}](${dest(input.pageUrl)})`,
		...(repeatsTitle(input)
			? []
			: [`- **${escapeMarkdown(labels.message)}${labels.colon}** ${codeSpan(input.message)}`]),
		`- **${escapeMarkdown(labels.codes)}${labels.colon}** ${input.codes.map(codeSpan).join(', ')}`,
		...(input.guest
			? [`- **${escapeMarkdown(labels.guest)}${labels.colon}** ${escapeMarkdown(input.guest)}`]
			: []),
		'',
		`**${escapeMarkdown(labels.causes)}${labels.colon}**`,
		'',
		...input.causes.map(
			(c) =>
				`${c.position}. [${escapeMarkdown(c.title)}](${dest(c.url)})${labels.colon} **${escapeMarkdown(outcomeLabel(labels, c))}**`,
		),
		...checklistMarkdown(input),
	];
	return `${lines.join('\n')}\n`;
}

/** The ticket checklist as Markdown: logs as code spans, identifiers as a list to fill in. */
function checklistMarkdown({ labels, checklist }: TicketInput): string[] {
	if (!checklist) return [];
	return [
		'',
		`**${escapeMarkdown(checklist.heading)}${labels.colon}**`,
		'',
		...checklist.logs.map((log) => `- ${codeSpan(log)}`),
		'',
		`**${escapeMarkdown(checklist.identifiersHeading)}${labels.colon}**`,
		'',
		...checklist.identifiers.map((item) => `- ${escapeMarkdown(item)}${labels.colon} `),
	];
}
