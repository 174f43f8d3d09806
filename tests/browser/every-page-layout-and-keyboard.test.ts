import { describe, expect, test } from 'vitest';
import {
  forcedColorsProblems,
  horizontalScrollProblems,
  keyboardProblems,
  reducedMotionProblems,
  skipLinkProblems,
  targetSizeProblems,
  textSpacingProblems,
} from '../support/a11y-checks';
import { pagesToVisit, WIDTHS } from '../support/browser';
import { label, useSiteTab } from '../support/site-tab';

/*
 * What axe cannot check, on every page axe visits: reflow at 320px (1.4.10), text spacing
 * (1.4.12) and target size (2.5.8) at every width; the skip link, keyboard reach, visible
 * focus and focus not obscured (2.1.1, 2.4.1, 2.4.7, 2.4.11) at the narrowest and widest;
 * prefers-reduced-motion and forced-colors mode.
 */

const tab = useSiteTab();

describe('every page reflows, keeps its text, has big enough targets and works by keyboard', () => {
  test.each(pagesToVisit())('%s', async (path) => {
    const problems: string[] = [];
    const page = await tab.load(path, WIDTHS[0]);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
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
  });
});
