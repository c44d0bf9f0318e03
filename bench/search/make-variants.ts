/**
 * Writes bench/search/variants.json: realistic variants of every kind of paste the issue
 * lists, in both languages, each with the answer and where it comes from. Deterministic (no
 * randomness), so the file only changes when this script does. Run: `tsx bench/search/make-variants.ts`.
 *
 * Base strings are the exact messages and codes of ../shared/facts.md (public Microsoft
 * documentation, 2016–2025); wrappers are modelled on the public formats named in `source`.
 */
import { writeFileSync } from 'node:fs';

/** Content ids of errors added from the article's current edition (they have no E/C key). */
type NewErrorId =
	| 'vm-provisioning-state-failed'
	| 'restore-point-limit-reached'
	| 'keyvault-permissions-missing'
	| 'unsupported-disk-size'
	| 'backup-operation-in-progress';
type Key =
	'E1' | 'E2' | 'E3' | 'E4' | 'E5' | 'C1' | 'C2' | 'C3' | 'C4' | 'C5' | 'none' | NewErrorId;
type Lang = 'en' | 'fr';
interface Variant {
	id: string;
	query: string;
	/** The site's language (the page the paste is made on). */
	lang: Lang;
	expected: Key;
	accept?: Key[];
	kind: string;
	source: string;
}

const facts =
	'../shared/facts.md §1 (exact strings from MicrosoftDocs/azure-docs and its French translations)';
