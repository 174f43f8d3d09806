import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  axeProblems,
  forcedColorsProblems,
  horizontalScrollProblems,
  keyboardProblems,
  reducedMotionProblems,
  skipLinkProblems,
  targetSizeProblems,
  textSpacingProblems,
} from '../support/a11y-checks';
import { launchChromium } from '../../tools/serve/chromium';
import { serveStatic, type StaticServer } from '../../tools/serve/static-server';
import { FIXTURE } from '../support/dist';

/*
 * Proof that the browser suite can fail: copies of the fixture site's home page, each broken in
 * one way, served like the real site and put through the same check functions. Each
 * check must name the defect on its broken page and pass on the untouched page.
 */

/** Each broken page: what is added to the end of <main>, or to <head>. */
const BROKEN: Record<string, { main?: string; head?: string; edit?: (html: string) => string }> = {
  'missing-alt': { main: '<img src="/photo.png" width="100" height="80">' },
  'low-contrast': { main: '<p style="color:#b8b8b8;background:#ffffff">Hard to read grey text</p>' },
  'fixed-width': { main: '<div style="width:600px">A box wider than a phone</div>' },
  'clipped-text': {
    main: '<p style="height:1.6em;overflow:hidden;max-width:10rem">A sentence long enough to wrap onto several lines once spacing grows.</p>',
  },
  'overlapping-text': {
    main: '<div style="height:1.5em">First line of a box too short for its text, which wraps onto a second line and a third line</div><p>Next paragraph</p>',
  },
  'small-targets': {
    main: '<p><button style="all:unset;display:inline-block;width:12px;height:12px;background:#1d5fa7" aria-label="One"></button><button style="all:unset;display:inline-block;width:12px;height:12px;background:#1d5fa7" aria-label="Two"></button></p>',
  },
  'no-focus-style': {
    head: '<style>a:focus-visible, a:focus { outline: none !important; box-shadow: none !important; background: none !important; color: inherit !important; }</style>',
  },
  'hidden-focus': {
    head: '<style>.site-footer { position: sticky; bottom: 0; } body { padding-bottom: 0 }</style>',
  },
  'no-skip-link': { edit: (html) => html.replace(/<a class="skip-link"[^>]*>[^<]*<\/a>/, '') },
  'unreachable-control': { main: '<div role="button" style="padding:1rem">Press me</div><a href="/events/" tabindex="-1">Events</a>' },
  'motion': { head: '<style>@keyframes pulse { to { opacity: 0.5 } } h1 { animation: pulse 2s infinite !important; }</style>' },
  'forced-colors-focus': {
    head: '<style>a:focus-visible { outline: none !important; }</style>',
  },
};

let root: string;
let server: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'broken-pages-'));
  cpSync(FIXTURE.root, root, { recursive: true });
  // The defects are written as inline styles, which the page's own policy (style-src
  // 'self') would block: these copies drop the policy, as they test the checks, not it.
  const home = FIXTURE.read('/').replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
  for (const [name, change] of Object.entries(BROKEN)) {
    let html = change.edit ? change.edit(home) : home;
    if (change.main) html = html.replace('</main>', `${change.main}</main>`);
    if (change.head) html = html.replace('</head>', `${change.head}</head>`);
    mkdirSync(join(root, 'broken', name), { recursive: true });
    writeFileSync(join(root, 'broken', name, 'index.html'), html);
  }
  [server, browser] = await Promise.all([serveStatic(root), launchChromium()]);
  page = await (await browser.newContext()).newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

async function open(path: string, width = 1280): Promise<Page> {
  await page.setViewportSize({ width, height: 800 });
  await page.goto(server.origin + path);
  return page;
}

describe('the untouched home page passes every check', () => {
  test('at 320px', async () => {
    await open('/', 320);
    expect(await axeProblems(page)).toEqual([]);
    expect(await horizontalScrollProblems(page)).toEqual([]);
    expect(await textSpacingProblems(page)).toEqual([]);
    expect(await targetSizeProblems(page)).toEqual([]);
    expect(await reducedMotionProblems(page)).toEqual([]);
    expect(await forcedColorsProblems(page)).toEqual([]);
    await open('/', 320);
    expect(await skipLinkProblems(page)).toEqual([]);
    await open('/', 320);
    expect(await keyboardProblems(page)).toEqual([]);
  });
});

describe('each check catches its defect', () => {
  test('an image without alt text fails axe', async () => {
    await open('/broken/missing-alt/');
    expect((await axeProblems(page)).join('\n')).toMatch(/axe image-alt/);
  });

  test('a low-contrast colour fails axe', async () => {
    await open('/broken/low-contrast/');
    expect((await axeProblems(page)).join('\n')).toMatch(/axe color-contrast/);
  });

  test('a fixed width scrolls sideways at 320px', async () => {
    await open('/broken/fixed-width/', 320);
    expect((await horizontalScrollProblems(page)).join('\n')).toMatch(/page scrolls sideways.*A box wider than a phone/);
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await horizontalScrollProblems(page)).toEqual([]);
  });

  test('text cut off by overflow: hidden under the text-spacing override', async () => {
    await open('/broken/clipped-text/', 320);
    expect((await textSpacingProblems(page)).join('\n')).toMatch(/text cut off at the bottom of <p> "A sentence long enough/);
  });

  test('text that outgrows a fixed-height box overlaps what follows', async () => {
    await open('/broken/overlapping-text/', 320);
    const problems = (await textSpacingProblems(page)).join('\n');
    expect(problems).toMatch(/text spills out of <div> "First line/);
    expect(problems).toMatch(/text overlaps: <div> "First line.*and <p> "Next paragraph"/);
  });

  test('crowded targets smaller than 24px', async () => {
    await open('/broken/small-targets/', 320);
    expect((await targetSizeProblems(page)).join('\n')).toMatch(/target <button> "One" is 12×12px and too close to <button> "Two"/);
  });

  test('links whose focus style was removed', async () => {
    await open('/broken/no-focus-style/');
    expect((await keyboardProblems(page)).join('\n')).toMatch(/no visible focus indicator on <a.site-name>/);
  });

  test('a focused link hidden behind a sticky footer', async () => {
    await open('/broken/hidden-focus/', 320);
    await page.setViewportSize({ width: 320, height: 400 });
    expect((await keyboardProblems(page)).join('\n')).toMatch(/is hidden: covered by <(footer|div|p|ul|li|h2)/);
  });

  test('a page without a skip link', async () => {
    await open('/broken/no-skip-link/');
    expect((await skipLinkProblems(page)).join('\n')).toMatch(/the first thing Tab reaches is <a.site-name>/);
  });

  test('controls the keyboard cannot reach', async () => {
    await open('/broken/unreachable-control/');
    const problems = (await keyboardProblems(page)).join('\n');
    expect(problems).toMatch(/Tab never reaches <div> "Press me"/);
    expect(problems).toMatch(/Tab never reaches <a> "Events"/);
  });

  test('animation that ignores prefers-reduced-motion', async () => {
    await open('/broken/motion/');
    expect((await reducedMotionProblems(page)).join('\n')).toMatch(/<h1> ".*" still animates/);
  });

  test('a focus indicator that disappears in forced-colors mode', async () => {
    await open('/broken/forced-colors-focus/');
    expect((await forcedColorsProblems(page)).join('\n')).toMatch(/no focus outline in forced-colors mode on <a/);
  });
});
