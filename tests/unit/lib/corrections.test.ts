/**
 * The corrections page: every numbered correction of content/CORRECTIONS.md has its anchor
 * `correction-N`, the French translation has the same anchors, and its prose follows French
 * spacing.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	correctionAnchor,
	correctionsOutline,
	renderCorrections,
} from '../../../src/lib/corrections';
import { findFrenchSpacingProblems } from '../../../src/lib/french-spacing';

const en = readFileSync('content/CORRECTIONS.md', 'utf8');
const fr = readFileSync('content/CORRECTIONS.fr.md', 'utf8');
const numbers = (md: string) => [...md.matchAll(/^### (\d+)\. /gm)].map((m) => Number(m[1]));
const anchors = (html: string) => [...html.matchAll(/<h3 id="(correction-\d+)"/g)].map((m) => m[1]);

describe('corrections page', () => {
	it('gives each numbered correction its anchor, once', () => {
		const html = renderCorrections(en);
		expect(numbers(en).length).toBeGreaterThan(0);
		expect(anchors(html)).toEqual(numbers(en).map(correctionAnchor));
	});

	it('outlines the page with the anchors its headings get: sections, their corrections under them', () => {
		for (const [md, lang] of [
			[en, 'en'],
			[fr, 'fr'],
		] as const) {
			const outline = correctionsOutline(md, lang);
			const headingIds = [...renderCorrections(md, lang).matchAll(/<h[23] id="([^"]+)"/g)].map(
				(m) => m[1],
			);
			expect(outline.flatMap((s) => [s.id, ...s.children.map((c) => c.id)])).toEqual(headingIds);
			expect(outline.flatMap((s) => s.children.map((c) => c.id))).toEqual(
				numbers(md).map(correctionAnchor),
			);
		}
		const withCode = correctionsOutline('## A\n\n### 4. The value `O`\n', 'en');
		expect(withCode).toEqual([
			{
				id: 'part-1',
				html: 'A',
				children: [{ id: 'correction-4', html: '4. The value <code>O</code>', children: [] }],
			},
		]);
	});

	it('gives the sections the same anchors in both languages, and keeps the ones their text gave', () => {
		const sections = (html: string) => [...html.matchAll(/<h2 id="([^"]+)"/g)].map((m) => m[1]);
		expect(sections(renderCorrections(fr, 'fr'))).toEqual(sections(renderCorrections(en)));
		expect(sections(renderCorrections(en))[0]).toBe('part-1');
		expect(renderCorrections(en)).toContain(
			'<span id="errors-in-the-procedures"></span><h2 id="part-1">',
		);
		expect(renderCorrections(fr, 'fr')).toContain('<span id="erreurs-dans-les-procedures"></span>');
	});

	it('marks the French quotes of the English page as French', () => {
		const html = renderCorrections(en, 'en');
		expect(html).toMatch(/<span lang="fr">«\s*S’il ne figure pas sous Programmes/);
		expect(html.match(/«/g)?.length).toBe(html.match(/<span lang="fr">«/g)?.length);
	});

	it('leaves out the file’s own title (the page has its own)', () => {
		expect(renderCorrections(en)).not.toContain('<h1');
	});

	it('the French translation has the same corrections, in the same order', () => {
		expect(numbers(fr)).toEqual(numbers(en));
		expect(anchors(renderCorrections(fr))).toEqual(anchors(renderCorrections(en)));
	});

	it('the French translation puts a non-breaking space before : ; ? !', () => {
		// Quotes of English sources are marked `lang="en"` and follow English typography.
		const french = fr.replace(/<span lang="en">[\s\S]*?<\/span>/g, ' ');
		expect(findFrenchSpacingProblems(french)).toEqual([]);
	});

	it('the French translation uses the typographic apostrophe outside code', () => {
		const prose = fr.replace(/`[^`]*`/g, '').replace(/<[^>]+>/g, '');
		expect(prose.match(/.{0,20}'.{0,20}/g) ?? []).toEqual([]);
	});

	it('on the French page, English strings in code are marked lang="en", French ones are not', () => {
		const html = renderCorrections(fr, 'fr');
		expect(html).toContain(
			'<code lang="en">Could not communicate with the VM agent for snapshot status</code>',
		);
		expect(html).toMatch(/<code>Échec de l’opération de sauvegarde avec une erreur interne/);
		expect(renderCorrections(en, 'en')).not.toContain('lang="en"');
	});
});