interface Base {
	key: Key;
	lang: Lang;
	text: string;
	from: string;
}
const messages: Base[] = [
	{
		key: 'E1',
		lang: 'en',
		text: 'VM Agent unable to communicate with Azure Backup',
		from: `${facts}, E1 heading 2018+`,
	},
	{
		key: 'E1',
		lang: 'en',
		text: 'VM agent is unable to communicate with the Azure Backup Service. - Ensure the VM has network connectivity and the VM agent is latest and running. For more information, refer to the article, http://go.microsoft.com/fwlink/?LinkId=800034.',
		from: `${facts}, E1 portal job string (2017/18 error table)`,
	},
	{
		key: 'E1',
		lang: 'fr',
		text: 'L’agent de machine virtuelle ne peut pas communiquer avec la sauvegarde Microsoft Azure',
		from: `${facts}, E1 seed heading (FR 2017)`,
	},
	{
		key: 'E1',
		lang: 'fr',
		text: 'L’agent de machine virtuelle ne parvient pas à communiquer avec la Sauvegarde Azure',
		from: `${facts}, E1 FR 2018`,
	},
	{
		key: 'E1',
		lang: 'fr',
		text: 'L’agent de machine virtuelle ne peut pas communiquer avec le service Sauvegarde Azure',
		from: `${facts}, E1 FR 2019 heading`,
	},
	{
		key: 'E2',
		lang: 'en',
		text: 'Snapshot operation failed due to no network connectivity on the virtual machine',
		from: `${facts}, E2`,
	},
	{
		key: 'E2',
		lang: 'fr',
		text: 'L’opération de capture instantanée a échoué, car la machine virtuelle ne présente aucune connectivité réseau',
		from: `${facts}, E2 FR`,
	},
	{ key: 'E3', lang: 'en', text: 'VMSnapshot extension operation failed', from: `${facts}, E3` },
	{
		key: 'E3',
		lang: 'en',
		text: 'VMSnapshot extension operation failed for managed disks - Retry the backup operation.',
		from: `${facts}, E3 portal long form`,
	},
	{
		key: 'E3',
		lang: 'fr',
		text: 'Échec de l’opération d’extension VMSnapshot',
		from: `${facts}, E3 FR seed/2018`,
	},
	{
		key: 'E3',
		lang: 'fr',
		text: 'l’opération d’extension VMSnapshot a échoué',
		from: `${facts}, E3 FR 2019 heading`,
	},
	{
		key: 'E4',
		lang: 'en',
		text: 'Unable to perform the operation as the VM agent is not responsive',
		from: `${facts}, E4 seed/2017`,
	},
	{
		key: 'E4',
		lang: 'en',
		text: 'Could not communicate with the VM agent for snapshot status',
		from: `${facts}, E4 06/2018+`,
	},
	{
		key: 'E4',
		lang: 'fr',
		text: 'Impossible d’effectuer l’opération, car l’agent de machine virtuelle ne répond pas',
		from: `${facts}, E4 FR seed/2018`,
	},
	{
		key: 'E4',
		lang: 'fr',
		text: 'Impossible de communiquer avec l’agent en charge de la machine virtuelle pour avoir un aperçu de l’état instantané',
		from: `${facts}, E4 FR 2019 message`,
	},
	{
		key: 'E4',
		lang: 'fr',
		text: 'Impossible de communiquer avec l’agent de machine virtuelle pour obtenir l’état de l’instantané',
		from: `${facts}, E4 FR 2021 heading`,
	},
	{
		key: 'E5',
		lang: 'en',
		text: 'Backup failed with an internal error - Please retry the operation in a few minutes',
		from: `${facts}, E5`,
	},
	{
		key: 'E5',
		lang: 'en',
		text: 'Backup failed with an internal error - Retry the operation in a few minutes. If the problem persists, contact Microsoft Support',
		from: `${facts}, E5 portal form 2018`,
	},
	{
		key: 'E5',
		lang: 'fr',
		text: 'Échec de l’opération de sauvegarde avec une erreur interne : veuillez retenter l’opération dans quelques minutes',
		from: `${facts}, E5 FR seed`,
	},
	{
		key: 'E5',
		lang: 'fr',
		text: 'La sauvegarde a échoué avec une erreur interne. Veuillez réessayer l’opération dans quelques minutes',
		from: `${facts}, E5 FR 2018`,
	},
];
const causes: Base[] = [
	{
		key: 'C1',
		lang: 'en',
		text: 'The VM has no internet access',
		from: 'seed article cause heading (facts.md §2, C1)',
	},
	{
		key: 'C1',
		lang: 'fr',
		text: 'La machine virtuelle n’a pas accès à Internet',
		from: 'French title of cause C1 (content/causes/fr)',
	},
	{
		key: 'C2',
		lang: 'en',
		text: 'The agent is installed in the VM but unresponsive (for Windows VMs)',
		from: 'seed article cause heading (facts.md §2, C2)',
	},
	{
		key: 'C2',
		lang: 'fr',
		text: 'L’agent est installé dans la machine virtuelle mais ne répond pas (machines virtuelles Windows)',
		from: 'French seed cause heading, reworded (C2)',
	},
	{
		key: 'C3',
		lang: 'en',
		text: 'The agent installed in the VM is out of date (for Linux VMs)',
		from: 'seed article cause heading (facts.md §2, C3)',
	},
	{
		key: 'C3',
		lang: 'fr',
		text: 'L’agent installé dans la machine virtuelle est obsolète (VM Linux)',
		from: 'French title of cause C3 (content/causes/fr)',
	},
	{
		key: 'C4',
		lang: 'en',
		text: 'The snapshot status cannot be retrieved or a snapshot cannot be taken',
		from: 'seed article cause heading (facts.md §2, C4)',
	},
	{
		key: 'C4',
		lang: 'fr',
		text: 'Impossible de récupérer l’état de l’instantané ou de prendre un instantané',
		from: 'French title of cause C4 (content/causes/fr)',
	},
	{
		key: 'C5',
		lang: 'en',
		text: 'The backup extension fails to update or load',
		from: 'seed article cause heading (facts.md §2, C5)',
	},
	{
		key: 'C5',
		lang: 'fr',
		text: 'L’extension de sauvegarde ne peut être ni mise à jour ni chargée',
		from: 'French title of cause C5 (content/causes/fr)',
	},
];
const codes: { key: Key; code: string; from: string }[] = [
	{ key: 'E1', code: 'UserErrorGuestAgentStatusUnavailable', from: `${facts}, E1 code` },
	{ key: 'E2', code: 'ExtensionSnapshotFailedNoNetwork', from: `${facts}, E2 code` },
	{
		key: 'E2',
		code: 'FailedRetryableSnapshotFailedNoNetwork',
		from: 'Azure/azure-linux-extensions VMBackup/main/ExtensionErrorCodeHelper.py (enum 76)',
	},
	{ key: 'E3', code: 'ExtensionOperationFailedForManagedDisks', from: `${facts}, E3 code 2019+` },
	{ key: 'E3', code: 'ExtentionOperationFailed', from: `${facts}, E3 misspelled code 06/2018` },
	{ key: 'E4', code: 'GuestAgentSnapshotTaskStatusError', from: `${facts}, E4 code 06/2018+` },
	{ key: 'E5', code: 'BackUpOperationFailedV2', from: `${facts}, E5 code` },
	{ key: 'E5', code: 'BackUpOperationFailed', from: `${facts}, E5 code` },
];
/** Errors that are not ours (facts.md "other facts", and later doc sections): the answer is `none`. */
/**
 * `answer`: the content id, for an error the knowledge base has covered since it took in the
 * current edition of the article (its pastes are then expected to land there).
 */
