import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/*
 * The accessibility checks, shared by the real-site browser tests and the broken-page
 * tests that prove each check can fail. Every check returns a list of problems in words;
 * an empty list is a pass.
 */

// Evaluated rather than added as <script> tags: the site's Content Security Policy
// rightly blocks injected inline scripts, and the checks must see the page as served.
const AXE = readFileSync(join(process.cwd(), 'node_modules/axe-core/axe.min.js'), 'utf8');
const IN_PAGE = readFileSync(join(process.cwd(), 'tests/support/in-page-checks.js'), 'utf8');

/** WCAG 2.0, 2.1 and 2.2 A and AA, plus axe's best-practice rules. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[];
}

/** Adds the in-page checks to the current document (again after each navigation). */
async function prepare(page: Page): Promise<void> {
  if (!(await page.evaluate(() => 'pageChecks' in window))) await page.evaluate(IN_PAGE);
}

/**
 * The axe rules a colour scheme can change: the rest read the document's structure, which
 * is the same in light and dark, so a second scheme is checked with these alone.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

export async function axeProblems(page: Page, only: { rules?: readonly string[] } = {}): Promise<string[]> {
  // axe is large: added only where it runs, once per document.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const runOnly = only.rules ? { type: 'rule', values: only.rules } : { type: 'tag', values: AXE_TAGS };
  const result = (await page.evaluate(`axe.run(document, { runOnly: ${JSON.stringify(runOnly)}, resultTypes: ['violations'] })`)) as AxeResult;
  return result.violations.map(
    (violation) =>
      `axe ${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes
        .slice(0, 3)
        .map((node) => JSON.stringify(node.target))
        .join(', ')}`,
  );
}

/** Runs one of the in-page checks from tests/support/in-page-checks.js by name. */
async function inPage<T>(page: Page, name: string): Promise<T> {
  await prepare(page);
  return (await page.evaluate(`window.pageChecks.${name}()`)) as T;
}

/** WCAG 1.4.10 reflow: nothing scrolls sideways at the current width. */
export function horizontalScrollProblems(page: Page): Promise<string[]> {
  return inPage(page, 'horizontalOverflow');
}

/** WCAG 1.4.12 text spacing: applies the override, checks, then takes it off again. */
export async function textSpacingProblems(page: Page): Promise<string[]> {
  await inPage(page, 'applyTextSpacing');
  try {
    return await inPage<string[]>(page, 'textSpacingProblems');
  } finally {
    await inPage(page, 'removeTextSpacing');
  }
}

/** WCAG 2.5.8 target size (minimum). */
export function targetSizeProblems(page: Page): Promise<string[]> {
  return inPage(page, 'targetSizeProblems');
}

/**
 * The skip link is the first thing Tab reaches, shows when focused, and moves focus into
 * main. Expects a freshly loaded page with nothing focused.
 */
export async function skipLinkProblems(page: Page): Promise<string[]> {
  await prepare(page);
  await page.keyboard.press('Tab');
  const state = (await page.evaluate('window.pageChecks.skipLinkState()')) as {
    description: string;
    isSkipLink: boolean;
    target: string | null;
    onScreen: boolean;
    indicator: boolean;
  };
  if (!state.isSkipLink) return [`the first thing Tab reaches is ${state.description}, not a skip link`];
  const problems: string[] = [];
  if (!state.onScreen) problems.push('the skip link is not fully on screen, at least 24px square, when focused');
  if (!state.indicator) problems.push('the focused skip link has no visible focus indicator');
  await page.keyboard.press('Enter');
  const focus = (await page.evaluate('window.pageChecks.mainHasFocus()')) as { ok: boolean; description: string };
  if (!focus.ok) problems.push(`after following the skip link, focus is on ${focus.description}, not the main content`);
  return problems;
}

interface FocusStep {
  index: number;
  description?: string;
  indicator?: boolean;
  obscured?: string;
}

/**
 * Tabs through the whole page: every control is reached, each shows a visible focus
 * indicator, and none is hidden behind sticky content (WCAG 2.1.1, 2.4.7, 2.4.11).
 * Expects a freshly loaded page with nothing focused.
 */
export async function keyboardProblems(page: Page): Promise<string[]> {
  await prepare(page);
  const expected = (await page.evaluate('window.pageChecks.prepareKeyboardWalk()')) as { index: number; description: string }[];
  const reached = new Set<number>();
  const problems: string[] = [];
  for (let press = 0; press < expected.length + 5; press += 1) {
    await page.keyboard.press('Tab');
    const step = (await page.evaluate('window.pageChecks.focusState()')) as FocusStep;
    if (step.index === -1 || reached.has(step.index)) break;
    reached.add(step.index);
    if (step.index === -2) continue;
    if (!step.indicator) problems.push(`no visible focus indicator on ${step.description}`);
    if (step.obscured) problems.push(`focused ${step.description} is hidden: ${step.obscured}`);
  }
  for (const control of expected) {
    if (!reached.has(control.index)) problems.push(`Tab never reaches ${control.description}`);
  }
  return problems;
}

/** prefers-reduced-motion: reduce is honoured. Leaves the emulation as it found it. */
export async function reducedMotionProblems(page: Page): Promise<string[]> {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  try {
    return await inPage<string[]>(page, 'motionProblems');
  } finally {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
  }
}

/** forced-colors: active keeps every focus indicator visible. Leaves the emulation as it found it. */
export async function forcedColorsProblems(page: Page): Promise<string[]> {
  await page.emulateMedia({ forcedColors: 'active' });
  try {
    await prepare(page);
    // One real key press, so focus moved by script afterwards still counts as keyboard focus.
    await page.keyboard.press('Tab');
    return await inPage<string[]>(page, 'forcedColorsFocusProblems');
  } finally {
    await page.emulateMedia({ forcedColors: 'none' });
  }
}
