import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { LIVE, text } from '../support/dist';

const page = LIVE.page;

/*
 * The bulletins are the source of truth: every line of each source file must reach its
 * bulletin page on the live site, and the site may link only to addresses the sources (or
 * the site's own settings) give. Lines of the December timetable are checked against the
 * table instead. The facts below are those of the two source bulletins' own pages and
 * entries, at the tests' clock: a later bulletin cannot change them. Lists, counts and
 * "latest" are checked on the fixture site (pages.test.ts), never here.
 */

/** The two source bulletins as the council sent them, kept in the repository. */
const SEEDS = 'tests/fixtures/sources';
const bulletins = [
  { seed: `${SEEDS}/2025-12-send-and-inclusion-update.txt`, path: '/bulletins/2025-12/' },
  { seed: `${SEEDS}/2026-02-send-and-inclusion-update.txt`, path: '/bulletins/2026-02/' },
];

/** Compare as a reader would: ignore spacing, hyphen and quote styles, list markers and link markup. */
function normalise(line: string): string {
  return line
    .replace(/^- /, '')
    .replace(/[\u2010\u2011\u2012\u2013\u2014]/g, '-')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .replace(/ ?- ?/g, '-')
    .trim();
}

/**
 * Deliberate wording changes, each with its reason. Nothing else may differ.
 */
const editorialChanges: [from: string, to: string][] = [
  // The source's "click here" points at a page it gives no address for: there is nothing to click.
  ['please click here:', 'please see:'],
];

function isTimetableLine(line: string): boolean {
  return line === '|' || line.endsWith(' |') || line.startsWith('|');
}

describe.each(bulletins)('$path carries everything in its source', ({ seed, path }) => {
  const lines = readFileSync(seed, 'utf8').split('\n').map((line) => line.trim()).filter(Boolean);
  const $ = page(path);
  // Abbreviations explained in brackets where first used are the site's addition, not the source's.
  $('.expansion').remove();
  const pageText = normalise(text($, 'main'));

  test('the title is the source title', () => {
    expect($('h1').text().trim()).toBe(lines[0]);
  });

  test.each(lines.slice(1).filter((line) => !isTimetableLine(line)))('%s', (line) => {
    const edited = editorialChanges.reduce((text, [from, to]) => text.replace(from, to), line);
    const words = normalise(edited)
      // Addresses become links whose text may differ; the link target is tested separately.
      .replace(/https?:\/\/\S+|www\.\S+/g, '')
      .replace(/\s*-\s*$/, '')
      .trim();
    expect(pageText).toContain(words);
  });
});

