import { readFileSync } from 'node:fs';
import { load } from 'cheerio';
import type { Browser, Page, Request } from 'playwright-core';
import { addSizes, compressedSize, isPrecompressed, NO_BYTES, type Compressed } from './compressed-size.ts';
import { fileForPath } from '../serve/static-server.ts';
import { withoutExpansions } from './reading-check.ts';

/*
 * What a phone downloads on a first visit (empty cache) to a page, measured in real
 * Chromium so stylesheets, scripts, fonts and images referenced from anywhere count,
 * with each response's compressed size worked out from the built file.
 */

export type Category = 'html' | 'css' | 'js' | 'font' | 'image' | 'search index' | 'other';
export const CATEGORIES: Category[] = ['html', 'css', 'js', 'font', 'image', 'search index', 'other'];

export interface Fetched {
  path: string;
  category: Category;
  size: Compressed;
}

export interface Visit {
  path: string;
  fetched: Fetched[];
  byCategory: Record<Category, Compressed>;
  total: Compressed;
  /** Script written into the HTML itself: already inside the html figure, counted again as script. */
  inlineScript: Compressed;
  /** Styles written into the HTML itself: already inside the html figure, counted again as CSS. */
  inlineStyle: Compressed;
  /** Requests that hold up the first paint: stylesheets for all media, and scripts without async, defer or type=module. */
  renderBlocking: string[];
  /** Cumulative layout shift while loading and scrolling to the end. */
  layoutShift: number;
  images: { total: number; withoutDimensions: number; withoutLazyLoading: number; withoutSizes: number };
}

export const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 3,
  isMobile: true,
  hasTouch: true,
};

function categoryOf(request: Request): Category {
  const path = new URL(request.url()).pathname;
  if (isPrecompressed(path) || path.endsWith('.pf_meta') || /pagefind-entry\.json$/.test(path)) return 'search index';
  switch (request.resourceType()) {
    case 'document':
      return 'html';
    case 'stylesheet':
      return 'css';
    case 'script':
      return 'js';
    case 'font':
      return 'font';
    case 'image':
      return 'image';
    default:
      return 'other';
  }
}

function sizeOf(outDir: string, path: string): Compressed {
  const file = fileForPath(outDir, path);
  return file ? compressedSize(readFileSync(file), isPrecompressed(file)) : NO_BYTES;
}

function sum(sizes: Compressed[]): Compressed {
  return sizes.reduce(addSizes, NO_BYTES);
}

function summarise(path: string, fetched: Fetched[], html: string, layoutShift: number): Visit {
  const $ = load(html);
  const scriptTypes = new Set(['', 'text/javascript', 'module', 'application/javascript']);
  const inlineScripts = $('script:not([src])')
    .filter((_, element) => scriptTypes.has(($(element).attr('type') ?? '').toLowerCase()))
    .map((_, element) => $(element).text())
    .get()
    .join('\n');
  const inlineStyles = $('style').map((_, element) => $(element).text()).get().join('\n');
  const renderBlocking = [
    ...$('link[rel~="stylesheet"]')
      .filter((_, element) => ['', 'all', 'screen'].includes(($(element).attr('media') ?? '').trim()))
      .map((_, element) => `stylesheet ${$(element).attr('href')}`)
      .get(),
    ...$('script[src]')
      .filter((_, element) => {
        const script = $(element);
        return script.attr('async') === undefined && script.attr('defer') === undefined && script.attr('type') !== 'module';
      })
      .map((_, element) => `script ${$(element).attr('src')}`)
      .get(),
  ];
  const images = $('img');
  const byCategory = Object.fromEntries(
    CATEGORIES.map((category) => [category, sum(fetched.filter((item) => item.category === category).map((item) => item.size))]),
  ) as Record<Category, Compressed>;
  return {
    path,
    fetched,
    byCategory,
    total: sum(fetched.map((item) => item.size)),
    inlineScript: inlineScripts ? compressedSize(Buffer.from(inlineScripts)) : NO_BYTES,
    inlineStyle: inlineStyles ? compressedSize(Buffer.from(inlineStyles)) : NO_BYTES,
    renderBlocking,
    layoutShift,
    images: {
      total: images.length,
      withoutDimensions: images.filter((_, image) => !$(image).attr('width') || !$(image).attr('height')).length,
      withoutLazyLoading: images.filter((_, image) => $(image).attr('loading') !== 'lazy').length,
      withoutSizes: images.filter((_, image) => $(image).attr('srcset') !== undefined && !$(image).attr('sizes')).length,
    },
  };
}

