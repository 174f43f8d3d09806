import { describe, expect, test } from 'vitest';
import { axeProblems } from '../support/a11y-checks';
import { pagesToVisit, SCHEMES, WIDTHS } from '../support/browser';
import { label, useSiteTab } from '../support/site-tab';

/*
 * axe-core on every page in the built sitemap, the 404 page and (once the site has one) a
 * search with results: at 320, 768 and 1280px, light and dark, against WCAG 2.0, 2.1 and
 * 2.2 A and AA plus best practice. every-page-layout-and-keyboard.test.ts checks what axe
 * cannot; the two files run side by side, one per core.
 */

const tab = useSiteTab();

describe('every page passes axe at every width, light and dark', () => {
  test.each(pagesToVisit())('%s', async (path) => {
    const page = await tab.load(path, WIDTHS[0]);
    const problems: string[] = [];
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      for (const scheme of SCHEMES) {
        await page.emulateMedia({ colorScheme: scheme });
        problems.push(...label(await axeProblems(page), `${width}px ${scheme}`));
      }
    }
    expect(problems).toEqual([]);
  });
});
