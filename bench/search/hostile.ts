/**
 * Big and hostile pastes, generated rather than stored (they weigh hundreds of KB): a 100 KB
 * log with the error at either end, a code lost in the middle of 200 KB, junk that must
 * answer `none`. Same shape as the evaluation items. Used by the benchmark and the unit tests.
 */
export interface EvalItem {
	id: string;
	query: string;
	lang: 'en' | 'fr';
	expected: string;
	accept?: string[];
	kind: string;
	source: string;
}

/** ~100 KB of waagent heartbeat lines (format of Azure/WALinuxAgent's waagent.log). */
export const heartbeatLog = (lines = 900) =>
	Array.from(
		{ length: lines },
		(_, i) =>
			`2018/03/05 21:${String(i % 60).padStart(2, '0')}:00.000000 INFO Daemon Agent WALinuxAgent-2.2.${i % 40} is running as the goal state agent [heartbeat ${i}]`,
	).join('\n');

export function hostilePastes(): EvalItem[] {
	const log = heartbeatLog();
	const e2 = 'Snapshot operation failed due to no network connectivity on the virtual machine';
	const e1 = 'VM Agent unable to communicate with Azure Backup';
	return [
		{
			id: 'h01',
			query: `${log}\n${e2}`,
			lang: 'en',
			expected: 'E2',
			kind: 'huge-log',
			source: '~100 KB of generated waagent heartbeat lines, then the E2 message (facts.md §1)',
		},
		{
			id: 'h02',
			query: `${e1}\n${log}`,
			lang: 'en',
			expected: 'E1',
			kind: 'huge-log',
			source: 'the E1 message (facts.md §1), then ~100 KB of generated log lines',
		},
		{
			id: 'h03',
			query: `${log}\nErrorCode: GuestAgentSnapshotTaskStatusError\n${log}`,
			lang: 'fr',
			expected: 'none',
			kind: 'huge-log',
			source:
				'an E4 code in the middle of ~200 KB: the middle is beyond the input cap, so the answer is no match (and no freeze)',
		},
		{
			id: 'h04',
			query: '\u0000\u0001\u0002'.repeat(2000),
			lang: 'fr',
			expected: 'none',
			kind: 'hostile',
			source: 'control characters only',
		},
		{
			id: 'h05',
			query: '😀🙃🔥'.repeat(3000),
			lang: 'en',
			expected: 'none',
			kind: 'hostile',
			source: 'emoji only, ~18 KB',
		},
		{
			id: 'h06',
			query: 'a'.repeat(120_000),
			lang: 'en',
			expected: 'none',
			kind: 'hostile',
			source: 'one 120 KB word',
		},
		{
			id: 'h07',
			query: log,
			lang: 'fr',
			expected: 'none',
			kind: 'huge-log',
			source: '~100 KB of generated heartbeat log lines, no error',
		},
		{
			id: 'h08',
			query: '<'.repeat(50_000) + '&#'.repeat(20_000) + '\\u'.repeat(20_000),
			lang: 'en',
			expected: 'none',
			kind: 'hostile',
			source: 'regex-hostile runs of markup and escape openers',
		},
		{
			id: 'h09',
			query: `<script>document.body.innerHTML='<h1 id=pwned>x</h1>'</script>${e1}`,
			lang: 'en',
			expected: 'E1',
			kind: 'hostile',
			source: 'script injection attempt before the E1 message',
		},
	];
}
