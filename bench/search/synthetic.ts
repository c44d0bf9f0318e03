/**
 * A synthetic corpus of 10,000 errors per language (plus the real ones), to see how the
 * cost grows. Generated here, deterministically, never shipped. Messages are built from
 * Azure-backup-like words so they share vocabulary with the real errors (the hard case for
 * ranking and for the prefilter), with codes shaped like the real ones.
 */
import type { SearchSource } from '../../src/search/build-index';

/** Small deterministic PRNG (mulberry32). */
function rng(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const pools = {
	en: {
		subject:
			'snapshot|backup|restore|the VM agent|the backup extension|the recovery point|the vault|the managed disk|the storage account|the key vault|the backup policy|the job|the protected item|the container|the network interface|the guest agent|the VSS writer|the disk encryption set|the proxy server|the firewall|the restore point collection|the retention rule|the recovery services vault|the snapshot task|the workload'.split(
				'|',
			),
		verb: 'failed|timed out|could not be created|is not supported|was rejected|is in an invalid state|was not found|cannot be reached|is already in progress|exceeded the limit|could not be updated|was deleted|is locked|did not respond|returned an unexpected status'.split(
			'|',
		),
		link: 'because|while|after|before|when|since|as'.split('|'),
		tail: 'the operation was retried|the service was updated|the virtual machine was stopped|the credentials expired|the region is unavailable|the quota was reached|the subscription is disabled|the configuration changed|the certificate is invalid|the request was throttled|the schedule overlapped|the resource group is locked|the tenant moved|the vault was upgraded|the disk was resized|the agent version is old|the extension is disabled|the policy denies it|the role assignment is missing|the endpoint is blocked'.split(
			'|',
		),
		advice:
			'Retry the operation later|Contact Microsoft Support|Check the network settings|Update the agent|Remove the lock|Increase the quota|Restart the virtual machine|Check the permissions'.split(
				'|',
			),
	},
	fr: {
		subject:
			'l’instantané|la sauvegarde|la restauration|l’agent de machine virtuelle|l’extension de sauvegarde|le point de récupération|le coffre|le disque managé|le compte de stockage|le coffre de clés|la stratégie de sauvegarde|le travail|l’élément protégé|le conteneur|l’interface réseau|l’agent invité|l’enregistreur VSS|le jeu de chiffrement de disque|le serveur proxy|le pare-feu|la collection de points de restauration|la règle de rétention|le coffre Recovery Services|la tâche d’instantané|la charge de travail'.split(
				'|',
			),
		verb: 'a échoué|a expiré|n’a pas pu être créé|n’est pas pris en charge|a été refusé|est dans un état non valide|est introuvable|est injoignable|est déjà en cours|a dépassé la limite|n’a pas pu être mis à jour|a été supprimé|est verrouillé|ne répond pas|a renvoyé un état inattendu'.split(
			'|',
		),
		link: 'car|pendant que|après que|avant que|lorsque|puisque|comme'.split('|'),
		tail: 'l’opération a été relancée|le service a été mis à jour|la machine virtuelle a été arrêtée|les informations d’identification ont expiré|la région est indisponible|le quota est atteint|l’abonnement est désactivé|la configuration a changé|le certificat n’est pas valide|la requête a été limitée|la planification se chevauche|le groupe de ressources est verrouillé|le locataire a changé|le coffre a été mis à niveau|le disque a été redimensionné|la version de l’agent est ancienne|l’extension est désactivée|la stratégie l’interdit|l’attribution de rôle manque|le point de terminaison est bloqué'.split(
			'|',
		),
		advice:
			'Réessayez plus tard|Contactez le support Microsoft|Vérifiez les paramètres réseau|Mettez à jour l’agent|Supprimez le verrou|Augmentez le quota|Redémarrez la machine virtuelle|Vérifiez les autorisations'.split(
				'|',
			),
	},
};
const codeWords =
	'User Error Extension Snapshot Guest Agent Backup Restore Vault Disk Network Policy Job Task Status Timeout Failed Invalid Limit State Key Storage Container Provisioning Recovery Point Retention Lock Quota Region Tenant Proxy Firewall Writer'.split(
		' ',
	);

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The real source plus `count` synthetic errors, `count / 5` synthetic causes, each with one
 * solution of four steps (real step texts with a synthetic subject and command added).
 */
export function syntheticSource(real: SearchSource, count = 10_000, seed = 42): SearchSource {
	const r = rng(seed);
	const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)]!;
	const p = pools[real.lang];
	const causeCount = Math.max(1, Math.round(count / 5));
	const realSteps = (real.solutions ?? []).flatMap((s) => s.steps);
	const causes = Array.from({ length: causeCount }, (_, i) => {
		const title = `${cap(pick(p.subject))} ${pick(p.verb)} ${pick(p.link)} ${pick(p.tail)}`;
		return {
			id: `syn-cause-${i}`,
			title,
			shortTitle: title.split(' ').slice(0, 4).join(' '),
			solutions: [`syn-solution-${i}`],
		};
	});
	const solutions = causes.map((c, i) => ({
		id: `syn-solution-${i}`,
		host: c.id,
		title: `${cap(pick(p.subject))} ${pick(p.tail)}`,
		notes: [],
		steps: Array.from({ length: 4 }, (_, k) => {
			const step = realSteps.length > 0 ? pick(realSteps) : { text: c.title, code: [] };
			return {
				id: `s${k}`,
				text: `${step.text} ${cap(pick(p.subject))}.`,
				code: [...step.code, `Set-Syn${pick(codeWords)}${pick(codeWords)} -Id ${i}`],
			};
		}),
	}));
	const usedCodes = new Set(real.errors.flatMap((e) => e.codes.map((c) => c.toLowerCase())));
	const errors = Array.from({ length: count }, (_, i) => {
		const message = `${cap(pick(p.subject))} ${pick(p.verb)} ${pick(p.link)} ${pick(p.tail)}`;
		const variants = r() < 0.5 ? [`${message}. ${pick(p.advice)}.`] : [];
		const newCode = () =>
			`UserError${Array.from({ length: 3 + Math.floor(r() * 3) }, () => pick(codeWords)).join('')}`;
		let code = newCode();
		while (usedCodes.has(code.toLowerCase())) code = newCode();
		usedCodes.add(code.toLowerCase());
		return {
			id: `syn-error-${i}`,
			title: message,
			message,
			variants,
			codes: [code],
			causes: [`syn-cause-${Math.floor(r() * causeCount)}`],
		};
	});
	return {
		lang: real.lang,
		errors: [...real.errors, ...errors],
		causes: [...real.causes, ...causes],
		solutions: [...(real.solutions ?? []), ...solutions],
	};
}
