/**
 * The evaluation set: the shared dev pastes, the project's variants and the generated hostile
 * pastes, with the answer keys (E1…E5, C1…C5, none) mapped to content ids.
 */
import { readFileSync } from 'node:fs';
import { hostilePastes, type EvalItem } from './hostile';

export type { EvalItem };

/** Answer keys of ../shared/eval/dev-pastes.json → content ids. */
export const keyToId: Record<string, string> = {
	E1: 'guest-agent-status-unavailable',
	E2: 'snapshot-failed-no-network',
	E3: 'vmsnapshot-extension-failed',
	E4: 'vm-agent-not-responsive',
	E5: 'backup-internal-error',
	C1: 'no-internet-access',
	C2: 'windows-agent-unresponsive',
	C3: 'linux-agent-outdated',
	C4: 'snapshot-status-or-capture',
	C5: 'backup-extension-update-load',
};

const read = (url: URL) => JSON.parse(readFileSync(url, 'utf8')) as { items: EvalItem[] };

/** A copy of ../shared/eval/dev-pastes.json (real pastes with expected answers), kept in the project for CI. */
export const devPastesUrl = new URL('../../tests/fixtures/dev-pastes.json', import.meta.url);

export function loadEvalSet(): { dev: EvalItem[]; variants: EvalItem[]; hostile: EvalItem[] } {
	return {
		dev: read(devPastesUrl).items,
		variants: read(new URL('./variants.json', import.meta.url)).items,
		hostile: hostilePastes(),
	};
}

/** Acceptable content ids of an item (empty for `none`). */
export function acceptedIds(item: EvalItem): string[] {
	return (item.accept ?? [item.expected]).filter((k) => k !== 'none').map((k) => keyToId[k] ?? k);
}
