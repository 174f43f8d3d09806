import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWithContent, type FixtureBuild } from '../support/build-fixture';

/*
 * A request's status is decided once, so every list files it under the same heading. The
 * fixture adds a request that opens after the test's "now", tagged with an area of need:
 * the area's page once listed it under "Earlier", beside the closed ones.
 */

let build: FixtureBuild;
const NOT_YET_OPEN = 'a-request-that-opens-later';
const AREA = 'social-emotional-and-mental-health';

beforeAll(() => {
  build = buildWithContent((contentDir) => {
    writeFileSync(
      join(contentDir, 'consultations', `${NOT_YET_OPEN}.md`),
      [
        '---',
        'title: A request that opens later',
        'kind: survey',
        'summary: A survey that opens in the spring.',
        'opens: 2026-04-01',
        'closes: 2026-04-30',
        'respond:',
        '  - text: Email your views',
        '    email: send@example.org',
        `areasOfNeed: [${AREA}]`,
        'audiences: [schools]',
        'bulletin: "2026-02"',
        '---',
        '',
        'It opens in April.',
        '',
      ].join('\n'),
    );
  });
});

/** The section ids a page lists each request under. */
function sectionsOf(path: string): Map<string, string> {
  const $ = load(readFileSync(join(build.outDir, path, 'index.html'), 'utf8'));
  const found = new Map<string, string>();
  $('section[aria-labelledby]').each((_, section) => {
    $(section)
      .find('a[href^="/have-your-say/"]')
      .each((__, link) => {
        found.set($(link).attr('href')!, $(section).attr('aria-labelledby')!);
      });
  });
  return found;
}

describe('requests are grouped by one status everywhere', () => {
  it('builds', () => expect(build.ok, build.output).toBe(true));

  it('an area of need lists a request that has not opened under "Opening soon", as Have your say does', () => {
    const link = `/have-your-say/${NOT_YET_OPEN}/`;
    expect(sectionsOf('have-your-say').get(link)).toBe('coming-soon');
    expect(sectionsOf(`areas-of-need/${AREA}`).get(link)).toBe('coming-soon');
  });

  it('every request on an area page is under the heading Have your say gives it', () => {
    const overall = sectionsOf('have-your-say');
    const areaHeading: Record<string, string> = { open: 'open', 'coming-soon': 'coming-soon', closed: 'earlier' };
    const area = sectionsOf(`areas-of-need/${AREA}`);
    expect(area.size).toBeGreaterThan(1);
    for (const [link, section] of area) expect(section, link).toBe(areaHeading[overall.get(link)!]);
  });
});
