import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../tools/serve/chromium';
import { serveStatic, type StaticServer } from '../../tools/serve/static-server';
import type { BuiltSite } from './dist';

/**
 * Chromium and a local server for one built site, shared by a whole test file. Call at the
 * top of a test file; read `origin` and `browser` inside tests and hooks.
 */
export function useServedSite(site: BuiltSite): { readonly origin: string; readonly browser: Browser } {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([serveStatic(site.root), launchChromium()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  return {
    get origin() {
      return server.origin;
    },
    get browser() {
      return browser;
    },
  };
}

/**
 * One browser and one tab for a whole test file, reused from page to page: changing the
 * width or colour scheme needs no reload. Call at the top of a test file.
 */
export function useSiteTab(site: BuiltSite): { load(path: string, width: number): Promise<Page> } {
  const served = useServedSite(site);
  let page: Page;

  beforeAll(async () => {
    page = await (await served.browser.newContext()).newPage();
  });

  return {
    /** Opens a page fresh, light, with no emulated preferences, at the given width. */
    async load(path, width) {
      await page.setViewportSize({ width, height: 800 });
      await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference', forcedColors: 'none' });
      await page.goto(served.origin + path);
      // The search page fetches its results after load.
      if (path.includes('?')) await page.waitForLoadState('networkidle');
      return page;
    },
  };
}

export function label(problems: string[], prefix: string): string[] {
  return problems.map((problem) => `${prefix}: ${problem}`);
}
