/**
 * axe-core on a page as it is, in both colour schemes: every rule of the tags below in the light
 * scheme, then again in the dark scheme only the rules whose outcome depends on colours (one load;
 * the scheme changes colours only, so the other rules would repeat the light pass).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** The axe rules whose outcome depends on colours. */
const colourRules = ['color-contrast', 'link-in-text-block'];

/**
 * Rules switched off, each with its reason. Keep this empty unless a rule is wrong for this
 * site, and cite the upstream issue when it is a known false positive.
 */
const disabledRules: string[] = [];

type Violations = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'];

/** A readable summary of axe's violations: rule, impact, help and the first few targets. */
function describeViolations(violations: Violations): string {
	return violations
		.map(
			(v) =>
				`${v.id} (${v.impact}): ${v.help}\n${v.nodes
					.slice(0, 5)
					.map(
						(n) => `    ${n.target.join(' ')}  ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`,
					)
					.join('\n')}`,
		)
		.join('\n');
}

/**
 * Runs axe in the light then the dark scheme and expects no violation (soft assertions: both
 * schemes are reported). Speed, without changing what is checked:
 * - legacy mode runs `axe.run` in the page itself, instead of `runPartial` per frame plus
 *   `finishRun` in a new blank page for every call (the pages have no frames);
 * - `resultTypes: ['violations']` keeps one example node for passes and the like, so axe does
 *   not compute a selector for each of the thousands of passing nodes. Violations are complete.
 */
export async function auditBothSchemes(page: Page, label = ''): Promise<void> {
	await page.waitForLoadState('load');
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		const axe = new AxeBuilder({ page })
			.withTags(tags)
			.disableRules(disabledRules)
			.setLegacyMode(true)
			.options({ resultTypes: ['violations'] });
		if (scheme === 'dark') axe.withRules(colourRules);
		const { violations } = await axe.analyze();
		expect
			.soft(violations, `${label} axe, ${scheme} scheme:\n${describeViolations(violations)}`)
			.toEqual([]);
	}
	await page.emulateMedia({ colorScheme: null });
}
