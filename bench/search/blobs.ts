/**
 * The latency target's query: "a pasted 1,500-character blob". Each blob is a real message
 * (facts.md §1) inside an activity-log entry and a ticket paragraph, cut to 1,500 characters
 * with the message kept whole. One per message wording, both languages.
 */
import type { EvalItem } from './hostile';

const before = (lang: 'en' | 'fr') =>
	lang === 'fr'
		? 'Bonjour,\nLa sauvegarde nocturne de vm-prod-web-01 échoue depuis trois jours. Voici l’entrée du journal d’activité copiée depuis le portail :\n'
		: 'Hi team,\nthe nightly backup of vm-prod-web-01 has been failing for three days. Here is the activity log entry copied from the portal:\n';
const activity = (message: string) =>
	`{"authorization": {"action": "Microsoft.RecoveryServices/vaults/backupFabrics/protectionContainers/protectedItems/backup/action", "scope": "/subscriptions/b7e2d1c4-0a9f-4c3e-8d21-6f5a3e9b2c18/resourceGroups/rg-prod/providers/Microsoft.RecoveryServices/vaults/rsv-prod-westeurope"}, "caller": "backup@contoso.com", "correlationId": "4f3a9c2e-7b1d-4e8a-9f6c-2d5e8b1a7c30", "eventTimestamp": "2018-03-05T22:31:40.5512341Z", "level": "Error", "properties": {"statusCode": "BadRequest", "statusMessage": "{\\"error\\":{\\"code\\":\\"BackupFailed\\",\\"message\\":\\"${JSON.stringify(message).slice(1, -1).replace(/\\"/g, '\\\\\\"')}\\"}}"}, "status": {"value": "Failed"}, "subscriptionId": "b7e2d1c4-0a9f-4c3e-8d21-6f5a3e9b2c18"}\n`;
const after = (lang: 'en' | 'fr') =>
	(lang === 'fr'
		? 'Nous avons redémarré la machine virtuelle et vérifié que l’agent invité tourne. Le groupe de sécurité réseau n’a pas changé. Pouvez-vous nous dire quoi vérifier ensuite ? Merci d’avance, l’équipe infrastructure. '
		: 'We restarted the virtual machine and checked that the guest agent is running. The network security group did not change. Could you tell us what to check next? Thanks in advance, the infrastructure team. '
	).repeat(8);

export function blob1500(message: string, lang: 'en' | 'fr'): string {
	return `${before(lang)}${activity(message)}${after(lang)}`.slice(0, 1500);
}

/** 1,500-character blobs built from the bare-message items of the variants set. */
export function blobsFrom(items: readonly EvalItem[]): EvalItem[] {
	return items
		.filter((i) => i.kind === 'bare' && i.expected.startsWith('E'))
		.map((i) => ({
			...i,
			id: `${i.id}-blob`,
			kind: 'blob-1500',
			query: blob1500(i.query, i.lang),
			source: `${i.source}; in an activity-log entry and a ticket, cut to 1,500 characters`,
		}));
}
