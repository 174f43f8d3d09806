import { appendFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../tools/serve/chromium';
import { serveStatic, type StaticServer } from '../../tools/serve/static-server';
import { buildWithContent, type FixtureBuild } from '../support/build-fixture';

/*
 * A site published under a sub-path, as a GitHub Pages project site is
 * (https://<owner>.github.io/<repository>/): built with that SITE_URL, served under the
 * sub-path only, and crawled in Chromium from the home page, following every link,
 * stylesheet, script, image, feed and calendar. Nothing may point outside the sub-path.
 */

const BASE = '/send-news';
let build: FixtureBuild;
let browser: Browser;
let server: StaticServer;
const root = mkdtempSync(join(tmpdir(), 'sub-path-site-'));

beforeAll(async () => {
  build = buildWithContent(
    // Editors write links to the site from its root, in Markdown or HTML.
    (content) => appendFileSync(join(content, 'events/2025-11-20-autism-awareness-webinar.md'), '\nSee the [glossary](/glossary/) and <a href="/events/">all events</a>.\n'),
    { SITE_URL: `https://council.example.net${BASE}`, BUILD_OUT_DIR: join(root, BASE.slice(1)) },
  );
  if (!build.ok) throw new Error(build.output);
  server = await serveStatic(root);
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a site under a sub-path', () => {
  it('every page, asset, feed and calendar reached by following links is there, under the sub-path', async () => {
    const tab = await browser.newPage();
    const consoleErrors: string[] = [];
    tab.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`${tab.url()}: ${message.text()}`);
    });
    const failed: string[] = [];
    tab.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    const origin = server.origin;
    const seen = new Set<string>();
    const queue = [`${BASE}/`];
    const outside: string[] = [];
    const resources = new Set<string>();
    while (queue.length > 0) {
      const path = queue.shift()!;
      if (seen.has(path)) continue;
      seen.add(path);
      const response = await tab.goto(`${origin}${path}`);
      expect(response?.status(), path).toBe(200);
      const found = await tab.evaluate(() =>
        [...document.querySelectorAll('a[href], link[href], script[src], img[src], form[action]')].map(
          (element) => (element as HTMLAnchorElement).href || (element as HTMLImageElement).src || (element as HTMLFormElement).action,
        ),
      );
      for (const address of found) {
        const url = new URL(address.replace(/^webcal:/, 'http:'));
        if (url.hostname === 'council.example.net') {
          // Absolute links to the site itself (canonical, feeds): the published address.
          if (!url.pathname.startsWith(`${BASE}/`)) outside.push(`${path} -> ${address}`);
          continue;
        }
        if (url.origin !== origin && !address.startsWith('webcal:')) continue;
        const target = address.startsWith('webcal:') ? url.pathname : url.pathname;
        if (!target.startsWith(`${BASE}/`)) {
          outside.push(`${path} -> ${address}`);
          continue;
        }
        if (target.endsWith('/')) queue.push(target);
        else resources.add(target);
      }
    }
    for (const resource of resources) {
      const response = await tab.request.get(`${origin}${resource}`);
      expect(response.status(), resource).toBe(200);
    }
    expect(outside).toEqual([]);
    expect(failed).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(seen.size).toBeGreaterThan(25);
    expect([...resources]).toEqual(expect.arrayContaining([`${BASE}/rss.xml`, `${BASE}/events.ics`]));
  }, 240_000);

  it('search loads its index from the sub-path and links results under it', async () => {
    const tab = await browser.newPage();
    await tab.goto(`${server.origin}${BASE}/search/?q=workshop`);
    const links = tab.locator('[data-search-list] a');
    await links.first().waitFor();
    const hrefs = await links.evaluateAll((elements) => elements.map((element) => element.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(new RegExp(`^${BASE}/`));
    const response = await tab.goto(new URL(hrefs[0]!, server.origin).href);
    expect(response?.status()).toBe(200);
  }, 60_000);

  it('a missing address gets the 404 page, whose links and styles work under the sub-path', async () => {
    const tab = await browser.newPage();
    await tab.goto(`${server.origin}${BASE}/404.html`);
    const hrefs = await tab.locator('main a').evaluateAll((elements) => elements.map((element) => element.getAttribute('href')));
    expect(hrefs).toContain(`${BASE}/`);
    expect(await tab.locator('link[rel="stylesheet"]').first().getAttribute('href')).toMatch(new RegExp(`^${BASE}/_astro/`));
  });
});
