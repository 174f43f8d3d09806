import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../tools/serve/chromium';
import { serveStatic, type StaticServer } from '../../tools/serve/static-server';
import { FIXTURE } from '../support/dist';

/* The subscribe page on a phone: copy buttons shown only where they work, copying the address shown. */

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([serveStatic(FIXTURE.root), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the subscribe page at 320px', () => {
  it('copies a feed address with its button and says so', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    const tab = await context.newPage();
    await tab.goto(`${server.origin}/subscribe/`);
    const button = tab.locator('#for-whom ~ ul button[data-copy]').first();
    const address = await button.getAttribute('data-copy');
    expect(address).toMatch(/\/for\/[a-z-]+\/rss\.xml$/);
    await button.click();
    await tab.waitForFunction(() => /^Copied /.test(document.querySelector('[data-copy-status]')?.textContent ?? ''));
    expect(await tab.evaluate(() => navigator.clipboard.readText())).toBe(address);
    expect(await tab.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await context.close();
  });

  it('shows no copy buttons without JavaScript, but still shows every address, and explains feeds without a double bracket', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
    const tab = await context.newPage();
    await tab.goto(`${server.origin}/subscribe/`);
    expect(await tab.locator('button[data-copy]:visible').count()).toBe(0);
    expect(await tab.locator('code.address').count()).toBeGreaterThan(10);
    const words = await tab.locator('main').innerText();
    expect(words).not.toMatch(/\)\)/);
    expect(words).toContain('RSS (Really Simple Syndication)');
    await context.close();
  });
});
