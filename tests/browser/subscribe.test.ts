import { describe, expect, it } from 'vitest';
import { FIXTURE } from '../support/dist';
import { useServedSite } from '../support/site-tab';

/* The subscribe page on a phone: copy buttons shown only where they work, copying the address shown. */

const served = useServedSite(FIXTURE);

describe('the subscribe page at 320px', () => {
  it('copies a feed address with its button and says so', async () => {
    const context = await served.browser.newContext({ viewport: { width: 320, height: 640 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: served.origin });
    const tab = await context.newPage();
    await tab.goto(`${served.origin}/subscribe/`);
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
    const context = await served.browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
    const tab = await context.newPage();
    await tab.goto(`${served.origin}/subscribe/`);
    expect(await tab.locator('button[data-copy]:visible').count()).toBe(0);
    expect(await tab.locator('code.address').count()).toBeGreaterThan(10);
    const words = await tab.locator('main').innerText();
    expect(words).not.toMatch(/\)\)/);
    expect(words).toContain('RSS (Really Simple Syndication)');
    await context.close();
  });
});
