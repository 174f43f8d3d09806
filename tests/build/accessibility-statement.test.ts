import { describe, expect, test } from 'vitest';
import { AXE_TAGS } from '../support/a11y-checks';
import { SCHEMES, WIDTHS } from '../support/browser';
import { FIXTURE, text } from '../support/dist';

/* The statement may only claim what the browser tests check: keep the two in step. */

describe('the accessibility statement matches the tests', () => {
  const $ = FIXTURE.page('/accessibility/');
  const statement = text($);

  test('says every page gets axe at one width and one page of each kind gets the full matrix, as the browser suite does', () => {
    expect(statement).toContain('check every page listed in its sitemap, plus the "page not found" page, in the Chromium web browser with axe-core');
    expect(statement).toContain('on a screen 320 pixels wide');
    expect(statement).toContain('They also check one page of every kind');
  });

  test('names the widths and colour schemes the browser suite uses', () => {
    expect(statement).toContain(`at three screen widths (${WIDTHS.slice(0, -1).join(', ')} and ${WIDTHS.at(-1)} pixels`);
    expect(statement).toContain(`each in ${SCHEMES.join(' and ')} mode`);
  });

  test('names the WCAG versions and levels axe checks', () => {
    expect(AXE_TAGS).toEqual(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']);
    expect(statement).toContain('WCAG 2.0, 2.1 and 2.2 levels A and AA and for common best-practice problems');
  });

  test('says what has not been tested, and does not claim full compliance', () => {
    expect(statement).toContain('not yet with screen readers');
    expect(statement).toContain('partially compliant');
    expect(statement).not.toMatch(/fully compliant/);
  });

  test('has the sections the regulations ask for, with dates', () => {
    for (const id of ['how-accessible', 'feedback', 'reporting', 'enforcement', 'compliance', 'non-accessible', 'testing', 'preparation']) {
      expect($(`#${id}`).length, id).toBe(1);
    }
    expect($('#preparation ~ p time').length).toBeGreaterThanOrEqual(3);
    expect($('#reporting ~ p a[href^="http"]').length).toBeGreaterThan(0);
  });
});