const others: { lang: Lang; text: string; code?: string; from: string; answer?: NewErrorId }[] = [
	{
		lang: 'en',
		code: 'UserErrorVmProvisioningStateFailed',
		answer: 'vm-provisioning-state-failed',
		text: 'The VM is in failed provisioning state',
		from: 'azure-docs backup-azure-troubleshoot-vm-backup-fails-snapshot-timeout.md (2019+), UserErrorVmProvisioningStateFailed section (wording from the public doc, quoted from memory)',
	},
	{
		lang: 'en',
		code: 'UserErrorRpCollectionLimitReached',
		answer: 'restore-point-limit-reached',
		text: 'The Restore Point collection max limit has reached',
		from: 'same article, UserErrorRpCollectionLimitReached section (from memory)',
	},
	{
		lang: 'en',
		code: 'UserErrorKeyvaultPermissionsNotConfigured',
		answer: 'keyvault-permissions-missing',
		text: 'Backup service does not have sufficient permissions to Key Vault for backup of encrypted VMs',
		from: 'same article, UserErrorKeyvaultPermissionsNotConfigured section (from memory)',
	},
	{
		lang: 'en',
		code: 'UserErrorUnsupportedDiskSize',
		answer: 'unsupported-disk-size',
		text: 'The configured disk size(s) is currently not supported by Azure Backup',
		from: 'same article, UserErrorUnsupportedDiskSize section (from memory)',
	},
	{
		lang: 'en',
		code: 'UserErrorBackupOperationInProgress',
		answer: 'backup-operation-in-progress',
		text: 'Unable to initiate backup as another backup operation is currently in progress',
		from: 'same article, UserErrorBackupOperationInProgress section (from memory)',
	},
	{
		lang: 'en',
		code: 'UserErrorStandardSSDNotSupported',
		text: 'Currently Azure Backup supports Standard SSD disks only for vaults that are upgraded to Instant Restore',
		from: 'same article, UserErrorStandardSSDNotSupported section (from memory)',
	},
	{
		lang: 'en',
		text: 'The specified Disk configuration is not supported',
		answer: 'unsupported-disk-size',
		from: `${facts} "other facts": Jan–Jun 2018 section`,
	},
	{
		lang: 'en',
		code: 'CloudInternalError',
		text: 'Microsoft Azure Backup encountered an internal error',
		from: `${facts} E5 notes: management-plane CloudInternalError`,
	},
	{
		lang: 'en',
		code: 'ExtensionSnapshotFailedCOM',
		text: 'Snapshot operation failed due to COM+ error',
		from: 'github MicrosoftDocs/azure-docs issue #42299 (as dev paste d19)',
	},
	{
		lang: 'en',
		code: 'ExtensionInstallationFailedMDTC',
		text: 'Extension installation failed with the error COM+ was unable to talk to the Microsoft Distributed Transaction Coordinator',
		from: 'azure-docs backup-azure-vms-troubleshoot.md (2018), ExtensionInstallationFailedMDTC row (from memory)',
	},
	{
		lang: 'en',
		code: 'UserErrorRequestDisallowedByPolicy',
		text: 'An invalid policy is configured on the VM which is preventing Snapshot operation',
		from: 'azure-docs backup-azure-vms-troubleshoot.md (2020+), UserErrorRequestDisallowedByPolicy (from memory)',
	},
	{
		lang: 'fr',
		code: 'UserErrorVmProvisioningStateFailed',
		answer: 'vm-provisioning-state-failed',
		text: 'La machine virtuelle est dans un état d’échec de l’approvisionnement',
		from: 'own French rendering of the UserErrorVmProvisioningStateFailed message',
	},
	{
		lang: 'fr',
		code: 'UserErrorRpCollectionLimitReached',
		answer: 'restore-point-limit-reached',
		text: 'La limite maximale de la collection de points de restauration a été atteinte',
		from: 'own French rendering of UserErrorRpCollectionLimitReached',
	},
	{
		lang: 'fr',
		code: 'UserErrorKeyvaultPermissionsNotConfigured',
		answer: 'keyvault-permissions-missing',
		text: 'Sauvegarde Azure ne dispose pas des autorisations d’accès suffisantes au coffre de clés pour la sauvegarde de machines virtuelles chiffrées.',
		from: 'MicrosoftDocs/azure-docs.fr-fr backup-azure-troubleshoot-vm-backup-fails-snapshot-timeout.md (lasthandoff 2019-11-19), UserErrorKeyvaultPermissionsNotConfigured message',
	},
	{
		lang: 'fr',
		text: 'La taille de disque configurée n’est pas prise en charge par Sauvegarde Azure',
		answer: 'unsupported-disk-size',
		from: 'as dev paste d30 (stephanemora/azure-docs.fr-fr, 2019)',
	},
	{
		lang: 'fr',
		code: 'CloudInternalError',
		text: 'Sauvegarde Microsoft Azure a rencontré une erreur interne',
		from: 'own French rendering of the CloudInternalError message',
	},
	{
		lang: 'fr',
		text: 'Impossible de lancer la sauvegarde, car une autre opération de sauvegarde est en cours d’exécution',
		answer: 'backup-operation-in-progress',
		from: 'as dev paste d29 (UserErrorBackupOperationInProgress FR, 2019)',
	},
	{
		lang: 'fr',
		text: 'La restauration a échoué car le compte de stockage cible est introuvable',
		from: 'own sentence: a restore failure, unrelated to the agent or the extension',
	},
];
const unrelated: { lang: Lang; text: string; from: string }[] = [
	{
		lang: 'en',
		text: 'How do I change the backup policy retention for my file shares?',
		from: 'own sentence: a how-to question, not an error',
	},
	{
		lang: 'en',
		text: 'The storage account key has expired, regenerate it in the portal',
		from: 'own sentence: unrelated Azure error',
	},
	{
		lang: 'en',
		text: 'Lorem ipsum dolor sit amet, consectetur adipiscing elit',
		from: 'placeholder text',
	},
	{ lang: 'en', text: 'hello', from: 'a single word' },
	{
		lang: 'fr',
		text: 'Comment modifier la rétention de la stratégie de sauvegarde pour mes partages de fichiers ?',
		from: 'own sentence: question, not an error',
	},
	{
		lang: 'fr',
		text: 'Le certificat du coffre a expiré, téléchargez de nouvelles informations d’identification',
		from: 'own sentence: unrelated vault error',
	},
	{ lang: 'fr', text: 'bonjour', from: 'a single word' },
];

