import { describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { checkContent } from '../../../src/content/graph';
import { readContentDir } from '../../../src/content/from-disk';
import { badCases, makeBadTree, validTree } from '../../fixtures/bad-content';

const problemsOf = (root: string) => {
	const { entries, problems } = readContentDir(root);
	return [...problems, ...checkContent(entries).problems];
};

describe('content checks (Node reader + graph)', () => {
	it('accepts the valid fixture tree', () => {
		expect(problemsOf(validTree)).toEqual([]);
	});

	for (const c of badCases.filter((b) => !b.buildOnly)) {
		it(`rejects ${c.name}, naming the file and the field, with a hint`, () => {
			const dir = makeBadTree(c);
			try {
				const problems = problemsOf(dir);
				const hit = problems.find((p) => p.file.endsWith(c.file) && p.field.includes(c.field));
				expect(
					hit,
					`expected a problem on ${c.file} / ${c.field}, got:\n${JSON.stringify(problems, null, 1)}`,
				).toBeDefined();
				expect(hit!.hint.length).toBeGreaterThan(10);
			} finally {
				rmSync(dir, { recursive: true, force: true });
			}
		});
	}
});
