import { describe, expect, test } from 'vitest';
import {
  axeProblems,
  COLOUR_RULES,
  forcedColorsProblems,
  horizontalScrollProblems,
  keyboardProblems,
  reducedMotionProblems,
  skipLinkProblems,
  targetSizeProblems,
  textSpacingProblems,
} from '../support/a11y-checks';
import { SCHEMES, WIDTHS } from '../support/browser';
import { FIXTURE } from '../support/dist';
import { label, useSiteTab } from '../support/site-tab';
import { TEMPLATE_PAGES } from '../support/templates';

/*
 * The full browser matrix, once per page template (one fixture page each, from
 * tests/support/templates.ts), plus the 404 page as a visitor meets it and a search with
 * results: axe at 320, 768 and 1280px in light, and its colour rules in dark (the only ones
 * a colour scheme can change); reflow at 320px (WCAG 1.4.10);
 * text spacing (1.4.12) and target size (2.5.8) at every width; the skip link, keyboard
 * reach, visible focus and focus not obscured (2.1.1, 2.4.1, 2.4.7, 2.4.11) at the
 * narrowest and widest; prefers-reduced-motion and forced-colors mode.
 * every-page-axe.test.ts sweeps every page of both sites at one width.
 */

const pages = [...TEMPLATE_PAGES.filter((path) => path !== '/404.html'), '/this-page-does-not-exist/', '/search/?q=workshop'];
const tab = useSiteTab(FIXTURE);

describe('every page template passes every check at every width, light and dark', () => {
  test.each(pages)('%s', async (path) => {
    const problems: string[] = [];
    const page = await tab.load(path, WIDTHS[0]);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      for (const scheme of SCHEMES) {
        await page.emulateMedia({ colorScheme: scheme });
        const rules = scheme === 'light' ? undefined : COLOUR_RULES;
        problems.push(...label(await axeProblems(page, { rules }), `${width}px ${scheme}`));
      }
      await page.emulateMedia({ colorScheme: 'light' });
      if (width === 320) problems.push(...label(await horizontalScrollProblems(page), '320px'));
      problems.push(...label(await textSpacingProblems(page), `${width}px text spacing`));
      problems.push(...label(await targetSizeProblems(page), `${width}px target size`));
    }
    problems.push(...label(await reducedMotionProblems(page), 'reduced motion'));

    for (const width of [320, 1280]) {
      problems.push(...label(await skipLinkProblems(await tab.load(path, width)), `${width}px skip link`));
      problems.push(...label(await keyboardProblems(await tab.load(path, width)), `${width}px keyboard`));
    }
    problems.push(...label(await forcedColorsProblems(page), 'forced colors'));

    expect(problems).toEqual([]);
  }, 120_000);
});
