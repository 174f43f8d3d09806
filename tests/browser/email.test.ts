import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeProblems, horizontalScrollProblems } from '../support/a11y-checks';
import { launchChromium } from '../../tools/serve/chromium';
import { serveStatic, type StaticServer } from '../../tools/serve/static-server';
import { LIVE } from '../support/dist';

const DIST = LIVE.root;
const builtPage = LIVE.page;

/*
 * Each bulletin's email, as a phone and a desktop mail client show it: with its <style>
 * and, as many clients do, without it. Served with the real security headers, so the
 * preview page is shown to work under the policy every page is sent with.
 */

const published = readdirSync(join(DIST, 'bulletins'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(DIST, 'bulletins', entry.name, 'email.html')))
  .map((entry) => entry.name);

function articleHeadings(id: string): string[] {
  const $ = builtPage(`/bulletins/${id}/`);
  return $('article .prose h2').map((_: number, element: Parameters<typeof $>[0]) => $(element).text().replace(/\s+/g, ' ').trim()).get();
}

let server: StaticServer;
let siteServer: StaticServer;
let url: string;
let siteUrl: string;
let browser: Browser;
let tab: Page;

beforeAll(async () => {
  // email.html is checked as a mail client shows it; the preview page under the site's policy.
  [server, siteServer, browser] = await Promise.all([serveStatic(DIST), serveStatic(DIST, { headers: true }), launchChromium()]);
  url = server.origin;
  siteUrl = siteServer.origin;
  tab = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await siteServer?.close();
});

/** Headings of the given texts that are not shown in full inside the window's width. */
function hiddenHeadings(texts: string[], width: number): Promise<string[]> {
  return tab.evaluate(
    ({ texts, width }) => {
      const shown = [...document.querySelectorAll('h2')].filter((heading) => {
        const box = heading.getBoundingClientRect();
        return box.height > 0 && box.left >= 0 && box.right <= width;
      });
      const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();
      return texts.filter((text) => !shown.some((heading) => normalise(heading.textContent ?? '') === text));
    },
    { texts, width },
  );
}

describe.each(published)('the %s email', (id) => {
  for (const width of [320, 600]) {
    for (const styles of ['with', 'without']) {
      test(`at ${width}px ${styles} its <style>: no sideways scrolling, every article heading shown`, async () => {
        await tab.setViewportSize({ width, height: 800 });
        await tab.emulateMedia({ colorScheme: 'light' });
        await tab.goto(`${url}/bulletins/${id}/email.html`);
        if (styles === 'without') await tab.evaluate(() => document.querySelectorAll('style').forEach((style) => style.remove()));
        expect(await horizontalScrollProblems(tab)).toEqual([]);
        expect(await hiddenHeadings(articleHeadings(id), width)).toEqual([]);
      });
    }
  }

  for (const scheme of ['light', 'dark'] as const) {
    test(`passes axe in ${scheme} mode`, async () => {
      await tab.setViewportSize({ width: 600, height: 800 });
      await tab.emulateMedia({ colorScheme: scheme });
      await tab.goto(`${url}/bulletins/${id}/email.html`);
      // An email has no page landmarks of its own: the mail client's page around it has them.
      const pageOnly = /^axe (region|landmark-one-main) /;
      expect((await axeProblems(tab)).filter((problem) => !pageOnly.test(problem))).toEqual([]);
    });
  }

  test('the preview page shows it under the site’s security policy, and passes axe', async () => {
    await tab.setViewportSize({ width: 320, height: 800 });
    await tab.emulateMedia({ colorScheme: 'light' });
    await tab.goto(`${siteUrl}/bulletins/${id}/email/`);
    const frame = tab.frameLocator('iframe.email-preview');
    await expect.poll(() => frame.locator('h1').textContent(), { timeout: 10_000 }).toBe(builtPage(`/bulletins/${id}/`)('article h1').text().replace(/\s+/g, ' ').trim());
    expect(await horizontalScrollProblems(tab)).toEqual([]);
    expect(await axeProblems(tab)).toEqual([]);
  });
});
