import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../tools/serve/chromium';
import { serveStatic, type StaticServer } from '../../tools/serve/static-server';
import { FIXTURE } from '../support/dist';

/*
 * Every page of the fixture site works under the site's Content Security Policy, sent as
 * the header from its _headers file and as the <meta> the build adds: nothing the site
 * itself needs is refused, search included.
 */

let browser: Browser;
let server: StaticServer;
let origin: string;

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
  [server, browser] = await Promise.all([serveStatic(FIXTURE.root, { headers: true }), launchChromium()]);
  origin = server.origin;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the Content Security Policy', () => {
  it('is sent as a header and allows every page of the site', async () => {
    const response = await fetch(`${origin}/`);
    expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
    const paths = [...FIXTURE.sitemapPaths(), '/404.html'];
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

  it('lets search run (Pagefind needs WebAssembly)', async () => {
    const page = await browser.newPage();
    const violations = await violationsOn(page, '/search/?q=workshop', async (loaded) => {
      // Results only appear if Pagefind's script and WebAssembly were allowed to run.
      await loaded.waitForFunction(() => /\d+ results?\b/i.test(document.querySelector('main')?.textContent ?? ''), undefined, { timeout: 15_000 });
    });
    expect(violations).toEqual([]);
    await page.close();
  });
});
