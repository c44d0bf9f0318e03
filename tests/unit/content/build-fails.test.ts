/**
 * The real build refuses bad content: each bad-content fixture is built with Astro's `build()`
 * and must fail with a message naming the file and the field.
 *
 * The content checks report every problem at once, so the cases they catch share builds: cases
 * that change different files are applied to one copy of the valid tree, and each case expects
 * its own `<file> → <field>: …` line in that build's message (no two cases of a build name the
 * same file and field, so a line missing is a case the build did not report). Parser and schema
 * errors stop the build at the first one: each of those cases has its own build.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { badCases, composable, makeBadTree, type BadCase } from '../../fixtures/bad-content';
import { buildSite, type BuildResult } from '../../support/astro-build';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// eslint-disable-next-line no-control-regex
const plain = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '');

/**
 * Cases grouped into builds: parser and schema errors alone; the content checks' cases together
 * when they compose (see `composable`) and name different files or fields.
 */
function groupCases(cases: BadCase[]): BadCase[][] {
	const groups: BadCase[][] = [];
	const key = (c: BadCase) => `${c.file} → ${c.field}`;
	for (const c of cases) {
		const group =
			c.parserError || c.schemaError
				? undefined
				: groups.find(
						(g) =>
							!g[0]!.parserError &&
							!g[0]!.schemaError &&
							g.every((o) => key(o) !== key(c)) &&
							composable([...g, c]),
					);
		if (group) group.push(c);
		else groups.push([c]);
	}
	return groups;
}

const builds = new Map<BadCase, Promise<BuildResult>>();
const dirs: string[] = [];
for (const group of groupCases(badCases)) {
	let build: Promise<BuildResult> | undefined;
	const run = () => {
		if (!build) {
			const dir = makeBadTree(...group);
			dirs.push(dir);
			build = buildSite({ contentDir: dir });
		}
		return build;
	};
	for (const c of group)
		builds.set(c, { then: (ok, ko) => run().then(ok, ko) } as Promise<BuildResult>);
}
afterAll(() => {
	for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('astro build on bad content', { timeout: 120_000 }, () => {
	for (const c of badCases) {
		it(`fails on ${c.name}, naming ${c.file}${c.field ? ` / ${c.field}` : ''}`, async () => {
			const { ok, text: output } = await builds.get(c)!;
			const text = plain(output);
			expect(ok, 'the build succeeded').toBe(false);
			const name = c.file.split('/').pop()!;
			if (c.parserError) {
				// YAML and MDX syntax errors come from the parsers: the file with its line and column.
				expect(text).toMatch(new RegExp(`${escape(name)}:\\d+:\\d+`));
			} else if (c.schemaError) {
				// Astro's schema error: the entry, the field, and a hint.
				// (A case that breaks both twins is reported on whichever Astro loads first.)
				const [collection] = c.file.split('/');
				expect(text).toMatch(
					new RegExp(
						`${collection} → (en|fr)/${escape(name.replace(/\.mdx$/, ''))} data does not match collection schema`,
					),
				);
				expect(text).toMatch(new RegExp(`^\\s*${escape(c.field)}(\\*\\*)?:`, 'm'));
				expect(text).toMatch(/^\s*Hint:/m);
			} else {
				// Our cross-file checks: one line `<file> → <field>: <message>. Hint: <hint>`.
				expect(text).toMatch(new RegExp(`${escape(c.file)} → ${escape(c.field)}: .+\\. Hint: \\S`));
			}
		});
	}
});
