import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { load as parseYaml } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { RECENT_SHOWN } from '../../src/lib/archive-years';
import { ARCHIVE } from '../support/dist';
import { ARCHIVE_OPTIONS } from '../support/sites';

/*
 * List pages stay the same size as the archive grows: the most recent past events and
 * closed requests, then a page per year. The generated archive (six months of bulletins
 * ending March 2025) is all in the past at the test's "now" and spans two years.
 */

const { events: EVENTS, consultations: CONSULTATIONS } = ARCHIVE_OPTIONS.size;
const page = (path: string): CheerioAPI => ARCHIVE.page(`/${path}/`);
const cards = ($: CheerioAPI, section: string) => $(`section[aria-labelledby="${section}"] .card-list > li`).length;

/** The year links of a list page, as [year, count shown]. */
function yearLinks($: CheerioAPI, navId: string): [string, number][] {
  return $(`nav[aria-labelledby="${navId}"] li`)
    .map((_i, item) => [[$(item).find('a').text(), Number(/\((\d+)/.exec($(item).text())?.[1])]])
    .get() as [string, number][];
}

describe('the events list of a long archive', () => {
  it('shows only the most recent past events, then every year with past events', () => {
    const $ = page('events');
    expect(cards($, 'past')).toBe(RECENT_SHOWN);
    const years = yearLinks($, 'past-by-year');
    expect(years.map(([year]) => year)).toEqual(['2025', '2024']);
    expect(years.reduce((sum, [, count]) => sum + count, 0)).toBe(EVENTS);
  });

  it('has a page per year holding that year’s events, most recent first', () => {
    for (const [year, count] of yearLinks(page('events'), 'past-by-year')) {
      const $ = page(`events/past/${year}`);
      // Each card's date is the first <time> in the paragraph under its title.
      const dates = $('.card-list > li')
        .map((_i, card) => $(card).children('p').first().find('time').first().attr('datetime'))
        .get();
      expect(dates).toHaveLength(count);
      expect(dates.every((date) => date.startsWith(year))).toBe(true);
      expect([...dates].sort().reverse()).toEqual(dates);
    }
  });
});

describe('the have-your-say list of a long archive', () => {
  it('shows only the most recently closed requests, then every year', () => {
    const $ = page('have-your-say');
    expect(cards($, 'closed')).toBe(RECENT_SHOWN);
    const years = yearLinks($, 'closed-by-year');
    expect(years.reduce((sum, [, count]) => sum + count, 0)).toBe(CONSULTATIONS);
    for (const [year, count] of years) {
      expect(page(`have-your-say/closed/${year}`)('.card-list > li')).toHaveLength(count);
    }
  });
});

describe('area of need pages of a long archive', () => {
  /** How many events of the generated archive (all past at the test's "now") each area of need has. */
  function pastEventsByArea(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const file of readdirSync(join(ARCHIVE.contentDir, 'events'))) {
      const data = parseYaml(readFileSync(join(ARCHIVE.contentDir, 'events', file), 'utf8').split(/^---$/m)[1]) as { areasOfNeed?: string[] };
      for (const area of data.areasOfNeed ?? []) counts.set(area, (counts.get(area) ?? 0) + 1);
    }
    return counts;
  }

  it('list the most recent earlier events, and link to all past events only when there are more', () => {
    const counts = pastEventsByArea();
    expect(counts.size, 'the generated archive tags events with areas of need').toBeGreaterThan(0);
    for (const [area, count] of counts) {
      const $ = page(`areas-of-need/${area}`);
      const earlier = $('section[aria-labelledby="earlier"]');
      expect(earlier.find('.card-list > li a[href^="/events/"]').length, area).toBe(Math.min(count, RECENT_SHOWN));
      expect(earlier.find('a[href="/events/#past"]').length, area).toBe(count > RECENT_SHOWN ? 1 : 0);
    }
  });
});