const LAYOUT_SHIFT_OBSERVER = `
  window.__layoutShift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__layoutShift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
`;

async function newPhonePage(browser: Browser, javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({ ...PHONE, javaScriptEnabled });
  await context.addInitScript(LAYOUT_SHIFT_OBSERVER);
  return context.newPage();
}

function recordRequests(page: Page, outDir: string): Fetched[] {
  const fetched: Fetched[] = [];
  page.on('requestfinished', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'http:') return;
    fetched.push({ path: url.pathname, category: categoryOf(request), size: sizeOf(outDir, url.pathname) });
  });
  return fetched;
}

/** Scrolls to the end so lazy images load and any late shift is counted. */
async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight) {
      window.scrollTo(0, y);
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 30)));
    }
  });
}

/** A first visit to one page on a phone-sized screen with an empty cache. */
export async function measureFirstVisit(browser: Browser, origin: string, outDir: string, path: string): Promise<Visit> {
  const page = await newPhonePage(browser);
  const fetched = recordRequests(page, outDir);
  const response = await page.goto(origin + path, { waitUntil: 'networkidle' });
  if (!response?.ok()) throw new Error(`${path} answered ${response?.status()} in the benchmark build.`);
  await scrollThrough(page);
  await page.waitForLoadState('networkidle');
  const layoutShift = await page.evaluate(() => (window as unknown as { __layoutShift: number }).__layoutShift);
  await page.context().close();
  const html = readFileSync(fileForPath(outDir, path)!, 'utf8');
  return summarise(path, fetched, html, layoutShift);
}

/** The text of `main` as a phone shows it with JavaScript switched off. */
export async function textWithoutJavaScript(browser: Browser, origin: string, path: string): Promise<string> {
  const page = await newPhonePage(browser, false);
  await page.goto(origin + path);
  const text = await page.locator('main').innerText();
  const expansions = await page.locator('main .expansion').allInnerTexts();
  await page.context().close();
  return withoutExpansions(text, expansions);
}

export interface SearchVisit {
  /** The search page's own first visit, before typing. */
  page: Visit;
  /** What typing the query and showing its results fetched on top. */
  search: Fetched[];
  searchTotal: Compressed;
  total: Compressed;
  /** How many result fragments were loaded: zero means the query found nothing. */
  resultsLoaded: number;
}

/** Opens the search page as a first visit, types a query and waits for its results. */
export async function measureFirstSearch(
  browser: Browser,
  origin: string,
  outDir: string,
  path: string,
  query: string,
): Promise<SearchVisit> {
  const page = await newPhonePage(browser);
  const fetched = recordRequests(page, outDir);
  await page.goto(origin + path, { waitUntil: 'networkidle' });
  const pageFetched = fetched.splice(0);
  const input = page.locator('main input[type="search"], main input[type="text"], main input:not([type])').first();
  await input.fill(query);
  await input.press('Enter').catch(() => undefined);
  // Pagefind loads fragments last, one per result shown; wait until they stop arriving.
  const deadline = Date.now() + 15_000;
  let seen = -1;
  while (Date.now() < deadline) {
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(750);
    if (fetched.length === seen) break;
    seen = fetched.length;
  }
  await page.context().close();
  const html = readFileSync(fileForPath(outDir, path)!, 'utf8');
  const visit = summarise(path, pageFetched, html, 0);
  const searchTotal = sum(fetched.map((item) => item.size));
  return {
    page: visit,
    search: fetched,
    searchTotal,
    total: addSizes(visit.total, searchTotal),
    resultsLoaded: fetched.filter((item) => item.path.endsWith('.pf_fragment')).length,
  };
}
