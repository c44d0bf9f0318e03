import { describe, expect, it } from 'vitest';
import {
	codeSpan,
	escapeMarkdown,
	ticketMarkdown,
	ticketText,
	type TicketInput,
} from '../../../src/lib/ticket-summary';

const input: TicketInput = {
	labels: {
		heading: 'Azure Backup troubleshooting summary',
		error: 'Error',
		message: 'Message',
		codes: 'Error code',
		guest: 'Guest OS',
		page: 'Page',
		causes: 'Causes',
		colon: ':',
		outcome: {
			fixed: 'Fixed it',
			skip: 'Not this one',
			cant: 'Could not check',
			pending: 'Not checked yet',
			hidden: 'Does not apply',
		},
	},
	errorTitle: 'VM Agent unable to communicate with Azure Backup',
	message: 'VM Agent unable to communicate with Azure Backup',
	codes: ['UserErrorGuestAgentStatusUnavailable'],
	guest: 'Linux',
	pageUrl:
		'https://kb.example/en/errors/guest-agent-status-unavailable/?guide=1&s=a:skip,b:fixed&os=linux',
	causes: [
		{
			position: 1,
			title: 'The VM has no internet access',
			url: 'https://kb.example/en/errors/x/#a',
			outcome: 'skip',
		},
		{
			position: 2,
			title: 'The agent is *unresponsive* (Windows VMs)',
			url: 'https://kb.example/en/errors/x/#b',
			hidden: true,
		},
		{
			position: 3,
			title: 'The agent is out of date',
			url: 'https://kb.example/en/errors/x/#c',
			outcome: 'fixed',
		},
		{ position: 4, title: 'Snapshot', url: 'https://kb.example/en/errors/x/#d' },
	],
};

describe('ticket summary', () => {
	it('plain text: every fact, each cause with its outcome and its link', () => {
		expect(ticketText(input)).toBe(
			[
				'Azure Backup troubleshooting summary',
				'Error: VM Agent unable to communicate with Azure Backup',
				'Error code: UserErrorGuestAgentStatusUnavailable',
				'Guest OS: Linux',
				'Page: https://kb.example/en/errors/guest-agent-status-unavailable/?guide=1&s=a:skip,b:fixed&os=linux',
				'',
				'Causes:',
				'1. The VM has no internet access: Not this one',
				'   https://kb.example/en/errors/x/#a',
				'2. The agent is *unresponsive* (Windows VMs): Does not apply',
				'   https://kb.example/en/errors/x/#b',
				'3. The agent is out of date: Fixed it',
				'   https://kb.example/en/errors/x/#c',
				'4. Snapshot: Not checked yet',
				'   https://kb.example/en/errors/x/#d',
				'',
			].join('\n'),
		);
	});

	it('Markdown: links, code spans, escaped titles', () => {
		const md = ticketMarkdown(input);
		expect(md).toContain('### Azure Backup troubleshooting summary');
		expect(md).toContain(
			'- **Error:** [VM Agent unable to communicate with Azure Backup](https://kb.example/en/errors/guest-agent-status-unavailable/?guide=1&s=a:skip,b:fixed&os=linux)',
		);
		expect(md).toContain('- **Error code:** `UserErrorGuestAgentStatusUnavailable`');
		expect(md).toContain(
			'2. [The agent is \\*unresponsive\\* (Windows VMs)](https://kb.example/en/errors/x/#b): **Does not apply**',
		);
		expect(md).toContain(
			'3. [The agent is out of date](https://kb.example/en/errors/x/#c): **Fixed it**',
		);
	});

	it('does not repeat the message when it is the title, and gives it when it differs', () => {
		expect(ticketText(input)).not.toContain('Message:');
		expect(ticketMarkdown(input)).not.toContain('**Message:**');
		const other = { ...input, message: 'The VM agent did not answer' };
		expect(ticketText(other)).toContain('Message: The VM agent did not answer');
		expect(ticketMarkdown(other)).toContain('- **Message:** `The VM agent did not answer`');
	});

	it('escapes what Markdown would read as formatting', () => {
		expect(escapeMarkdown('a_b [c] `d`')).toBe('a\\_b \\[c\\] \\`d\\`');
		expect(codeSpan('Logs.Verbose=y')).toBe('`Logs.Verbose=y`');
		expect(codeSpan('a `b` c')).toBe('``a `b` c``');
	});
});

describe('French typography', () => {
	it('puts the language’s own colon after each label', () => {
		const fr = { ...input, labels: { ...input.labels, error: 'Erreur', colon: '\u00a0:' } };
		expect(ticketText(fr)).toContain('Erreur\u00a0: VM Agent');
		expect(ticketMarkdown(fr)).toContain('**Erreur\u00a0:**');
	});
});

describe('ticket summary: what to collect before a ticket', () => {
	const withChecklist: TicketInput = {
		...input,
		checklist: {
			heading: 'What to collect before opening a ticket',
			identifiersHeading: 'Identifiers support asks for',
			identifiers: ['Subscription ID', 'Time of the failure (UTC)'],
			logs: ['sudo waagent -collect-logs', '/var/log/waagent.log'],
		},
	};

	it('plain text: the logs to attach, then one line to fill in per identifier, after the causes', () => {
		const text = ticketText(withChecklist);
		expect(text.startsWith(ticketText(input).trimEnd())).toBe(true);
		expect(text).toContain(
			[
				'What to collect before opening a ticket:',
				'- sudo waagent -collect-logs',
				'- /var/log/waagent.log',
				'',
				'Identifiers support asks for:',
				'- Subscription ID: ',
				'- Time of the failure (UTC): ',
			].join('\n'),
		);
	});

	it('Markdown: logs as code spans, identifiers escaped, with the language’s colon', () => {
		const md = ticketMarkdown({
			...withChecklist,
			labels: { ...input.labels, colon: '\u00a0:' },
			checklist: { ...withChecklist.checklist!, identifiers: ['Chemin réseau : NSG | UDR'] },
		});
		expect(md).toContain('**What to collect before opening a ticket\u00a0:**');
		expect(md).toContain('- `sudo waagent -collect-logs`');
		expect(md).toContain('- Chemin réseau : NSG \\| UDR\u00a0: ');
	});

	it('without a checklist, the summary ends with the causes', () => {
		expect(ticketText(input)).not.toContain('Identifiers');
	});
});
