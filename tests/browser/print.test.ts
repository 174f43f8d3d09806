import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchChromium } from '../../tools/serve/chromium';
import { serveStatic, type StaticServer } from '../../tools/serve/static-server';
import { FIXTURE } from '../support/dist';

/* A printed bulletin: the content and where its links go, without the site's navigation. */

let server: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([serveStatic(FIXTURE.root), launchChromium()]);
  page = await browser.newPage();
  await page.goto(`${server.origin}/bulletins/2026-01/`);
  await page.emulateMedia({ media: 'print' });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const shown = (selector: string) =>
  page.evaluate((css) => [...document.querySelectorAll(css)].some((element) => getComputedStyle(element).display !== 'none'), selector);

test('leaves out navigation, breadcrumbs, the contents list, the skip link and the footer', async () => {
  for (const selector of ['nav[aria-label="Main"]', 'nav[aria-label="Breadcrumb"]', 'nav.contents', '.skip-link', 'footer']) {
    expect(await shown(selector), selector).toBe(false);
  }
});

test('keeps the bulletin itself', async () => {
  expect(await shown('main h1')).toBe(true);
  expect(await shown('main .prose')).toBe(true);
  expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
});

test('prints the address of every link to another website after its text', async () => {
  const links = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLAnchorElement>('main a[href^="http"]')].map((link) => ({
      href: link.getAttribute('href'),
      after: getComputedStyle(link, '::after').content,
    })),
  );
  expect(links.length).toBeGreaterThan(0);
  for (const link of links) expect(link.after).toBe(`" (${link.href})"`);
});

test('prints black text on white even when the reader chose dark colours', async () => {
  await page.evaluate(() => (document.documentElement.dataset.scheme = 'high-contrast'));
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
  expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
});