const other = (l: Lang): Lang => (l === 'fr' ? 'en' : 'fr');
const out: Variant[] = [];
const push = (v: Omit<Variant, 'id'>) =>
	out.push({ id: `v${String(out.length + 1).padStart(3, '0')}`, ...v });

// Fixed "noise" values, the kind a real paste carries.
const guid = '4f3a9c2e-7b1d-4e8a-9f6c-2d5e8b1a7c30';
const guid2 = 'b7e2d1c4-0a9f-4c3e-8d21-6f5a3e9b2c18';
const vm = 'vm-prod-web-01';
const vault = 'rsv-prod-westeurope';
const rid = `/subscriptions/${guid2}/resourceGroups/rg-prod/providers/Microsoft.RecoveryServices/vaults/${vault}`;
const json = (s: string) => JSON.stringify(s).slice(1, -1);

const wrappers: {
	kind: string;
	source: string;
	wrap: (m: string, code: string | undefined, lang: Lang) => string;
}[] = [
	{
		kind: 'powershell',
		source:
			'template modelled on Get-AzRecoveryServicesBackupJob / Get-AzRecoveryServicesBackupJobDetails output (Az.RecoveryServices docs): job list, then ErrorDetails',
		wrap: (m, code) =>
			`PS C:\\> $job = Get-AzRecoveryServicesBackupJob -VaultId $vault.ID -Status Failed | Select-Object -First 1\nPS C:\\> Get-AzRecoveryServicesBackupJobDetails -Job $job -VaultId $vault.ID | Select-Object -ExpandProperty ErrorDetails\n\nErrorCode      : ${code ?? '400001'}\nErrorMessage   : ${m}\nRecommendations : {}\n\nWorkloadName : ${vm}\nOperation    : Backup\nStatus       : Failed\nStartTime    : 3/5/2018 10:00:12 PM\nEndTime      : 3/5/2018 10:31:40 PM\nJobID        : ${guid}`,
	},
	{
		kind: 'cli',
		source:
			'template modelled on `az backup job show` JSON output (Azure CLI docs): properties.errorDetails[].errorString',
		wrap: (m, code) =>
			`{\n  "id": "${rid}/backupJobs/${guid}",\n  "name": "${guid}",\n  "properties": {\n    "activityId": "${guid2}",\n    "backupManagementType": "AzureIaasVM",\n    "duration": "0:31:28.145000",\n    "entityFriendlyName": "${vm}",\n    "errorDetails": [\n      {\n        "errorCode": ${code ? `"${code}"` : '400001'},\n        "errorString": "${json(m)}",\n        "recommendations": []\n      }\n    ],\n    "operation": "Backup",\n    "startTime": "2018-03-05T22:00:12.412000+00:00",\n    "status": "Failed"\n  },\n  "resourceGroup": "rg-prod",\n  "type": "Microsoft.RecoveryServices/vaults/backupJobs"\n}`,
	},
	{
		kind: 'cli-escaped',
		source:
			'Azure CLI error as logged by a pipeline (escaped JSON inside a string, literal \\n), modelled on azure-cli issue reports',
		wrap: (m, code) =>
			`ERROR: (BackupJobFailed) {\\"error\\":{\\"code\\":\\"${code ?? 'BackupJobFailed'}\\",\\"message\\":\\"${json(m).replace(/\\"/g, '\\\\\\"')}\\\\nJob ${guid}\\"}}\\nCode: ${code ?? 'Failed'}\\nMessage: ${m}`,
	},
	{
		kind: 'activity-log',
		source:
			'template modelled on an Azure Monitor activity-log event (JSON view in the portal): properties.statusMessage holds escaped JSON',
		wrap: (m, code) =>
			`{\n    "authorization": {"action": "Microsoft.RecoveryServices/vaults/backupFabrics/protectionContainers/protectedItems/backup/action", "scope": "${rid}"},\n    "caller": "backup@contoso.com",\n    "correlationId": "${guid}",\n    "eventTimestamp": "2018-03-05T22:31:40.5512341Z",\n    "level": "Error",\n    "operationName": {"value": "Microsoft.RecoveryServices/vaults/backupJobs/action", "localizedValue": "Backup job"},\n    "properties": {\n        "statusCode": "BadRequest",\n        "statusMessage": "{\\"error\\":{\\"code\\":\\"${code ?? 'BackupFailed'}\\",\\"message\\":\\"${json(m).replace(/\\"/g, '\\\\\\"')}\\"}}"\n    },\n    "status": {"value": "Failed", "localizedValue": "Failed"},\n    "subscriptionId": "${guid2}"\n}`,
	},
	{
		kind: 'portal',
		source:
			'portal job notification as copied from the Backup jobs blade (job id, VM, vault, times), own template',
		wrap: (m, code, lang) =>
			lang === 'fr'
				? `Sauvegarde de ${vm} — Échec\nCoffre : ${vault}\nID du travail : ${guid}\nHeure de début : 05/03/2018 22:00:12\nCode d’erreur : ${code ?? '—'}\nMessage d’erreur : ${m}`
				: `Backup of ${vm} - Failed\nVault: ${vault}\nJob ID: ${guid}\nStart time: 3/5/2018, 10:00:12 PM\nError Code: ${code ?? '-'}\nError Message: ${m}`,
	},
	{
		kind: 'ticket',
		source: 'support ticket / e-mail paragraph around the message, own template',
		wrap: (m, _code, lang) =>
			lang === 'fr'
				? `Bonjour,\n\nDepuis hier soir, la sauvegarde de notre serveur SRV-APP-02 échoue à chaque fois. Le portail affiche :\n\n« ${m} »\n\nNous avons déjà redémarré la VM, sans effet. Avez-vous une idée ?\n\nCordialement,\nMarc — équipe infrastructure`
				: `Hi team,\n\nsince last night the backup of our server SRV-APP-02 fails every time. The portal shows:\n\n"${m}"\n\nWe already restarted the VM, no luck. Any idea?\n\nThanks,\nMarc (infra team)`,
	},
	{
		kind: 'html',
		source: 'the message copied from a web page with its markup (and a script tag), own template',
		wrap: (m) =>
			`<div class="notification error"><script>alert('x')</script><h3>Backup failed</h3><p data-x="1">${m.replace(/&/g, '&amp;')}</p><a href="https://portal.azure.com/#blade/x">Details</a></div>`,
	},
];

