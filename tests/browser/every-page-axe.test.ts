import { describe, expect, test } from 'vitest';
import { axeProblems } from '../support/a11y-checks';
import { FIXTURE, LIVE } from '../support/dist';
import { label, useSiteTab } from '../support/site-tab';
import { TEMPLATE_PAGES } from '../support/templates';

/*
 * The sweep: axe-core on every page of both sites' sitemaps, the 404 page and a search
 * with results, at one width (320px, a phone, light colours), against WCAG 2.0, 2.1 and
 * 2.2 A and AA plus best practice. Each page template gets the full matrix of widths,
 * colour schemes, keyboard and spacing checks in every-template.test.ts (so the sweep
 * leaves those fixture pages out); this catches what one entry's content can break on its
 * own page.
 */

const WIDTH = 320;

describe.each([LIVE, FIXTURE])('every page of $name passes axe at 320px', (built) => {
  const tab = useSiteTab(built);

  const swept = built === FIXTURE ? built.pagesToVisit().filter((path) => !TEMPLATE_PAGES.includes(path)) : built.pagesToVisit();

  test.each(swept)('%s', async (path) => {
    const page = await tab.load(path, WIDTH);
    expect(label(await axeProblems(page), `${WIDTH}px light`)).toEqual([]);
  });
});
