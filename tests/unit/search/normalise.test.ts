/** The normaliser: every kind of paste is reduced to codes and plain phrases. */
import { describe, expect, it } from 'vitest';
import { normalise } from '../../../src/search/normalise';
import { foldText } from '../../../src/search/fold';

const phrases = (paste: string) => normalise(paste).phrases.map((p) => p.words.join(' '));

describe('folding', () => {
	it('folds case, accents, ligatures and quotes', () => {
		expect(foldText('L’opération de capture INSTANTANÉE a échoué « cœur »')).toBe(
			'l operation de capture instantanee a echoue coeur',
		);
		expect(foldText("l'operation")).toBe(foldText('l’opération'));
	});
});

describe('noise', () => {
	it('drops the labels around a pasted error, in both languages, and keeps what they label', () => {
		const p = phrases(
			'Error code: UserErrorX\nError Message: The VM agent is stuck\nCode d’erreur : UserErrorY\nMessage d’erreur\u00a0: L’agent est bloqué',
		).join(' | ');
		expect(p).not.toMatch(/error code|error message|code d erreur|message d erreur/);
		expect(p).toContain('the vm agent is stuck');
		expect(p).toContain('l agent est bloque');
	});
	it('drops GUIDs, timestamps, URLs, resource ids, versions and e-mails', () => {
		const p = phrases(
			'2018-03-05T22:31:40.5512341Z job 4f3a9c2e-7b1d-4e8a-9f6c-2d5e8b1a7c30 at https://portal.azure.com/#blade/x by ops@contoso.com on /subscriptions/b7e2d1c4-0a9f-4c3e-8d21-6f5a3e9b2c18/resourceGroups/rg version 1.0.9164.0',
		).join(' ');
		expect(p).not.toMatch(/4f3a9c2e|portal|contoso|subscriptions|9164|2018/);
		expect(p).toContain('job');
	});
	it('unescapes JSON (twice) and reads the message out of Azure CLI output', () => {
		const q = normalise(
			'{\\"error\\":{\\"code\\":\\"BackupFailed\\",\\"message\\":\\"VM Agent unable to communicate with Azure Backup\\\\nJob x\\"}}',
		);
		expect(q.phrases.map((p) => p.words.join(' '))).toEqual([
			'backupfailed',
			'vm agent unable to communicate with azure backup job x',
		]);
	});
	it('strips PowerShell wrappers and keeps the error record message', () => {
		const p = phrases(
			'Get-AzRecoveryServicesBackupJob : Backup failed with an internal error\nAt line:1 char:1\n+ Get-AzRecoveryServicesBackupJob\n+ CategoryInfo : CloseError: (:) [Get-AzRecoveryServicesBackupJob], CloudException',
		);
		expect(p[0]).toBe('backup failed with an internal error');
		expect(p.join(' ')).not.toMatch(/categoryinfo|line 1/);
	});
	it('strips the wrappers Azure Resource Manager puts around any error, not the same words in a message', () => {
		const cli = phrases(
			'Deployment failed. Correlation ID: 08fa8a87-2661-43a7-8ad0-8ae7e0582d6b. Operation failed with status: 200. Details: Resource state Canceled',
		);
		expect(cli).toContain('resource state canceled');
		expect(cli.join(' ')).not.toMatch(/deployment|operation/);
		const powershell = phrases(
			"New-AzVM : Long running operation failed with status 'Failed'. Additional Info:'VM has reported a failure'",
		);
		expect(powershell).toContain('additional info vm has reported a failure');
		expect(powershell.join(' ')).not.toMatch(/running|operation/);
		expect(phrases('The snapshot operation failed with status code 409')).toEqual([
			'the snapshot operation failed with status code 409',
		]);
	});
	it('strips HTML tags and entities, control characters, zero-width characters and emoji', () => {
		expect(phrases('<p class="x">Sna\u200Bpshot&nbsp;failed</p>\u0000\u0007 🔥')).toEqual([
			'snapshot failed',
		]);
	});
	it('keeps a message wrapped over two lines whole, and cuts at the portal " - " separator', () => {
		expect(
			phrases(
				'VM Agent unable to communicate\nwith Azure Backup - Ensure the VM has network connectivity',
			),
		).toEqual([
			'vm agent unable to communicate with azure backup',
			'ensure the vm has network connectivity',
		]);
	});
	it('reads a message wrapped over the quoted lines of an e-mail reply whole', () => {
		expect(
			phrases(
				"> Depuis hier :\n> « L'agent de machine virtuelle ne peut pas\n>> communiquer avec le service Sauvegarde Azure »",
			),
		).toContain(
			'l agent de machine virtuelle ne peut pas communiquer avec le service sauvegarde azure',
		);
		// A `>` inside a line is no quote marker.
		expect(phrases('PS C:\\> Backup failed')).toContain('backup failed');
	});
	it('marks a phrase cut by an ellipsis or by the end of the paste', () => {
		const q = normalise('Impossible de communiquer avec l’agent… Fin.');
		expect(q.phrases.map((p) => p.cut)).toEqual([true, false]);
		expect(normalise('Backup failed with an inter').phrases[0]?.cut).toBe(true);
	});
	it('reads log levels at the start of a line only (a message in capitals keeps ERROR)', () => {
		expect(phrases('BACKUP FAILED WITH AN INTERNAL ERROR')).toEqual([
			'backup failed with an internal error',
		]);
		expect(phrases('2018/03/05 22:30:41.004002 ERROR ExtHandler Enable failed')).toEqual([
			'exthandler enable failed',
		]);
	});
});

describe('codes', () => {
	it('finds code-shaped words verbatim, once each, in order', () => {
		expect(
			normalise(
				'Code="UserErrorGuestAgentStatusUnavailable" usererrorguestagentstatusunavailable ExtensionSnapshotFailedNoNetwork',
			).codes,
		).toEqual(['UserErrorGuestAgentStatusUnavailable', 'ExtensionSnapshotFailedNoNetwork']);
	});
	it('keeps the spelling with capitals when a lower-case one comes first (an anchor before its heading)', () => {
		expect(
			normalise('<a name="usererrorwidgetfailed"></a>UserErrorWidgetFailed, usererrorwidgetfailed')
				.codes,
		).toEqual(['UserErrorWidgetFailed']);
	});
	it('finds a code inside escaped JSON', () => {
		expect(
			normalise(
				'{\\"Key\\": \\"extErrorCode\\", \\"Value\\": \\"FailedRetryableSnapshotFailedNoNetwork\\"}',
			).codes,
		).toContain('FailedRetryableSnapshotFailedNoNetwork');
	});
});

describe('bounds', () => {
	it('caps a huge paste, keeping its beginning and its end', () => {
		const q = normalise(`${'x '.repeat(100_000)}Snapshot operation failed`);
		expect(q.truncated).toBe(true);
		expect(q.phrases.at(-1)?.words.join(' ')).toContain('snapshot operation failed');
	});
	it('accepts anything without throwing', () => {
		for (const v of [
			undefined,
			null,
			42,
			{},
			[],
			'',
			'\\',
			'\\u12',
			'&#xD800;',
			'&#99999999;',
			'\uD800',
			'<'.repeat(1000),
		])
			expect(() => normalise(v)).not.toThrow();
	});
});
