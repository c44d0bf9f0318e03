/**
 * `npm run match` in a real shell pipeline: the paste arrives on stdin after a delay, as it does
 * from `az … | npm run match` (a non-blocking pipe whose writer has not written yet).
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { kb, otherErrors } from '../../support/content';

const errorId = kb.errorIds[0]!;
const code = kb.errors.en.get(errorId)!.codes[0]!;

function shell(command: string) {
	return spawnSync('sh', ['-c', command], { encoding: 'utf8', timeout: 60_000 });
}

describe('npm run match', () => {
	it('reads a paste that reaches stdin a second late', () => {
		const run = shell(`(sleep 1; echo "Backup failed: ${code}") | npm run --silent match`);
		expect(run.stderr).not.toMatch(/EAGAIN/);
		expect(run.status, run.stderr).toBe(0);
		const out = JSON.parse(run.stdout) as { verdict: string; matches: { id: string }[] };
		expect(out.verdict).toBe('match');
		expect(out.matches[0]?.id).toBe(errorId);
	});

	it('reads a paste written in several pieces, with pauses', () => {
		const run = shell(
			`(printf 'Backup failed.\\n'; sleep 0.5; printf 'Code: '; sleep 0.5; echo "${code}") | npm run --silent match -- --lang fr`,
		);
		expect(run.status, run.stderr).toBe(0);
		const out = JSON.parse(run.stdout) as { lang: string; matches: { id: string }[] };
		expect(out.lang).toBe('fr');
		expect(out.matches[0]?.id).toBe(errorId);
	});

	it('names another error the site does not cover, with its entry in each language', () => {
		const other = otherErrors.en.errors.find((e) => e.codes.length > 0)!;
		const run = shell(`echo "Error code: ${other.codes[0]!}" | npm run --silent match`);
		expect(run.status, run.stderr).toBe(0);
		const out = JSON.parse(run.stdout) as {
			verdict: string;
			other?: { id: string; url: Record<string, string> };
		};
		expect(out.verdict).toBe('none');
		expect(out.other?.id).toBe(other.id);
		expect(out.other?.url.fr).toBe(`/fr/other-errors/#${other.id}`);
	});
});
