/** Ranking and verdicts on the real content, one scenario per kind of paste, in both languages. */
import { describe, expect, it } from 'vitest';
import { search, top } from './helpers';
import { kb } from '../../support/content';

describe('codes', () => {
	it.each([
		['UserErrorGuestAgentStatusUnavailable', 'guest-agent-status-unavailable'],
		['usererrorguestagentstatusunavailable', 'guest-agent-status-unavailable'],
		['EXTENSIONSNAPSHOTFAILEDNONETWORK', 'snapshot-failed-no-network'],
		['ExtentionOperationFailedForManagedDisks', 'vmsnapshot-extension-failed'],
		['the job says GuestAgentSnapshotTaskStatusError again', 'vm-agent-not-responsive'],
		['BackUpOperationFailedV2', 'backup-internal-error'],
	])('%s → %s, a match by code', (paste, id) => {
		const o = search(paste, 'fr');
		expect(top(o)).toBe(id);
		expect(o.verdict).toBe('match');
		// The code as the content writes it, whatever the paste's capitals.
		const code = kb.errors.fr
			.get(id)!
			.codes.filter((c) => paste.toLowerCase().includes(c.toLowerCase()))
			.sort((a, b) => b.length - a.length)[0];
		expect(o.results[0]?.why).toEqual({ type: 'code', code });
	});
});