// 1. Bare messages, in the site's language and in the other one (cross-language).
for (const b of [...messages, ...causes]) {
	push({ query: b.text, lang: b.lang, expected: b.key, kind: 'bare', source: b.from });
	push({
		query: b.text,
		lang: other(b.lang),
		expected: b.key,
		kind: 'cross-language',
		source: `${b.from}; pasted on the ${other(b.lang) === 'fr' ? 'French' : 'English'} site`,
	});
}
// 2. Codes: bare, any case, inside text, in both sites.
for (const c of codes) {
	push({ query: c.code, lang: 'en', expected: c.key, kind: 'code', source: c.from });
	push({
		query: c.code.toLowerCase(),
		lang: 'fr',
		expected: c.key,
		kind: 'code-case',
		source: `${c.from}; lower-cased`,
	});
	push({
		query: c.code.toUpperCase(),
		lang: 'en',
		expected: c.key,
		kind: 'code-case',
		source: `${c.from}; upper-cased`,
	});
	push({
		query: `Le travail de sauvegarde a échoué avec le code d’erreur ${c.code}, que faire ?`,
		lang: 'fr',
		expected: c.key,
		kind: 'code-in-text',
		source: `${c.from}; inside an own French sentence`,
	});
	push({
		query: `our backup job failed again last night (error code ${c.code}), any hints?`,
		lang: 'en',
		expected: c.key,
		kind: 'code-in-text',
		source: `${c.from}; inside an own English sentence`,
	});
}
// 3. Messages wrapped in noise (one code per error where the format carries one).
const codeOf = (k: Key) => codes.find((c) => c.key === k)?.code;
for (const b of messages) {
	for (const w of wrappers) {
		push({
			query: w.wrap(b.text, undefined, b.lang),
			lang: b.lang,
			expected: b.key,
			kind: w.kind,
			source: `${w.source}; message: ${b.from}`,
		});
	}
	push({
		query: wrappers[1]!.wrap(b.text, codeOf(b.key), b.lang),
		lang: other(b.lang),
		expected: b.key,
		kind: 'cli+code',
		source: `${wrappers[1]!.source}, with the error code, on the other-language site; message: ${b.from}`,
	});
}
// 4. Damage: typos, missing accents, quotes, line breaks, truncation, capitals.
const typo = (s: string) =>
	s
		.replace(/\b(\w)(\w)(\w{3,})/g, (w, a: string, b: string, rest: string, off: number) =>
			off % 3 === 0 ? `${b}${a}${rest}` : w,
		)
		.replace(
			/communicate|communiquer|connectivity|connectivité|instantanée|extension/gi,
			(w) => w.slice(0, 3) + w.slice(4),
		);
