import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  axeProblems,
  forcedColorsProblems,
  horizontalScrollProblems,
  keyboardProblems,
  reducedMotionProblems,
  skipLinkProblems,
  targetSizeProblems,
  textSpacingProblems,
} from '../support/a11y-checks';
import { launchChromium, pagesToVisit, SCHEMES, WIDTHS } from '../support/browser';
import { serveDist } from '../support/serve-dist';

/*
 * Every page in the built sitemap, the 404 page and (once the site has one) a search with
 * results, at 320, 768 and 1280px, light and dark, against WCAG 2.2 AA. One browser and
 * one tab, reused from page to page: changing the width or colour scheme needs no reload,
 * so axe runs once per page, width and scheme. (A second tab does not help on two cores:
 * Chromium's rendering is the bottleneck, and the other test files use the other core.)
 */

const paths = pagesToVisit();
let server: Awaited<ReturnType<typeof serveDist>>;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([serveDist(), launchChromium()]);
  page = await (await browser.newContext()).newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function load(path: string, width: number): Promise<void> {
  await page.setViewportSize({ width, height: 800 });
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference', forcedColors: 'none' });
  await page.goto(server.url + path);
  // The search page fetches its results after load.
  if (path.includes('?')) await page.waitForLoadState('networkidle');
}

function label(problems: string[], prefix: string): string[] {
  return problems.map((problem) => `${prefix}: ${problem}`);
}

describe('every page meets WCAG 2.2 AA in Chromium', () => {
  test.each(paths)('%s', async (path) => {
    const problems: string[] = [];
    await load(path, 1280);
    for (const width of [...WIDTHS].reverse()) {
      await page.setViewportSize({ width, height: 800 });
      for (const scheme of SCHEMES) {
        await page.emulateMedia({ colorScheme: scheme });
        problems.push(...label(await axeProblems(page), `${width}px ${scheme}`));
      }
      await page.emulateMedia({ colorScheme: 'light' });
      if (width === 320) problems.push(...label(await horizontalScrollProblems(page), '320px'));
      problems.push(...label(await textSpacingProblems(page), `${width}px text spacing`));
      problems.push(...label(await targetSizeProblems(page), `${width}px target size`));
    }
    problems.push(...label(await reducedMotionProblems(page), 'reduced motion'));

    for (const width of [1280, 320]) {
      await load(path, width);
      problems.push(...label(await skipLinkProblems(page), `${width}px skip link`));
      await load(path, width);
      problems.push(...label(await keyboardProblems(page), `${width}px keyboard`));
    }
    problems.push(...label(await forcedColorsProblems(page), 'forced colors'));

    expect(problems).toEqual([]);
  });
});
