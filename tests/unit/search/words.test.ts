/** Typed words, near codes, shared wordings and odd inputs, on the real content. */
import { describe, expect, it } from 'vitest';
import { resultUrl } from '../../../src/lib/urls';
import { indexes, search, top } from './helpers';
import { notSiteWords } from '../../../src/search/words-outcome';
import { typedWords } from '../../../src/search/typed-words';

const inSolution = (id: string | undefined, solution: string) =>
	id === solution || (id?.startsWith(`${solution}--`) ?? false);

describe('typed words', () => {
	it.each([
		['proxy', 'en', 'route-traffic-through-http-proxy'],
		['Logs.Verbose', 'en', 'enable-waagent-verbose-logging'],
		['Logs.Verbose', 'fr', 'enable-waagent-verbose-logging'],
		['restart walinuxagent', 'en', 'update-linux-agent'],
		['vcredist', 'fr', 'reinstall-vcredist-2013'],
	] as const)('%s (%s) → sections of %s first', (query, lang, solution) => {
		const o = search(query, lang);
		expect(o.mode).toBe('words');
		expect(o.verdict).toBe('weak');
		expect(inSolution(top(o), solution), `${top(o)}`).toBe(true);
	});
	it('finds a port that only a note or a step mentions, and marks it in the snippet', () => {
		const o = search('8443');
		expect(o.mode).toBe('words');
		const why = o.results[0]?.why;
		expect(why?.type).toBe('phrase');
		if (why?.type !== 'phrase') return;
		expect(why.marks.map(([a, b]) => why.matched.slice(a, b))).toContain('8443');
	});
	it('puts first, among near-equal results, the one that shows the typed words side by side', () => {
		// The proxy's NSG step is shorter and says "outbound" too; the datacenter step shows the
		// portal's "Outbound security rules" as typed.
		for (const [query, lang] of [
			['outbound security rules', 'en'],
			['sécurité trafic sortant', 'fr'],
		] as const) {
			const o = search(query, lang);
			expect(top(o), query).toBe('allow-azure-datacenter-ip-ranges--allow-in-nsg');
			expect(
				o.results.map((r) => r.id),
				query,
			).toContain('route-traffic-through-http-proxy--allow-proxy-in-nsg');
		}
		// Each order of the same two words finds the command written in that order first:
		// `service walinuxagent restart`, `systemctl restart walinuxagent`.
		expect(top(search('walinuxagent restart'))).toBe(
			'enable-waagent-verbose-logging--restart-agent',
		);
		expect(top(search('restart walinuxagent'))).toBe('update-linux-agent--start-agent');
	});
	it('tolerates a typo and a cut word', () => {
		expect(inSolution(top(search('waagnet verbose')), 'enable-waagent-verbose-logging')).toBe(true);
		expect(search('vcredis').results.length).toBeGreaterThan(0);
	});
	it.each([
		['WaAppAgent.log', 'en', 'collect-for-ticket--windows-logs'],
		['COM+ System Application', 'en', 'extension-health'],
		['Application système COM+', 'fr', 'extension-health'],
		['az vm get-instance-view', 'en', 'verify-fix--instance-view'],
		['vérifier que la correction a fonctionné', 'fr', 'verify-fix'],
	] as const)(
		'finds %s (%s) where only the checklist or a support block says it: %s',
		(query, lang, id) => {
			const r = search(query, lang).results[0];
			expect([r?.kind, r?.id]).toEqual(['check', id]);
			expect(resultUrl(lang, r!)).toBe(`/${lang}/checklist/#${id}`);
		},
	);
	it('lists a step before the check that sums it up', () => {
		// The agent-health check names walinuxagent too; the step that runs the command comes first.
		const o = search('systemctl status walinuxagent');
		expect(o.results[0]?.kind).toBe('step');
		expect(o.results.map((r) => r.id)).toContain('agent-health');
	});
	it('links a step to its anchor on the page of the cause that hosts it', () => {
		const r = search('Logs.Verbose').results[0]!;
		expect(r.kind === 'step' || r.kind === 'solution').toBe(true);
		expect(resultUrl('fr', r)).toBe(`/fr/causes/${r.host}/#${r.id}`);
	});
	it('puts a section holding every typed word before a shorter one holding only the common one', () => {
		// "état" is in a short solution about the VM's state in the portal; the failed-extension
		// cause holds every word.
		const o = search('Afficher l’état de l’extension', 'fr');
		expect(o.mode).toBe('words');
		expect(top(o)).toBe('vm-extension-failed-state');
	});
	it.each([
		['Set-AzKeyVaultAccessPolicy', 'en', 'grant-keyvault-access--grant'],
		['Enable-AzRecoveryServicesBackupProtection', 'fr', 'resume-vm-protection--resume'],
	] as const)(
		'finds the step whose commands hold %s (%s), among several commands, first',
		(query, lang, step) => {
			// A step with three commands is long for its commands field; most sections have none.
			expect(top(search(query, lang))).toBe(step);
		},
	);
	it('reads the part of a log line that identifies it, typed, as a match', () => {
		expect(search('Downgrade not allowed')).toMatchObject({ mode: 'paste', verdict: 'match' });
		expect(top(search('Downgrade not allowed'))).toBe('backup-extension-update-load');
	});
	it("reads a step with its solution's title", () => {
		// "guest" is only in the solution's title; the .NET step says "install … Guest Agent" itself.
		expect(top(search('install guest agent'))).toBe(
			'reinstall-windows-guest-agent--install-latest-msi',
		);
		// "verbose" is in the title of the solution whose last step restarts the agent: that step
		// and its solution (which holds all three words) come first, before any other restart.
		expect(
			search('waagent verbose restart')
				.results.slice(0, 2)
				.map((r) => r.id)
				.sort(),
		).toEqual(['enable-waagent-verbose-logging', 'enable-waagent-verbose-logging--restart-agent']);
	});
	it('lists at most three places of one solution, so that other pages answering the words show', () => {
		// The Windows solution's title ("Redémarrer ou réinstaller l’agent de VM Windows") reaches
		// its seven steps; the Linux agent's restart steps answer the same words.
		const ids = search("redémarrer l'agent", 'fr').results.map((r) => r.id);
		expect(ids.filter((id) => inSolution(id, 'reinstall-windows-guest-agent'))).toHaveLength(3);
		expect(ids.slice(0, 3).every((id) => inSolution(id, 'reinstall-windows-guest-agent'))).toBe(
			true,
		);
		expect(ids).toContain('update-linux-agent--start-agent');
		for (const query of ['proxy', 'restart agent', 'Extensions.Enabled', 'Logs.Verbose']) {
			const perSolution = new Map<string, number>();
			for (const r of search(query).results) {
				if (r.kind !== 'step' && r.kind !== 'solution') continue;
				const solution = r.id.split('--')[0]!;
				perSolution.set(solution, (perSolution.get(solution) ?? 0) + 1);
			}
			expect(Math.max(...perSolution.values()), query).toBeLessThanOrEqual(3);
		}
	});
	it('puts the step that also says a word of its title before its siblings', () => {
		// "enable" and "extensions" are in the solution's title; only the second step's command
		// says them again (Extensions.Enabled=y).
		expect(top(search('Enable Extensions.Enabled'))).toBe(
			'set-waagent-config-options--set-options',
		);
	});
	it('finds a solution by the words of its body, which its steps do not inherit', () => {
		// "LSN" is only in the VSS copy solution's body (why the registry key helps).
		const results = search('LSN chain').results.map((r) => r.id);
		expect(results[0]).toBe('sql-server-backup-vss-copy');
		expect(results).not.toContain('sql-server-backup-vss-copy--backup-now');
		expect(top(search('chaîne LSN', 'fr'))).toBe('sql-server-backup-vss-copy');
	});
	it('finds words written together or apart as the site writes them the other way', () => {
		// The site writes `RdAgent`; people also type "RD Agent", and "full backup" as one word.
		for (const lang of ['en', 'fr'] as const)
			expect(top(search('RD Agent service', lang))).toBe(
				'reinstall-windows-guest-agent--check-service',
			);
		expect(top(search('fullbackup'))).toBe('sql-server-backup-vss-copy');
		expect(top(search('restorepoint collection'))).toBe(
			'clean-up-restore-point-collection--delete-collection',
		);
	});
	it('takes apart a word that shares a stem with a site word when the rest is a word, not an ending', () => {
		// `backupjob` shares a stem with `backup`; read as that word alone, "job" was lost and a
		// `Get-AzVm … -Status` command came first.
		for (const lang of ['en', 'fr'] as const)
			expect(top(search('Get Backupjob Status', lang)), lang).toBe(
				top(search('Get Backup job Status', lang)),
			);
		expect(top(search('Get Backupjob Status'))).toBe('wait-or-cancel-backup-job--wait-or-cancel');
		// An ending stays an ending.
		expect(top(search('restarted agent service'))).toBe(top(search('restart agent service')));
	});
	it('reads no lone letter or digit, nor the stop word of a word taken apart', () => {
		// `x`, `1` and the `on` of `onerror` matched a version number, "4.x" and "On Windows";
		// what is left is the one word this text says that the site has.
		const junk = search('<img src=x onerror=alert(1)>');
		expect(junk.results.length).toBeGreaterThan(0);
		const matched = junk.results.flatMap((r) =>
			r.why.type === 'phrase' ? r.why.query.split(' ').filter(Boolean) : [],
		);
		expect(matched.length).toBeGreaterThan(0);
		// `error` and its forms (`errors`, `errorCode`), nothing else.
		for (const w of matched) expect(w).toMatch(/^error/);
		// Alone, a letter is still what was typed.
		expect(typedWords('x')).toEqual(['x']);
		expect(typedWords('Windows 7 agent')).toEqual(['windows', 'agent']);
	});
	it('counts two typed words the site writes as one word once, not once for each', () => {
		// A check's command holds `vmAgent`: counted for "VM" and again for "agent", that rare
		// word put the check before the steps that reinstall the agent.
		expect(
			inSolution(top(search('upgrade the Windows VM agent')), 'reinstall-windows-guest-agent'),
		).toBe(true);
		// The join still finds what it names.
		expect(top(search('VM Snapshot extension'))).toBe('reinstall-vmsnapshot-extension');
	});
	it('weighs a join no more than its two words apart', () => {
		// Only a check's command holds `vmAgent`: no entry's section, the rarest a word can be.
		// Its two words are common apart, so the error whose message holds every typed word wins.
		const o = search('VM agent is not responsive');
		expect([o.mode, top(o)]).toEqual(['words', 'vm-agent-not-responsive']);
	});
	it('reads an AzureRM cmdlet as its Az name, from the synonym groups', () => {
		// The site writes Get-AzRecoveryServicesBackupJob; older tickets write the AzureRM name.
		for (const lang of ['en', 'fr'] as const)
			expect(top(search('Get-AzureRmRecoveryServicesBackupJob', lang))).toBe(
				'wait-or-cancel-backup-job--wait-or-cancel',
			);
	});
	it('puts the place that writes a rare typed word before places that only write a word like it', () => {
		// The site writes `timeout` in one cause; the group's `timedout` shares a stem with a
		// command's `timediff`, in a shorter section, which came first.
		for (const lang of ['en', 'fr'] as const)
			expect(top(search('timeout', lang)), lang).toBe('snapshot-status-or-capture');
		// A retention that expires is no timeout: the words do not stand for each other.
		expect(search('timeout').results.map((r) => r.id)).not.toContain('one-backup-per-day');
		// Nor is `timediff` a form of the group's `timedout`: the step whose command holds it is
		// not listed at all.
		for (const lang of ['en', 'fr'] as const)
			expect(search('timeout', lang).results.map((r) => r.id)).not.toContain(
				'guest-dhcp-disabled--start-dhcp-client',
			);
	});
	it('reads a message typed in full as a paste, not as words', () => {
		const o = search('Backup failed with an internal error');
		expect([o.mode, top(o), o.verdict]).toEqual(['paste', 'backup-internal-error', 'match']);
	});
	it('reads a message cut with an ellipsis, as a portal cell cuts it, as a paste', () => {
		for (const cut of [
			'Currently Azure Backup does not su...',
			'Currently Azure Backup does not su…',
		]) {
			const o = search(cut);
			expect(o.mode, cut).toBe('paste');
			expect(top(o), cut).toBe('unsupported-disk-size');
		}
		expect(typedWords('Currently Azure Backup does not')).toBeDefined();
		expect(typedWords('agent...')).toBeUndefined();
	});
	it('does not count the two-letter function words French writes among typed words', () => {
		// Seven words, three of them `la` and `de`: typed, it finds the solution that deletes the
		// collection; read as a paste, it got `none` and the note that it is not worded like a message.
		const o = search('supprimer la collection de points de restauration', 'fr');
		expect(o.mode).toBe('words');
		expect(inSolution(top(o), 'clean-up-restore-point-collection')).toBe(true);
		const update = search('mise à jour de l’agent Linux échoue', 'fr');
		expect(update.mode).toBe('words');
		expect(inSolution(top(update), 'update-linux-agent')).toBe(true);
		// Six words besides `le`, `de`, `en`, `la`; one word more (`stratégie`) is a paste.
		expect(typedWords('Le déploiement de modèle a échoué en raison de la violation')).toBeDefined();
		expect(
			typedWords('Le déploiement de modèle a échoué en raison de la violation de stratégie.'),
		).toBeUndefined();
	});
	it('lists the page typed words name, then the sections that hold them', () => {
		// A confident match on the failed-provisioning error's title; the step that deals with a
		// failed extension holds the words too.
		const o = search('extension with failed provisioning state');
		expect([o.mode, o.verdict, top(o)]).toEqual(['paste', 'match', 'vm-provisioning-state-failed']);
		const ids = o.results.map((r) => r.id);
		expect(ids.slice(0, 3)).toContain('fix-failed-extensions--other-failed');
		expect(new Set(ids).size).toBe(ids.length);
	});
	it('counts six typed words as a person types them, not the words French elides', () => {
		// Seven words once folded ("l'agent" is "l" and "agent"), six as typed: words, not a
		// paste with no confident match, and the step title they name comes first.
		const o = search("activer la journalisation détaillée de l'agent", 'fr');
		expect([top(o), o.verdict]).toEqual(['enable-waagent-verbose-logging', 'match']);
		expect(search('the agent keeps on crashing after a restart of the VM').mode).toBe('paste');
		// Letters that are no elision count: a row of them is no query of six words.
		expect(search('a b c d e f g h').mode).toBe('paste');
	});
	it('finds nothing for words the site does not have', () => {
		expect(search('kubernetes ingress')).toMatchObject({ verdict: 'none', results: [] });
		// Keyboard mash: `qwer` is not `query` with a letter changed and one more at its end.
		expect(search('asdf qwer zxcv')).toMatchObject({ verdict: 'none', results: [] });
		// A job id: a number one digit off is another number, and no site numbers put together.
		expect(search('5d8e1f2a-1111-2222-3333-444455556666')).toMatchObject({ results: [] });
		// A four-letter typo one edit from a site word still finds it.
		expect(inSolution(top(search('prxy')), 'route-traffic-through-http-proxy')).toBe(true);
	});
	it("reads the other language's words there, not as typos of the site's", () => {
		const found = search('pare-feu', 'en');
		expect(found).toMatchObject({ matchedLang: 'fr', crossLanguage: true });
		expect(found.results[0]?.id).toBe('no-internet-access');
		// A word of the site, or a typo of one, stays the site's.
		expect(search('firewall', 'en')).toMatchObject({ matchedLang: 'en', crossLanguage: false });
		expect(search('firewal', 'en')).toMatchObject({ matchedLang: 'en', crossLanguage: false });
	});
	it("reads a last word that begins site words as being typed, not as the other language's", () => {
		const { sections } = indexes().prepared.en;
		expect(notSiteWords(['prox'], sections!)).toEqual([]);
		expect(notSiteWords(['prox', 'settings'], sections!)).toEqual(['prox']);
		expect(notSiteWords(['pare', 'feu'], sections!)).toEqual(['pare', 'feu']);
	});
	it.each(['qwerty', 'asdkjh qwpoeiru zxmcnv', 'foo bar baz'])(
		'says nothing of the other language when neither finds anything (%s)',
		(words) => {
			for (const lang of ['en', 'fr'] as const)
				expect(search(words, lang)).toMatchObject({
					results: [],
					matchedLang: lang,
					crossLanguage: false,
				});
		},
	);
});