describe('messages', () => {
	it('reads a PowerShell error record as PowerShell prints it: its labels and exception type are no codes', () => {
		const o = search(
			[
				'Backup-AzRecoveryServicesBackupItem : Could not communicate with the VM agent for snapshot status. Snapshot VM sub task timed out.',
				'At line:1 char:1',
				'+ Backup-AzRecoveryServicesBackupItem -Item $item -VaultId $vault.ID',
				'+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~',
				'    + CategoryInfo          : NotSpecified: (:) [Backup-AzRecoveryServicesBackupItem], CloudException',
				'    + FullyQualifiedErrorId : Microsoft.Azure.Commands.RecoveryServices.Backup.Cmdlets.BackupAzureRmRecoveryServicesBackupItem',
			].join('\n'),
		);
		expect([o.verdict, o.foreignCodes]).toEqual(['match', []]);
		expect(['vm-agent-not-responsive', 'guest-agent-status-unavailable']).toContain(top(o));
	});

	it('finds the English message on the English site', () => {
		const o = search('VM Agent unable to communicate with Azure Backup');
		expect([top(o), o.verdict, o.crossLanguage]).toEqual([
			'guest-agent-status-unavailable',
			'match',
			false,
		]);
	});
	it('finds the French message on the French site, without accents and with straight quotes', () => {
		const o = search(
			"l'operation de capture instantanee a echoue, car la machine virtuelle ne presente aucune connectivite reseau",
			'fr',
		);
		expect([top(o), o.verdict]).toEqual(['snapshot-failed-no-network', 'match']);
	});
	it('finds an English paste on the French site and says it matched across languages', () => {
		// A wording the French page does not list (those it lists match on the French site).
		const o = search(
			"Your backup operation might have failed because the backup service was unable to communicate with your VM's Guest Agent.",
			'fr',
		);
		expect([top(o), o.verdict, o.crossLanguage, o.matchedLang]).toEqual([
			'vm-agent-not-responsive',
			'match',
			true,
			'en',
		]);
		// The 2025 English message, which the French page lists: matched on the French site.
		const listed = search(
			'Snapshot operation failed due to no network connectivity on the virtual machine',
			'fr',
		);
		expect([top(listed), listed.verdict, listed.crossLanguage]).toEqual([
			'snapshot-failed-no-network',
			'match',
			false,
		]);
	});
	it('finds a French paste on the English site, across languages (a trailing unknown word is evidence)', () => {
		const o = search('ErrorMessage : L’opération d’extension VMSnapshot a échoué');
		expect([top(o), o.verdict, o.crossLanguage, o.matchedLang]).toEqual([
			'vmsnapshot-extension-failed',
			'match',
			true,
			'fr',
		]);
	});
	it('tolerates typos and a truncated message', () => {
		expect(top(search('VM Agnet unable to comunicate with Azure Backup'))).toBe(
			'guest-agent-status-unavailable',
		);
		const cut = search('Unable to perform the operation as the VM agen…');
		expect([top(cut), cut.verdict]).toEqual(['vm-agent-not-responsive', 'match']);
	});
	it('explains a phrase match with the matched content phrase and the marked words', () => {
		const why = search('Backup failed with an internal error').results[0]?.why;
		expect(why?.type).toBe('phrase');
		if (why?.type !== 'phrase') return;
		expect(why.matched).toBe('Backup failed with an internal error');
		expect(why.marks.map(([a, b]) => why.matched.slice(a, b))).toEqual([
			'Backup',
			'failed',
			'internal',
			'error',
		]);
	});
	it('reads past a log line pasted just before the message (but not past a word glued to it)', () => {
		const o = search(
			'2018/03/05 21:00:00 INFO Daemon goal state agent is running\nSnapshot operation failed due to no network connectivity on the virtual machine',
		);
		expect([top(o), o.verdict]).toEqual(['snapshot-failed-no-network', 'match']);
		expect(search('Map backup failed with an internal error').verdict).not.toBe('match');
	});
	it('finds a message among longer ticket sentences whose known words come from other pages', () => {
		const ticket =
			'We restarted the virtual machine and checked that the guest agent is running. The network security group did not change. Could you tell us what to check next? ';
		const o = search(
			`Hi team,\nthe nightly backup of vm-prod-web-01 has been failing for three days. Here is the activity log entry copied from the portal:\n{"code":"BackupFailed","message":"Backup failed with an internal error - Please retry the operation in a few minutes"}\n${ticket}`,
		);
		expect([top(o), o.verdict]).toEqual(['backup-internal-error', 'match']);
	});
	it('lists no page for a later phrase alone: a portal field label is not a log line of ours', () => {
		// "Error Code" is the tail of an agent log line ("… Error Code: -2147023143.").
		const o = search(
			'Backup\nFailed\nError Code\nUserErrorGuestAgentStatusUnavailable\nError Message\nVM Agent unable to communicate with Azure Backup',
		);
		expect([top(o), o.verdict]).toEqual(['guest-agent-status-unavailable', 'match']);
		const next = o.results[1]!;
		expect(next.why.type === 'phrase' ? next.why.matched : '').not.toBe('Error Code');
	});
	it('takes a generic part of a log line for a hint, the part the content names for proof', () => {
		// A .NET exception of any program, not the agent's line it ends.
		const dotnet = search(
			'Message        : Object reference not set to an instance of an object.\nException      : System.NullReferenceException',
		);
		expect(dotnet.verdict).not.toBe('match');
		const agent = search(
			'[WARN] WindowsAzureGuestAgent could not be stopped. Exception: System.NullReferenceException: Object reference not set to an instance of an object.',
		);
		expect([top(agent), agent.verdict]).toEqual(['windows-agent-unresponsive', 'match']);
		// No key: a part of the line proves with the rest of it, not alone.
		expect(search('Faulting application name: notepad.exe').verdict).not.toBe('match');
		const crash = search('Faulting application name: IaaSBcdrExtension.exe');
		expect([top(crash), crash.verdict]).toEqual(['application-control-blocks-extension', 'match']);
		// The same event as a French-language Windows writes it (no colon, so one phrase): the
		// cause first, then the step that shows the French line; not a match, since that one
		// phrase differs from another program's crash by one word.
		for (const lang of ['fr', 'en'] as const) {
			const fr = search(
				'Nom de l’application défaillante IaaSBcdrExtension.exe, version : 1.0.0.0, horodatage : 0x5f1e2b3c',
				lang,
			);
			expect(fr.results.slice(0, 2).map((r) => r.id)).toEqual([
				'application-control-blocks-extension',
				'allow-iaasbcdrextension--check-event-log',
			]);
			expect(
				search('Nom de l’application défaillante w3wp.exe, version : 10.0.14393.0', lang).verdict,
			).not.toBe('match');
		}
		// Two generic parts of a line template (a tag, an exit code) are not the line: another
		// extension's exit code is not ours; the key (what the paste keeps of a path) is.
		expect(
			search(
				'ERROR Event: name=Microsoft.Azure.Extensions.CustomScript, op=Enable, message=[ExtensionOperationError] Non-zero exit code: 2, bin/custom-script-shim enable',
			).verdict,
		).toBe('none');
		const vmsnapshot = search(
			'[ExtensionOperationError] Non-zero exit code: 3, /var/lib/waagent/Microsoft.Azure.RecoveryServices.VMSnapshotLinux-1.0.9156.0/main/handle.sh install',
		);
		expect([top(vmsnapshot), vmsnapshot.verdict]).toEqual([
			'backup-extension-update-load',
			'match',
		]);
	});
	it('finds an error of the current edition by its French heading', () => {
		const o = search(
			'UserErrorVmProvisioningStateFailed : Échec de l’approvisionnement de la machine virtuelle',
			'fr',
		);
		expect([top(o), o.verdict]).toEqual(['vm-provisioning-state-failed', 'match']);
	});
	it('finds a cause by its title', () => {
		const o = search('The VM has no internet access');
		expect(o.results[0]).toMatchObject({ kind: 'cause', id: 'no-internet-access' });
	});
});

