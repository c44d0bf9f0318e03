/** The health checklist cut into the sections the search indexes. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checklistSections } from '../../../src/content/checklist';
import { languages } from '../../../src/i18n/languages';

describe('checklist sections', () => {
	it.each(languages)(
		'reads the four checks of the %s checklist, by anchor, without their numbers',
		(lang) => {
			const file = `content/checklist/${lang}.mdx`;
			const sections = checklistSections(readFileSync(file, 'utf8'), file);
			expect(sections.map((s) => s.id)).toEqual([
				'vm-health',
				'agent-health',
				'extension-health',
				'backup-extension-health',
			]);
			for (const s of sections) {
				expect(s.title).not.toMatch(/^\d|</);
				expect(s.text).not.toMatch(/<h2|<span|\*\*/);
			}
		},
	);
	it('keeps each section to the text under its own heading', () => {
		const [a, b] = checklistSections(
			'Intro.\n\n<h2 id="one">\n  <span id="old"></span>1. First\n</h2>\n\n- **Do** this.\n\n<h2 id="two">2. Second</h2>\n\nThat.',
			'x.mdx',
		);
		expect(a).toEqual({ id: 'one', title: 'First', text: expect.stringContaining('Do this.') });
		expect(a!.text).not.toContain('That');
		expect(b).toMatchObject({ id: 'two', title: 'Second' });
	});
	it('fails naming the file when there is no section, or a heading is empty', () => {
		expect(() => checklistSections('# Title\n\nText.', 'content/checklist/en.mdx')).toThrow(
			/content\/checklist\/en\.mdx: no <h2 id/,
		);
		expect(() => checklistSections('<h2 id="a"><span id="b"></span></h2>', 'f.mdx')).toThrow(
			/f\.mdx: the section "a" has an empty heading/,
		);
	});
});