describe('no invented links', () => {
  const sources = bulletins.map(({ seed }) => readFileSync(seed, 'utf8')).join('\n');
  const sourceAddresses = new Set(
    [...sources.matchAll(/(?:https?:\/\/|www\.)[^\s]+/g)].map((match) =>
      match[0].startsWith('www.') ? `https://${match[0]}` : match[0],
    ),
  );
  const sourceEmails = new Set([...sources.matchAll(/[\w.]+@[\w.]+\.\w+/g)].map((match) => match[0].toLowerCase()));

  test.each(bulletins.map(({ path }) => path))('every link in %s article text comes from the source', (path) => {
    const $ = page(path);
    const hrefs = $('.prose a[href]').map((_i, element) => $(element).attr('href')).get();
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) {
      if (href.startsWith('mailto:')) expect(sourceEmails).toContain(href.slice('mailto:'.length).toLowerCase());
      else if (/^https?:/.test(href)) expect(sourceAddresses).toContain(href);
      else expect(href).toMatch(/^[/#]/);
    }
  });
});

describe('with SITE_NOW in mid-January 2026, the source entries have their status', () => {
  test('the Inclusive Pathways consultation closed at 11:59pm on 31 December 2025', () => {
    const $ = page('/have-your-say/inclusive-pathways-framework/');
    expect($('.callout .tag').text()).toBe('Closed');
    expect(text($, '.callout')).toContain('Closed at 11:59pm on Wednesday 31 December 2025');
    expect($('.callout time').attr('datetime')).toBe('2025-12-31T23:59:00.000Z');
  });

  test('the first banded-descriptors workshop is upcoming', () => {
    expect(page('/events/2026-01-21-banded-descriptors-workshop-1/')('article .tag').first().text()).toBe('Upcoming');
  });

  test('the EPS webinars of 1 and 2 December 2025 are past events', () => {
    for (const [id, day] of [['2025-12-01-eps-new-ways-of-working-webinar', 'Monday 1 December 2025'], ['2025-12-02-eps-new-ways-of-working-webinar', 'Tuesday 2 December 2025']]) {
      const $ = page(`/events/${id}/`);
      expect($('article .tag').first().text(), id).toBe('Past event');
      expect(text($, '.summary-list'), id).toContain(day);
    }
  });
});

describe('the seven banded-descriptors review workshops', () => {
  const expected = [
    ['Wednesday 21 January 2026', 'Morning', 'Communication and interaction'],
    ['Wednesday 21 January 2026', 'Afternoon', 'Social, emotional and mental health (SEMH)'],
    ['Thursday 22 January 2026', 'Morning', 'Physical and medical'],
    ['Thursday 22 January 2026', 'Afternoon', 'Cognition and learning'],
    ['Monday 2 February 2026', 'Morning', 'Communication and interaction'],
    ['Monday 2 February 2026', 'Afternoon', 'Social, emotional and mental health (SEMH)'],
    ['Wednesday 4 February 2026', 'Morning', 'Sensory'],
  ];

  test('the December bulletin timetable is rendered from the events, with a caption and header cells', () => {
    const $ = page('/bulletins/2025-12/');
    const table = $('.prose table');
    expect(table).toHaveLength(1);
    expect(table.find('caption').text().trim().length).toBeGreaterThan(0);
    expect(table.find('thead th[scope="col"]').map((_i, el) => $(el).text()).get()).toEqual(['Workshop', 'Date', 'Time', 'Area of need', 'Venue']);
    const rows = table.find('tbody tr').map((_i, row) => [$(row).find('th, td').map((_j, cell) => $(cell).text().trim()).get()]).get();
    expect(rows).toHaveLength(7);
    rows.forEach((cells: string[], index: number) => {
      expect(cells[0]).toMatch(new RegExp(`^Workshop ${index + 1}`));
      expect(cells.slice(1)).toEqual([...expected[index], 'Council House']);
    });
  });

  test.each(expected.map((row, index) => [index + 1, ...row]))('workshop %i has its own page: %s, %s, %s', (number, date, part, area) => {
    const $ = page('/bulletins/2025-12/');
    const href = $('.prose table tbody tr').eq(Number(number) - 1).find('a').attr('href')!;
    const details = text(page(href), '.summary-list');
    expect(details).toContain(`${date}, ${String(part).toLowerCase()}`);
    expect(details).toContain(String(area));
    expect(details).toContain('Council House');
  });
});

describe('other dated things the bulletins announce', () => {
  test('the SLCN Oversight Strategic Group meets on 19 March 2026, with no time invented', () => {
    const $ = page('/events/2026-03-19-slcn-oversight-strategic-group-meeting/');
    expect(text($, '.summary-list')).toContain('Thursday 19 March 2026');
    expect(text($, '.summary-list')).toContain('The bulletin gives no time.');
    expect(text($, '.summary-list')).not.toMatch(/\d(am|pm)/);
  });

  test('the Attendance and Inclusion Conference shows both days', () => {
    const first = page('/events/2026-06-16-attendance-and-inclusion-conference/');
    expect(text(first, '.summary-list')).toContain('Tuesday 16 June 2026');
    expect(text(first, '#other-sessions + ul')).toContain('Wednesday 17 June 2026');
    expect(text(page('/events/2026-06-17-attendance-and-inclusion-conference/'), '.summary-list')).toContain('Wednesday 17 June 2026');
  });

  test('the SLCN nominations close on Friday 27 February 2026 and go to Helen Ellis', () => {
    const $ = page('/have-your-say/slcn-oversight-strategic-group-nominations/');
    expect($('.callout .tag').text()).toBe('Open');
    expect(text($, '.callout')).toContain('Closes at 11:59pm on Friday 27 February 2026');
    expect($('a[href="mailto:Helen.Ellis@birmingham.gov.uk"]').length).toBeGreaterThan(0);
  });

  test('the banded-descriptors expressions of interest admit the source gives no closing date', () => {
    const $ = page('/have-your-say/banded-descriptors-review-workshops/');
    expect(text($, '.callout')).toContain('The bulletin gives no closing date.');
    expect($('#related-events + ul li')).toHaveLength(7);
    expect($('a[href="mailto:DeliveringBetterValue@birmingham.gov.uk"]').length).toBeGreaterThan(0);
    expect($('a[href="mailto:Pauline.Bromfield@birmingham.gov.uk"]').length).toBeGreaterThan(0);
  });

  test('the Alternative Provision Strategy consultation has its document, contact and deadline', () => {
    const $ = page('/have-your-say/alternative-provision-strategy/');
    expect(text($, '.callout')).toContain('Closed at 11:59pm on Wednesday 31 December 2025');
    expect(text($, '#documents + ul')).toContain('Alternative provision strategy 2025 to 2028 - Draft');
    expect($('a[href="mailto:beth.gibson@birmingham.gov.uk"]').length).toBeGreaterThan(0);
  });

  test('the Inclusive Pathways consultation lists its five documents by name, with no made-up link: each asks its contact', () => {
    const $ = page('/have-your-say/inclusive-pathways-framework/');
    expect($('#documents + ul li')).toHaveLength(5);
    const hrefs = $('#documents + ul a').map((_, a) => $(a).attr('href')).get();
    expect(hrefs).toHaveLength(5);
    for (const href of hrefs) expect(href).toMatch(/^mailto:sarah\.impey@birmingham\.gov\.uk\?subject=/);
    expect($('a[href="mailto:sarah.impey@birmingham.gov.uk"]').length).toBeGreaterThan(0);
  });

  test('things announced without a date are listed honestly, with no date', () => {
    const $ = page('/bulletins/2025-12/');
    const undated = text($, 'section[aria-labelledby="announced-without-a-date"]');
    expect(undated).toContain('EPS feedback form');
    expect(undated).toContain('1:1 virtual advice sessions');
    // No item is given a date of its own; dates the source mentions in a description stay in it.
    expect($('section[aria-labelledby="announced-without-a-date"] .card-title time')).toHaveLength(0);
    expect($('section[aria-labelledby="announced-without-a-date"] li > p:first-of-type time').map((_i, el) => $(el).attr('datetime')).get()).toEqual(['2025-12-01', '2025-12-02', '2026-04']);
    expect(text(page('/bulletins/2026-02/'), 'section[aria-labelledby="announced-without-a-date"]')).toContain('co-production training');
  });

  test('the December bulletin lists the nine events and three requests it announced', () => {
    const $ = page('/bulletins/2025-12/');
    expect($('section[aria-labelledby="events-in-this-bulletin"] li')).toHaveLength(9);
    expect($('section[aria-labelledby="have-your-say-in-this-bulletin"] li')).toHaveLength(3);
  });
});