describe('not ours', () => {
	it("reads a cause's short title inside another error's sentence as a few common words, not a match", () => {
		// "Failed extension" and "Disque trop grand" are short titles: alone, they name their cause.
		const sentence = search(
			"The resource 'web01' has a failed extension 'CustomScript'. Fix it before you move the resource.",
			'en',
		);
		expect(sentence.verdict).toBe('none');
		const alone = search('Failed extension', 'en');
		expect([top(alone), alone.verdict]).toEqual(['vm-extension-failed-state', 'match']);
		expect(search("Le fichier 'photo.vhd' est trop grand pour ce partage.", 'fr').verdict).toBe(
			'none',
		);
	});
	it.each([
		['Map backup failed with an internal error:', 'en'],
		['CloudInternalError: Microsoft Azure Backup encountered an internal error.', 'en'],
		['La copie des données sauvegardées du coffre a expiré.', 'fr'],
		['hello', 'en'],
	] as const)('%s → no confident match, closest pages still offered', (paste, lang) => {
		const o = search(paste, lang);
		expect(o.verdict).not.toBe('match');
	});
	it('reads a Markdown table of another error, label cells included, as not ours', () => {
		const o = search(
			'### <a name="usererrorwidgetfailed"></a>UserErrorWidgetFailed\n\n| Message d’erreur | Échec de la sauvegarde du widget |\n| ---- | ---- |\n| **Causes possibles** | Le widget est arrêté. |',
			'fr',
		);
		expect([o.verdict, o.foreignCodes]).toEqual(['none', ['UserErrorWidgetFailed']]);
	});
	it('names the foreign code', () => {
		expect(
			search(
				'ExtensionStuckInDeletionState - Extension state is not supportive to backup operation',
			).foreignCodes,
		).toEqual(['ExtensionStuckInDeletionState']);
	});
	it('names a code that a page mentions only in its prose as another error’s, not a word of ours', () => {
		// The internal-error page says, in its prose, not to confuse its error with this one.
		const o = search(
			'CloudInternalError Microsoft Azure Backup encountered an internal error. Wait for a few minutes and then try the operation again.',
		);
		expect([o.verdict, o.foreignCodes]).toEqual(['none', ['CloudInternalError']]);
		// A word of our commands is ours: a step's PowerShell variable names no other error.
		const script = search(
			'$anotherBkpItem = Get-AzRecoveryServicesBackupItem -WorkloadType AzureVM -BackupManagementType AzureVM -Name "vm01" -VaultId $targetVault.ID',
		);
		expect(script.foreignCodes).toEqual([]);
	});
	it.each([
		['WidgetJobAlreadyRunning The operation failed because another backup job is running.'],
		['WidgetCreationNotAllowed Creating a backup policy is not allowed on this vault.'],
	])('reads a code saying a job runs or an action is not allowed as another error: %s', (paste) => {
		const o = search(paste);
		expect([o.verdict, o.foreignCodes]).toEqual(['none', [paste.split(' ')[0]]]);
	});
	it("reads a lone quoted word ('Windows') as no evidence, a quoted agent state as one", () => {
		// "VM Windows" is a cause's short title: one word of it matched most of its weight.
		const o = search(
			"Quota exceeded for OS type 'Windows' in this subscription; request an increase and retry.",
		);
		expect(o.verdict).toBe('none');
		// Two words ("Not Ready") are the portal's agent state, a signature.
		expect(search('Common "Not Ready" status of the agent in the portal').verdict).toBe('match');
		// One word that weighs something, a typo of another phrase's ("on portal", "Dans le
		// portail" on the French site), is no such phrase.
		expect(
			search('Our CRM went down.\nThe vendor wrote "on portal" and closed the case.').verdict,
		).toBe('none');
	});
	it('answers none to an empty paste', () => {
		expect(search('   ')).toMatchObject({ verdict: 'none', results: [] });
	});
});

describe('words that name JavaScript object properties', () => {
	it.each([
		'constructor',
		'__proto__',
		'hasOwnProperty toString valueOf',
		'prototype &constructor; &__proto__;',
	])('%s → no exception, no match', (paste) => {
		const o = search(paste);
		expect(o.verdict).not.toBe('match');
	});
});

describe('a paste that only a step holds', () => {
	// A step's own sentence, pasted (a forum answer quoting the fix): the cause whose page hosts
	// the step comes first, the step right after it.
	const cases = kb.solutionIds.flatMap((id) => {
		const step = kb.solutions.en.get(id)!.steps.find((s) => s.text.split(/\s+/).length >= 12);
		return step ? [[id, step.id, step.text, kb.solutionCause.get(id)!] as const] : [];
	});
	it.each(cases.slice(0, 8))('%s › %s: its host cause first', (solution, step, text, host) => {
		const o = search(text.replace(/[*`[\]]|\(https?:[^)]*\)/g, ''));
		expect(o.mode).toBe('paste');
		expect(o.results[0]).toMatchObject({ kind: 'cause', id: host });
		expect(o.results.slice(1).map((r) => r.id)).toContain(`${solution}--${step}`);
	});
});

describe('a passage in other words', () => {
	// Advice written the way a forum answer or another article would say it: no one phrase of the
	// site covers it, but the cause's page holds its rare words (its phrases and its words both count).
	it.each([
		[
			'Take backups of your virtual machines at different times of day so that they do not overlap and saturate the storage',
			'en',
		],
		[
			'Programmez les sauvegardes de vos machines virtuelles à des heures différentes, pour qu’elles ne se chevauchent pas et ne saturent pas le stockage',
			'fr',
		],
	] as const)('%s → the cause whose page says it, without a confident verdict', (paste, lang) => {
		const o = search(paste, lang);
		expect([o.mode, o.results[0]?.kind, top(o)]).toEqual([
			'paste',
			'cause',
			'snapshot-status-or-capture',
		]);
		expect(o.verdict).not.toBe('match');
	});
});
