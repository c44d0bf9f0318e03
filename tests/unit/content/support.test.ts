/**
 * The reusable support blocks (content/support/<lang>.json): valid in both languages, the same
 * steps and verbatim code in each, and they carry what a support engineer needs.
 */
import { describe, expect, it } from 'vitest';
import { parseSupport, supportBlocks } from '../../../src/content/support';

const en = supportBlocks('en');
const fr = supportBlocks('fr');
const shape = (s: typeof en) =>
	[s.verify, s.collect].map((b) =>
		b.steps.map((st) => [st.id, st.appliesTo, st.code.map((c) => c.value)]),
	);

describe('support blocks', () => {
	it('French and English have the same steps, guests and verbatim code, and as many identifiers', () => {
		expect(shape(fr)).toEqual(shape(en));
		expect(fr.collect.identifiers).toHaveLength(en.collect.identifiers.length);
	});

	it('checking a fix covers the portal, the CLI and PowerShell, and Backup now', () => {
		const all = en.verify.steps
			.map((s) => `${s.text} ${s.code.map((c) => c.value).join(' ')}`)
			.join(' ');
		for (const needle of [
			'Ready',
			'Provisioning succeeded',
			'az vm get-instance-view',
			'Get-AzVM',
			'-Status',
			'Backup now',
			'Backup jobs',
		])
			expect(all).toContain(needle);
	});

	it('the ticket checklist names the Windows and Linux logs', () => {
		const logs = en.collect.steps.flatMap((s) => s.code.map((c) => c.value));
		for (const needle of [
			'C:\\WindowsAzure\\Logs\\WaAppAgent.log',
			'sudo waagent -collect-logs',
			'/var/log/waagent.log',
			'/var/log/azure/',
		])
			expect(logs).toContain(needle);
		expect(logs.some((l) => l.includes('VMSnapshot'))).toBe(true);
	});
});

describe('support block links', () => {
	it('refuse a script link and a plain http link, naming the field', () => {
		const bad = structuredClone(en);
		bad.verify.steps[0]!.text = 'Open [this](javascript:alert(1)).';
		expect(() => parseSupport('en', bad)).toThrow(/verify\.steps\.0\.text: .*"javascript:" scheme/);
		bad.verify.steps[0]!.text = 'Open [this](http://example.org/).';
		expect(() => parseSupport('en', bad)).toThrow(/plain http link/);
	});
});
