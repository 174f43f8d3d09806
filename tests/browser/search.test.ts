import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FIXTURE } from '../support/dist';
import { useServedSite } from '../support/site-tab';

/*
 * Search as a visitor uses it, in Chromium against the fixture site: type words from a
 * bulletin, get that bulletin's article, narrow with a filter, go back.
 */

const builtPage = FIXTURE.page;
const served = useServedSite(FIXTURE);

/** A sentence from the middle of a bulletin article, and the address of that article's heading. */
function phraseFromBulletin(): { phrase: string; articleHref: string } {
  const path = '/bulletins/2026-01/';
  const $ = builtPage(path);
  const heading = $('.prose h2').eq(1);
  const paragraph = heading.nextAll('p').first().text();
  // Five words from the article's first paragraph, not its heading.
  const phrase = paragraph.split(/\s+/).slice(6, 11).join(' ');
  return { phrase, articleHref: `${path}#${heading.attr('id')}` };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const searchBox = (tab: Page) => tab.getByLabel('Search bulletins, events and requests to have your say');
const statusText = (tab: Page) => tab.locator('[role="status"]').textContent();
const resultLinks = (tab: Page) =>
  tab.locator('[data-search-list] a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
const resultTypes = (tab: Page) =>
  tab
    .locator('[data-search-list] > li > .meta')
    .evaluateAll((metas) => metas.map((meta) => meta.textContent?.split(':')[0]));

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * WCAG 2.2 A and AA failures axe-core finds on the page as it is now. `exclude` leaves out
 * what the browser itself injects, such as Chromium's banner about removing XSLT.
 */
async function axeViolations(tab: Page, exclude: string[] = []): Promise<string[]> {
  // evaluate, not addScriptTag: the Content Security Policy rightly blocks an injected inline script.
  await tab.evaluate(axeSource);
  return tab.evaluate(async (excluded) => {
    type Violation = { id: string; nodes: { html: string }[] };
    type Axe = { run: (context: object, options: object) => Promise<{ violations: Violation[] }> };
    const result = await (window as unknown as { axe: Axe }).axe.run(
      { include: [['html']], exclude: excluded.map((selector) => [selector]) },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } },
    );
    return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(' | ')}`);
  }, exclude);
}

async function waitForResults(tab: Page, previous = ''): Promise<string> {
  await tab.waitForFunction(
    (before) => {
      const text = document.querySelector('[role="status"]')?.textContent ?? '';
      return /result/i.test(text) && text !== before;
    },
    previous,
  );
  return (await statusText(tab)) ?? '';
}

/** The number of results the status message announces, such as "12 results for …". */
function resultCount(status: string): number {
  const match = /(\d+) results?/.exec(status);
  if (!match) throw new Error(`No result count in the status message "${status}".`);
  return Number(match[1]);
}

describe('search', () => {
  it("finds a bulletin's article from a phrase in it, linking to the article's heading", async () => {
    const tab = await served.browser.newPage();
    const requested: string[] = [];
    tab.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await tab.goto(`${served.origin}/search/`);
    expect(requested.some((path) => path.startsWith('/pagefind/'))).toBe(false);

    const { phrase, articleHref } = phraseFromBulletin();
    expect(phrase.split(' ')).toHaveLength(5);
    await searchBox(tab).fill(phrase);
    await searchBox(tab).press('Enter');
    const status = await waitForResults(tab);

    expect(requested).toContain('/pagefind/pagefind.js');
    expect(await resultLinks(tab)).toContain(articleHref);
    expect(status).toMatch(new RegExp(`^\\d+ results? for “${escapeRegExp(phrase)}”`));
    expect(await tab.locator('[role="status"]').getAttribute('aria-live')).toBe('polite');
    expect(new URL(tab.url()).searchParams.get('q')).toBe(phrase);
    expect(await tab.title()).toMatch(new RegExp(`^Search results for “${escapeRegExp(phrase)}” – `));
    // Focus stays in the search box, so the person can refine the words.
    expect(await tab.evaluate(() => document.activeElement?.id)).toBe('search-query');
    await tab.close();
  });

  it('narrows results with a filter, keeps it in the address and restores the search on back', async () => {
    const tab = await served.browser.newPage();
    await tab.goto(`${served.origin}/search/?q=workshop`);
    expect(await searchBox(tab).inputValue()).toBe('workshop');
    const before = await waitForResults(tab);
    // The words match events and requests to have your say alike.
    const totalBefore = resultCount(before);
    expect(totalBefore).toBeGreaterThan(3);

    // Keyboard only: open the filters, tick "Event".
    await tab.locator('summary', { hasText: 'Filter results' }).focus();
    await tab.keyboard.press('Enter');
    await tab.getByRole('checkbox', { name: 'Event', exact: true }).focus();
    await tab.keyboard.press('Space');
    const after = await waitForResults(tab, before);

    expect(after).toMatch(/with 1 filter/);
    const typesAfter = await resultTypes(tab);
    expect(typesAfter.length).toBeGreaterThan(0);
    expect(resultCount(after)).toBeLessThan(totalBefore);
    expect(new Set(typesAfter)).toEqual(new Set(['Event']));
    expect(new URL(tab.url()).searchParams.getAll('type')).toEqual(['Event']);
    // Each event result says when it is, as its page does.
    const firstHref = (await resultLinks(tab))[0]!;
    const when = builtPage(firstHref)('.summary-list time').first().text();
    expect(await tab.locator('[data-search-list] > li > .meta').first().textContent()).toBe(`Event: ${when}`);

    const first = (await resultLinks(tab))[0]!;
    await tab.locator('[data-search-list] a').first().click();
    await tab.waitForURL((url) => url.pathname === first.split('#')[0]);
    await tab.goBack();
    await tab.waitForURL((url) => url.pathname === '/search/');
    await tab.waitForFunction(() => /result/.test(document.querySelector('[role="status"]')?.textContent ?? ''));
    expect(await searchBox(tab).inputValue()).toBe('workshop');
    expect(await tab.getByRole('checkbox', { name: 'Event', exact: true }).isChecked()).toBe(true);
    expect(new Set(await resultTypes(tab))).toEqual(new Set(['Event']));
    await tab.close();
  });

  it('moves focus to the first new result when more results are shown', async () => {
    const tab = await served.browser.newPage();
    await tab.goto(`${served.origin}/search/?type=Event`);
    await waitForResults(tab);
    const more = tab.getByRole('button', { name: 'Show more results' });
    const shown = (await resultLinks(tab)).length;
    expect(shown).toBe(5);
    await more.focus();
    await tab.keyboard.press('Enter');
    await tab.waitForFunction((count) => document.querySelectorAll('[data-search-list] > li').length > count, shown);
    const focused = await tab.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(focused).toBe((await resultLinks(tab))[shown]);
    await tab.close();
  });

  it('has no axe-detectable accessibility failures with results and filters showing', async () => {
    const tab = await served.browser.newPage();
    await tab.goto(`${served.origin}/search/?q=workshop&type=Event`);
    await waitForResults(tab);
    expect(await axeViolations(tab)).toEqual([]);
    await tab.close();
  });

  it('says without JavaScript that search needs it, and links to the archives', async () => {
    const context = await served.browser.newContext({ javaScriptEnabled: false });
    const tab = await context.newPage();
    await tab.goto(`${served.origin}/search/?q=workshop`);
    await expect(tab.getByText('Search needs JavaScript').isVisible()).resolves.toBe(true);
    expect(await tab.locator('form[role="search"]').isVisible()).toBe(false);
    expect(await tab.getByRole('link', { name: 'All bulletins' }).isVisible()).toBe(true);
    await context.close();
  });
});

describe('the subscribe page', () => {
  it('has no axe-detectable accessibility failures', async () => {
    const tab = await served.browser.newPage();
    await tab.goto(`${served.origin}/subscribe/`);
    expect(await axeViolations(tab)).toEqual([]);
    await tab.close();
  });
});
