import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FIXTURE } from '../support/dist';
import { useServedSite } from '../support/site-tab';

/*
 * A parent on a phone, 320 by 640 pixels, on the fixture site: what is for families is
 * reached first and says who it is for; "In short" sits under its heading; a term opens
 * its explanation; a form without a link offers an email; the statutory pages are a tap
 * from every footer. The build tests check the same markup on every page; this checks
 * that a phone shows it.
 */

const served = useServedSite(FIXTURE);

async function onPhone(path: string, run: (tab: Page) => Promise<void>): Promise<void> {
  const tab = await served.browser.newPage({ viewport: { width: 320, height: 640 } });
  try {
    await tab.goto(served.origin + path);
    await run(tab);
  } finally {
    await tab.close();
  }
}

describe('a parent on a phone', () => {
  it('meets things for families first on the home page, each saying who it is for', () =>
    onPhone('/', async (tab) => {
      const firstSection = tab.locator('main section').first();
      await expect.poll(() => firstSection.locator('h2').textContent()).toBe('For families');
      const firstCard = firstSection.locator('.card-list > li').first();
      expect(await firstCard.locator('.audience').isVisible()).toBe(true);
      expect(await firstCard.locator('.audience').textContent()).toMatch(/^For parents and carers/);
      // Within two screens of scrolling.
      expect((await firstCard.boundingBox())!.y).toBeLessThan(2 * 640);
    }));

  it('reads "In short" straight under an article heading, and follows a term to what it means', async () => {
    await onPhone('/bulletins/2026-01/', async (tab) => {
      const inShort = tab.locator('#send-information-evening + .in-short');
      expect(await inShort.isVisible()).toBe(true);
      expect(await inShort.textContent()).toMatch(/^In short: An evening for parents and carers/);
    });
    await onPhone('/have-your-say/short-breaks-statement/', async (tab) => {
      await tab.locator('main a.term').first().click();
      await tab.waitForURL(/\/glossary\/#respite$/);
      expect(await tab.locator('#respite').isVisible()).toBe(true);
      expect(await tab.evaluate(() => document.querySelector('#respite')!.getBoundingClientRect().top)).toBeLessThan(640);
    });
  });

  it('is offered an email with the subject filled in where the bulletin gives no link to a form', () =>
    onPhone('/events/2026-03-10-inclusion-conference/', async (tab) => {
      const ask = tab.locator('section[aria-labelledby="booking"] a[href^="mailto:"]');
      expect(await ask.isVisible()).toBe(true);
      expect(await ask.textContent()).toBe('Email Sam Fixture to ask for “Inclusion conference booking form”');
      const box = (await ask.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(320);
    }));

  it('finds another way to get the information, and a way to say what they think, in every footer', () =>
    onPhone('/events/', async (tab) => {
      await tab.locator('footer').getByRole('link', { name: /^Another way to get this information/ }).click();
      await tab.waitForURL(/\/another-way\/$/);
      expect(await tab.locator('h1').textContent()).toBe('Another way to get this information');
      const feedback = tab.locator('footer').getByRole('link', { name: 'Tell us what you think of this page' });
      expect(await feedback.getAttribute('href')).toMatch(/^mailto:.+\?subject=Feedback%20on%20the%20page%3A%20Another%20way/);
      await tab.locator('footer').getByRole('link', { name: 'what people told us and what we did' }).click();
      await tab.waitForURL(/\/you-said-we-did\/$/);
      expect(await tab.locator('main .card-list > li').count()).toBeGreaterThan(0);
      expect(await tab.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    }));
});
