/**
 * The real build refuses bad content: each bad-content fixture is built with Astro's `build()`
 * and must fail with a message naming the file and the field.
 */
import { describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { badCases, makeBadTree } from '../../fixtures/bad-content';
import { buildSite } from '../../support/astro-build';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// eslint-disable-next-line no-control-regex
const plain = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '');

describe('astro build on bad content', { timeout: 120_000 }, () => {
	for (const c of badCases) {
		it(`fails on ${c.name}, naming ${c.file}${c.field ? ` / ${c.field}` : ''}`, async () => {
			const dir = makeBadTree(c);
			try {
				const { ok, text: output } = await buildSite({ contentDir: dir });
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
					expect(text).toMatch(
						new RegExp(`${escape(c.file)} → ${escape(c.field)}: .+\\. Hint: \\S`),
					);
				}
			} finally {
				rmSync(dir, { recursive: true, force: true });
			}
		});
	}
});
