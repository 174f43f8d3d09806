import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FIXTURE } from '../support/dist';
import { useServedSite } from '../support/site-tab';

/*
 * A phone at 320 pixels wide, on the fixture site: nothing hidden off-screen, a long title
 * does not push the facts off the first screen, the breadcrumb never starts a line with
 * its "›", the header is the same height on every page, headings are smaller than on a
 * desktop, and past events are marked as past in words.
 */

const PHONE = { width: 320, height: 640 };
const TIMETABLE = '/bulletins/2026-01/';
/** The fixture event with the longest title, written to wrap on a phone. */
const LONG_TITLE = '/events/2026-06-10-summer-transition-fair/';
const served = useServedSite(FIXTURE);

async function phoneTab(path: string, width = PHONE.width): Promise<Page> {
  const tab = await served.browser.newPage({ viewport: { ...PHONE, width } });
  await tab.goto(`${served.origin}${path}`);
  return tab;
}

describe('at 320 pixels wide', () => {
  it('stacks each timetable row into labelled lines, with nothing off-screen and the caption whole, still a table to screen readers', async () => {
    const tab = await phoneTab(TIMETABLE);
    const layout = await tab.evaluate(() => {
      const table = document.querySelector('main table')!;
      const caption = table.querySelector('caption')!;
      return {
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        rightmost: Math.max(...[...table.querySelectorAll('caption, th, td')].map((cell) => cell.getBoundingClientRect().right)),
        captionWhole: caption.scrollWidth <= Math.ceil(caption.getBoundingClientRect().width),
        labels: [...table.querySelectorAll('tbody td')].map((cell) => [getComputedStyle(cell, '::before').content, cell.getAttribute('data-label')]),
      };
    });
    expect(layout.overflow).toBeLessThanOrEqual(0);
    expect(layout.rightmost).toBeLessThanOrEqual(PHONE.width);
    expect(layout.captionWhole).toBe(true);
    expect(layout.labels.length).toBeGreaterThan(0);
    for (const [shown, label] of layout.labels) expect(shown).toContain(label);
    const tree = await tab.locator('main table').ariaSnapshot();
    expect(tree).toMatch(/^- table/);
    expect(tree).toMatch(/- '?rowheader /);
    expect(tree).toMatch(/- '?cell /);
    await tab.close();
  });

  it('shows When and Where on the first screen of an event with a long title', async () => {
    const tab = await phoneTab(LONG_TITLE);
    const { titleLines, whereBottom } = await tab.evaluate(() => {
      const h1 = document.querySelector('h1')!;
      const where = [...document.querySelectorAll('main dt')].find((dt) => dt.textContent?.trim() === 'Where')!;
      return {
        titleLines: Math.round(h1.getBoundingClientRect().height / parseFloat(getComputedStyle(h1).lineHeight)),
        whereBottom: where.nextElementSibling!.getBoundingClientRect().bottom,
      };
    });
    expect(titleLines).toBeGreaterThan(1);
    expect(whereBottom).toBeLessThanOrEqual(PHONE.height);
    await tab.close();
  });

  it('never starts a line of the breadcrumb with its separator, where the trail wraps', async () => {
    // At 320px the current page's crumb is hidden (the heading repeats it); at 700px it shows and wraps.
    for (const [path, width] of [[LONG_TITLE, 320], [LONG_TITLE, 700], ['/have-your-say/sensory-support-workshops-interest/', 500]] as const) {
      const tab = await phoneTab(path, width);
      const starts = await tab.evaluate(() => {
        const list = document.querySelector('.breadcrumbs ol')!.getBoundingClientRect();
        const lines = new Set<number>();
        // Where each line of the trail starts, and whether a crumb's "›" is there.
        return [...document.querySelectorAll('.breadcrumbs li + li')].flatMap((li) => {
          const first = li.getClientRects()[0];
          if (!first || lines.has(first.top)) return [];
          lines.add(first.top);
          return first.left - list.left < 1 ? [li.textContent] : [];
        });
      });
      expect(starts, `${path} at ${width}px`).toEqual([]);
      if (width === 700) expect(await tab.locator('.breadcrumbs ol').evaluate((list) => list.getBoundingClientRect().height > 40), 'the trail wraps').toBe(true);
      await tab.close();
    }
  });

  it('keeps the header the same height on pages whose menu item is marked as current, and others', async () => {
    const heights = new Map<string, number>();
    for (const path of ['/', '/bulletins/', TIMETABLE, '/events/', LONG_TITLE, '/have-your-say/', '/areas-of-need/', '/search/', '/subscribe/', '/glossary/']) {
      const tab = await phoneTab(path);
      heights.set(path, await tab.evaluate(() => Math.round(document.querySelector('.site-header')!.getBoundingClientRect().height)));
      await tab.close();
    }
    expect(new Set(heights.values()), JSON.stringify(Object.fromEntries(heights))).toHaveProperty('size', 1);
  });

  it('scales headings down from their desktop size', async () => {
    const size = async (width: number) => {
      const tab = await phoneTab(LONG_TITLE, width);
      const px = await tab.evaluate(() => parseFloat(getComputedStyle(document.querySelector('h1')!).fontSize));
      await tab.close();
      return px;
    };
    expect(await size(320)).toBeLessThan(await size(1280));
  });
});

describe('events in lists', () => {
  it("marks a past event as past, in words, in its bulletin's list", () => {
    const $ = FIXTURE.page('/bulletins/2025-11/');
    const card = $('#events-in-this-bulletin').parent().find('a[href="/events/2025-11-20-autism-awareness-webinar/"]').closest('li');
    expect(card.find('.tag').text().trim()).toBe('Past event');
  });

  it('/events/ links to subscribing to the calendar', () => {
    expect(FIXTURE.page('/events/')('main a[href="/subscribe/#calendar"]')).toHaveLength(1);
    expect(FIXTURE.page('/subscribe/')('#calendar')).toHaveLength(1);
  });
});
