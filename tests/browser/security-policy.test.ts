import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST } from '../support/dist';
import { serveWithHeaders } from '../support/static-server';

/*
 * Every page works under the site's Content Security Policy, sent as the header from
 * dist/_headers and as the <meta> the build adds: nothing the site itself needs is
 * refused. Search is included once the site has a /search/ page.
 */

let browser: Browser;
let server: Server;
let origin: string;

const sitemapPaths = () =>
  [...readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);

async function violationsOn(page: Page, path: string, afterLoad?: (page: Page) => Promise<void>): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(`${path}: ${message.text()}`);
  });
  await page.goto(`${origin}${path}`, { waitUntil: 'load' });
  await afterLoad?.(page);
  return violations;
}

beforeAll(async () => {
  ({ url: origin, server } = await serveWithHeaders(DIST));
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('the Content Security Policy', () => {
  it('is sent as a header and allows every page of the site', async () => {
    const response = await fetch(`${origin}/`);
    expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
    const paths = [...sitemapPaths(), '/404.html'];
    expect(paths.length).toBeGreaterThan(20);
    const page = await browser.newPage();
    const violations: string[] = [];
    for (const path of paths) violations.push(...(await violationsOn(page, path)));
    await page.close();
    expect(violations).toEqual([]);
  }, 120_000);

  it('blocks an inline script the build did not hash', async () => {
    const page = await browser.newPage();
    const policy = (await fetch(`${origin}/`)).headers.get('content-security-policy')!;
    await page.route(`${origin}/csp-canary/`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', headers: { 'Content-Security-Policy': policy }, body: '<!doctype html><title>x</title><script>document.title = "ran"</script>' }),
    );
    const violations = await violationsOn(page, '/csp-canary/');
    expect(await page.title()).toBe('x');
    expect(violations.join('\n')).toMatch(/inline script violates the following Content Security Policy/);
    await page.close();
  });

  it.runIf(existsSync(join(DIST, 'search/index.html')))('lets search run (Pagefind needs WebAssembly)', async () => {
    const page = await browser.newPage();
    const violations = await violationsOn(page, '/search/?q=inclusion', async (loaded) => {
      // Results only appear if Pagefind's script and WebAssembly were allowed to run.
      await loaded.waitForFunction(() => /\d+ results?\b/i.test(document.querySelector('main')?.textContent ?? ''), undefined, { timeout: 15_000 });
    });
    expect(violations).toEqual([]);
    await page.close();
  });
});