const noAccents = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');
for (const b of messages) {
	push({
		query: typo(b.text),
		lang: b.lang,
		expected: b.key,
		kind: 'typos',
		source: `${b.from}; letters swapped/dropped by the generator`,
	});
	if (b.lang === 'fr')
		push({
			query: noAccents(b.text).toLowerCase(),
			lang: b.lang,
			expected: b.key,
			kind: 'no-accents',
			source: `${b.from}; accents and capitals removed`,
		});
	push({
		query: b.text.replace(/’/g, "'").replace(/"/g, '“'),
		lang: b.lang,
		expected: b.key,
		kind: 'quotes',
		source: `${b.from}; straight apostrophes`,
	});
	const words = b.text.split(' ');
	const mid = Math.ceil(words.length / 2);
	push({
		query: `${words.slice(0, mid).join(' ')}\n${words.slice(mid).join(' ')}`,
		lang: b.lang,
		expected: b.key,
		kind: 'line-break',
		source: `${b.from}; wrapped in the middle`,
	});
	if (words.length >= 6) {
		const cut = b.text.slice(0, Math.round(b.text.length * 0.7));
		push({
			query: `${cut}…`,
			lang: b.lang,
			expected: b.key,
			kind: 'truncated',
			source: `${b.from}; cut at 70 % of its length`,
		});
	}
	push({
		query: b.text.toUpperCase(),
		lang: b.lang,
		expected: b.key,
		kind: 'capitals',
		source: `${b.from}; upper-cased`,
	});
}
// 5. Logs: waagent and the extension log carry the code, not the portal message.
for (const c of codes.filter((c) => ['E2', 'E3', 'E4'].includes(c.key))) {
	const lines = [
		'2018/03/05 22:00:14.123456 INFO ExtHandler ExtHandler ProcessGoalState started [incarnation_12]',
		'2018/03/05 22:00:15.552301 INFO ExtHandler [Microsoft.Azure.RecoveryServices.VMSnapshotLinux-1.0.9164.0] Target handler state: enabled',
		'2018/03/05 22:00:15.912210 INFO ExtHandler [Microsoft.Azure.RecoveryServices.VMSnapshotLinux-1.0.9164.0] [Enable] current handler state is: enabled',
		`2018/03/05 22:30:41.004002 ERROR ExtHandler [Microsoft.Azure.RecoveryServices.VMSnapshotLinux-1.0.9164.0] Enable failed with exit code 1; status: {"status": "error", "formattedMessage": {"message": "snapshot failed"}, "substatus": [{"Key": "extErrorCode", "Value": "${c.code}"}]}`,
		'2018/03/05 22:30:41.551220 INFO ExtHandler Event: name=Microsoft.Azure.RecoveryServices.VMSnapshotLinux, op=Enable, message=, duration=0',
	];
	push({
		query: lines.join('\n'),
		lang: 'en',
		expected: c.key,
		kind: 'waagent-log',
		source: `waagent.log excerpt, format of Azure/WALinuxAgent logs; status substatus as in Azure/azure-linux-extensions PR #2019; code: ${c.from}`,
	});
	push({
		query: lines.join('\n'),
		lang: 'fr',
		expected: c.key,
		kind: 'waagent-log',
		source: `same waagent.log excerpt on the French site; code: ${c.from}`,
	});
}
// 6. Short hostile pastes with an answer (the huge ones are generated by hostile.ts, not stored).
push({
	query: `\u0000\u0007${messages[7]!.text.split('').join('\u200B')}\u001b[0m\uFEFF`,
	lang: 'en',
	expected: 'E3',
	kind: 'control-chars',
	source: `${messages[7]!.from}; NUL, BEL, ANSI escape, zero-width spaces between every letter`,
});
push({
	query: `🔥🔥 ${messages[16]!.text} 😭🙏`,
	lang: 'en',
	expected: 'E5',
	kind: 'emoji',
	source: `${messages[16]!.from}; emoji around it`,
});
push({
	query: `<img src=x onerror=alert(1)><b>${messages[13]!.text}</b>`,
	lang: 'fr',
	expected: 'E4',
	kind: 'html',
	source: `${messages[13]!.from}; an injection attempt around it`,
});
// 7. Not ours: other errors (with and without their codes), wrapped too; unrelated text; hostile junk.
for (const o of others) {
	push({
		query: o.text,
		lang: o.lang,
		expected: o.answer ?? 'none',
		kind: 'other-error',
		source: o.from,
	});
	if (o.code)
		push({
			query: `${o.code} - ${o.text}`,
			lang: o.lang,
			expected: o.answer ?? 'none',
			kind: 'other-error+code',
			source: `${o.from}; with its code, as the doc headings write it`,
		});
	push({
		query: wrappers[o.lang === 'en' ? 4 : 5]!.wrap(o.text, o.code, o.lang),
		lang: o.lang,
		expected: o.answer ?? 'none',
		kind: 'other-error-wrapped',
		source: `${o.from}; in a ${o.lang === 'en' ? 'portal notification' : 'ticket'} template`,
	});
}
for (const u of unrelated)
	push({ query: u.text, lang: u.lang, expected: 'none', kind: 'unrelated', source: u.from });
push({
	query: '<script>document.body.innerHTML = "<h1>pwned</h1>"</script>',
	lang: 'en',
	expected: 'none',
	kind: 'hostile',
	source: 'script injection attempt',
});

writeFileSync(
	new URL('./variants.json', import.meta.url),
	`${JSON.stringify({ about: 'Variants of real pastes, generated by bench/search/make-variants.ts; keys as in ../shared/eval/dev-pastes.json. `lang` is the site the paste is made on.', items: out }, null, 1)}\n`,
);
console.log(`wrote ${out.length} variants`);