describe('near codes', () => {
	it.each([
		'UserErrorGuestAgentStatus',
		'UserErrorGuestAgentStatusUnavailabl',
		'UserErrorGuestAgentStatusUnavaliable',
	])('%s → the error it is close to, said not to be exact', (code) => {
		const o = search(`Error code: ${code}`);
		expect(top(o)).toBe('guest-agent-status-unavailable');
		expect(o.verdict).toBe('weak');
		expect(o.results[0]?.why).toMatchObject({
			type: 'near-code',
			code: 'UserErrorGuestAgentStatusUnavailable',
		});
	});
	it('a near code with the message makes a match, in the language the message is written in', () => {
		// An English wording the French page does not list.
		const paste =
			"| Error | UserErrorGuestAgentStatusUnavaliable |\n| Message | The Azure Virtual Machine Agent (VM Agent) can't communicate with the Azure Backup service |";
		expect(search(paste, 'en')).toMatchObject({ verdict: 'match', crossLanguage: false });
		// On the French site the English message is the English page's: both languages rank the
		// near code first at the same score, and the English one is sure of it.
		const fr = search(paste, 'fr');
		expect(fr).toMatchObject({ verdict: 'match', crossLanguage: true, matchedLang: 'en' });
		expect(top(fr)).toBe('guest-agent-status-unavailable');
	});
	it.each([
		// Cut short, without its prefix, with its prefix set apart: still one code of ours.
		['UserErrorGuestAgent', 'UserErrorGuestAgentStatusUnavailable'],
		['GuestAgentStatusUnavailable', 'UserErrorGuestAgentStatusUnavailable'],
		['UserError_GuestAgentStatusUnavailable', 'UserErrorGuestAgentStatusUnavailable'],
		['RpCollectionLimitReached', 'UserErrorRpCollectionLimitReached'],
	])('%s → %s, the one code that begins or ends so', (pasted, code) => {
		const o = search(`Error code: ${pasted}`);
		expect(o.verdict).toBe('weak');
		expect(o.results[0]?.why).toMatchObject({ type: 'near-code', code });
	});
	it('names another error by its own code only, never by a code merely like it', () => {
		// One letter off, or cut where no other code begins so: that error.
		for (const pasted of ['UserErrorVmNotInDesirableStat', 'UserErrorVmNotInDesirab'])
			expect(search(`Error code: ${pasted}`).other?.codes, pasted).toContain(
				'UserErrorVmNotInDesirableState',
			);
		// Another code that shares its start; a cut that begins several codes; a short end.
		for (const pasted of [
			'UserErrorVmNotFound',
			'UserErrorCrossSubscriptionRestore',
			'StatusUnavailable',
		]) {
			const o = search(`Error code: ${pasted}`);
			expect(o.other, pasted).toBeUndefined();
			expect(o.verdict, pasted).toBe('none');
			expect(o.foreignCodes, pasted).toEqual([pasted]);
		}
	});
	it.each(['UserErrorRequestDisallowedByPolicy', 'UserErrorSkuNotAvailable'])(
		'%s is another error, not a near code',
		(code) => {
			const o = search(`Error code: ${code}`);
			expect(o.results[0]?.why.type).not.toBe('near-code');
			expect(o.foreignCodes).toEqual([code]);
		},
	);
});

