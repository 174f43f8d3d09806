import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeProblems, horizontalScrollProblems, textSpacingProblems } from '../support/a11y-checks';
import { FIXTURE } from '../support/dist';
import { useServedSite } from '../support/site-tab';

/*
 * Reading preferences in a real browser: chosen by keyboard, saved on the device only,
 * applied before first paint on every page, still accessible in every combination, and
 * without JavaScript the site follows the operating system's settings.
 */

const KEY = 'reading-preferences';
const BULLETIN = '/bulletins/2026-01/';
const served = useServedSite(FIXTURE);

async function freshPage(options: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await served.browser.newContext(options);
  return { context, page: await context.newPage() };
}

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

describe('choosing preferences', () => {
  test('by keyboard alone, announced, saved in localStorage and nowhere else', async () => {
    const { context, page } = await freshPage();
    await page.goto(`${served.origin}/reading-preferences/`);
    expect(await page.locator('#reading-preferences').isVisible()).toBe(true);
    expect(await page.locator('#reading-preferences-no-script').isVisible()).toBe(false);

    // Tab to the colours group, then arrow keys move between its radio buttons.
    const firstRadio = page.locator('input[name="scheme"][value="device"]');
    for (let press = 0; press < 40 && !(await firstRadio.evaluate((input) => input === document.activeElement)); press += 1) {
      await page.keyboard.press('Tab');
    }
    expect(await firstRadio.evaluate((input) => input === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('input[name="scheme"]:checked').getAttribute('value')).toBe('dark');
    expect(await page.evaluate(() => document.documentElement.dataset.scheme)).toBe('dark');
    expect(await page.locator('#reading-preferences-status').textContent()).toBe('Saved on this device.');
    expect(await page.locator('#reading-preferences-status').getAttribute('role')).toBe('status');

    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.documentElement.dataset.textSize)).toBe('large');

    const stored = await page.evaluate(() => ({ keys: Object.keys(localStorage), value: localStorage.getItem('reading-preferences'), cookie: document.cookie }));
    expect(stored.keys).toEqual([KEY]);
    expect(JSON.parse(stored.value!)).toEqual({ scheme: 'dark', textSize: 'large' });
    expect(stored.cookie).toBe('');
    expect(await context.cookies()).toEqual([]);

    // The form shows the saved choices when you come back.
    await page.reload();
    expect(await page.locator('input[name="scheme"]:checked').getAttribute('value')).toBe('dark');
    expect(await page.locator('input[name="textSize"]:checked').getAttribute('value')).toBe('large');

    // Going back to the device's settings removes what was stored.
    await page.locator('button[type="reset"]').click();
    await expect.poll(() => page.evaluate(() => Object.keys(localStorage))).toEqual([]);
    expect(await page.evaluate(() => ({ ...document.documentElement.dataset }))).toEqual({});
    await context.close();
  });
});

describe('saved preferences', () => {
  test('are applied before the first paint of any page', async () => {
    const { context, page } = await freshPage({ colorScheme: 'light' });
    await context.addInitScript(`
      localStorage.setItem('reading-preferences', JSON.stringify({ scheme: 'cream', textSize: 'largest', lineSpacing: 'wide', letterSpacing: 'widest' }));
      // Records <html>'s attributes the moment <body> is created, before anything can paint.
      new MutationObserver((records, observer) => {
        if (document.body) {
          window.__atFirstBody = { ...document.documentElement.dataset };
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    `);
    await page.goto(served.origin + BULLETIN);
    expect(await page.evaluate('window.__atFirstBody')).toEqual({ scheme: 'cream', textSize: 'largest', lineSpacing: 'wide', letterSpacing: 'widest' });
    expect(await background(page)).toBe('rgb(251, 245, 228)');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('24px');
    await context.close();
  });

  test('ignore anything in storage that is not a known preference', async () => {
    const { context, page } = await freshPage();
    await context.addInitScript(`localStorage.setItem('reading-preferences', '{"scheme":"x\\\\" onload","evil":"dark","textSize":"large"}')`);
    await page.goto(served.origin + BULLETIN);
    expect(await page.evaluate(() => ({ ...document.documentElement.dataset }))).toEqual({ textSize: 'large' });
    await context.close();
  });

  const schemes = ['light', 'dark', 'high-contrast', 'cream'];
  test.each(schemes)('%s colours, with the largest text and widest spacing, stay accessible at 320px', async (scheme) => {
    const { context, page } = await freshPage({ viewport: { width: 320, height: 800 }, colorScheme: scheme === 'light' ? 'dark' : 'light' });
    await context.addInitScript(
      `localStorage.setItem('reading-preferences', ${JSON.stringify(JSON.stringify({ scheme, textSize: 'largest', lineSpacing: 'widest', letterSpacing: 'widest' }))})`,
    );
    const problems: string[] = [];
    for (const path of [BULLETIN, '/have-your-say/short-breaks-statement/', '/reading-preferences/']) {
      await page.goto(served.origin + path);
      expect(await page.evaluate(() => document.documentElement.dataset.scheme)).toBe(scheme);
      problems.push(...(await axeProblems(page)), ...(await horizontalScrollProblems(page)), ...(await textSpacingProblems(page)));
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe("the device's own settings", () => {
  test.each(['light', 'dark'] as const)('more contrast in %s mode passes axe', async (colorScheme) => {
    const { context, page } = await freshPage({ colorScheme, contrast: 'more' });
    const problems: string[] = [];
    for (const path of [BULLETIN, '/have-your-say/']) {
      await page.goto(served.origin + path);
      problems.push(...(await axeProblems(page)));
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('without JavaScript', () => {
  test('the site follows the device: dark colours, more contrast, and no form that cannot save', async () => {
    const { context, page } = await freshPage({ javaScriptEnabled: false, colorScheme: 'dark' });
    await page.goto(served.origin + BULLETIN);
    expect(await background(page)).toBe('rgb(15, 20, 22)');
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await background(page)).toBe('rgb(255, 255, 255)');
    const normalText = await page.evaluate(() => getComputedStyle(document.querySelector('.meta')!).color);
    await page.emulateMedia({ colorScheme: 'light', contrast: 'more' });
    const moreContrastText = await page.evaluate(() => getComputedStyle(document.querySelector('.meta')!).color);
    expect(moreContrastText).toBe('rgb(0, 0, 0)');
    expect(moreContrastText).not.toBe(normalText);

    await page.goto(`${served.origin}/reading-preferences/`);
    expect(await page.locator('#reading-preferences').isVisible()).toBe(false);
    expect(await page.locator('#reading-preferences-no-script').isVisible()).toBe(true);
    await context.close();
  });
});