describe('a wording two errors share', () => {
	it('leads to both errors', () => {
		const o = search(
			'Could not communicate with the VM agent for snapshot status. Snapshot VM sub task timed out',
		);
		expect(o.verdict).toBe('match');
		expect(
			o.results
				.slice(0, 2)
				.map((r) => r.id)
				.sort(),
		).toEqual(['guest-agent-status-unavailable', 'vm-agent-not-responsive']);
	});
});

describe('HTML entities', () => {
	it('decodes named entities of a French message pasted from an HTML page', () => {
		const o = search(
			'L&rsquo;agent de machine virtuelle ne peut pas communiquer avec la sauvegarde Microsoft Azure',
			'fr',
		);
		expect([top(o), o.verdict]).toEqual(['guest-agent-status-unavailable', 'match']);
		const e = search(
			'L&#8217;op&eacute;ration d&rsquo;extension VMSnapshot a &eacute;chou&eacute;',
			'fr',
		);
		expect([top(e), e.verdict]).toEqual(['vmsnapshot-extension-failed', 'match']);
	});
});

describe('inputs that are not text', () => {
	it.each([
		['an object without a prototype', Object.create(null) as unknown],
		['an object', { toString: () => 'UserErrorGuestAgentStatusUnavailable' }],
		['a symbol', Symbol('x')],
		['undefined', undefined],
	])('%s → none, no exception', (_name, value) => {
		expect(search(value)).toMatchObject({ verdict: 'none', results: [] });
	});
	it('a number is read as text', () => {
		expect(search(8443).mode).toBe('words');
	});
});
