import { describe, expect, test } from 'vitest';
import { page, text } from '../support/dist';

/** One page of every type the site builds. */
const everyPageType = [
  '/',
  '/bulletins/',
  '/bulletins/2025-12/',
  '/events/',
  '/events/2026-01-21-banded-descriptors-workshop-1/',
  '/have-your-say/',
  '/have-your-say/inclusive-pathways-framework/',
  '/areas-of-need/',
  '/areas-of-need/sensory/',
  '/accessibility/',
  '/404.html',
];

describe.each(everyPageType)('%s', (path) => {
  const $ = page(path);

  test('has one h1 and a title naming the site', () => {
    expect($('h1')).toHaveLength(1);
    expect($('title').text()).toContain('Birmingham SEND and Inclusion news');
  });

  test('starts with a skip link to the main content', () => {
    const first = $('body').children().first();
    expect(first.is('a.skip-link')).toBe(true);
    expect(first.attr('href')).toBe('#main');
    expect($('main#main')).toHaveLength(1);
  });

  test('has header, navigation, main and footer landmarks', () => {
    expect($('header')).toHaveLength(1);
    expect($('nav[aria-label="Main"]')).toHaveLength(1);
    expect($('footer')).toHaveLength(1);
  });

  test('links to the accessibility statement from the footer', () => {
    expect($('footer a[href="/accessibility/"]').text()).toBe('Accessibility statement');
  });

  test('needs no JavaScript: its only script applies saved reading preferences, from <head>', () => {
    const scripts = $('script:not([type="application/ld+json"])');
    expect(scripts).toHaveLength(1);
    expect(scripts.parent().is('head')).toBe(true);
    expect(scripts.text()).toContain('localStorage.getItem("reading-preferences")');
  });

  test('has breadcrumbs except on the home and 404 pages', () => {
    const expected = path === '/' || path === '/404.html' ? 0 : 1;
    expect($('nav[aria-label="Breadcrumb"]')).toHaveLength(expected);
  });

  test('writes every date in a <time> element with a machine-readable value', () => {
    $('time').each((_i, element) => {
      // A date the source gives without a year is yearless ("--03-19"): the year is never guessed.
      expect($(element).attr('datetime')).toMatch(/^(\d{4}-\d{2}(-\d{2})?(T[\d:.]+Z)?|--\d{2}-\d{2})$/);
    });
  });
});

test('a bulletin\'s breadcrumb gives its month as a date, like the page does', () => {
  const $ = page('/bulletins/2025-12/');
  expect($('nav[aria-label="Breadcrumb"] [aria-current="page"] time').attr('datetime')).toBe('2025-12');
  expect($('nav[aria-label="Breadcrumb"] [aria-current="page"]').text()).toBe('December 2025');
});

describe('with SITE_NOW in mid-January 2026', () => {
  test('the Inclusive Pathways consultation shows as closed', () => {
    const $ = page('/have-your-say/inclusive-pathways-framework/');
    expect($('.callout .tag').text()).toBe('Closed');
    expect(text($, '.callout')).toContain('Closed at 11:59pm on Wednesday 31 December 2025');
    expect($('.callout time').attr('datetime')).toBe('2025-12-31T23:59:00.000Z');
  });

  test('the have-your-say list puts open requests first, soonest deadline first, and closed ones after', () => {
    const $ = page('/have-your-say/');
    const titles = (section: string) => $(`section[aria-labelledby="${section}"] .card-title`).map((_i, el) => $(el).text().trim()).get();
    expect(titles('open')).toEqual([
      'Nominate a school representative for the Speech, Language and Communication Needs (SLCN) Oversight Strategic Group',
      'Banded descriptors review: expressions of interest for the initial workshops',
    ]);
    expect(titles('closed').sort()).toEqual(['Alternative Provision (AP) Strategy', 'Inclusive Pathways Framework']);
  });

  test('the first workshop is upcoming and comes first in the events list', () => {
    const $ = page('/events/2026-01-21-banded-descriptors-workshop-1/');
    expect($('article .tag').first().text()).toBe('Upcoming');
    const events = page('/events/');
    expect(events('section[aria-labelledby="upcoming"] .card-title').first().text()).toContain('workshop 1');
  });

  test('the EPS webinars of 1 and 2 December 2025 are past events', () => {
    const $ = page('/events/');
    const past = text($, 'section[aria-labelledby="past"]');
    expect(past).toContain('Monday 1 December 2025');
    expect(past).toContain('Tuesday 2 December 2025');
  });

  test('the home page shows the latest bulletin, open requests and upcoming events', () => {
    const $ = page('/');
    expect($('section[aria-labelledby="latest"] .card-title').text().trim()).toBe('SEND and Inclusion Update - February 2026');
    expect(text($, 'section[aria-labelledby="have-your-say"]')).toContain('Closes at 11:59pm on Friday 27 February 2026');
    expect(text($, 'section[aria-labelledby="have-your-say"]')).not.toContain('Inclusive Pathways');
    expect($('section[aria-labelledby="upcoming-events"] .card-title').first().text()).toContain('workshop 1');
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
    expect(table.find('thead th[scope="col"]').map((_i, el) => $(el).text()).get()).toEqual([
      'Workshop',
      'Date',
      'Time',
      'Area of need',
      'Venue',
    ]);
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
    const event = page(href);
    const details = text(event, '.summary-list');
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
    const second = page('/events/2026-06-17-attendance-and-inclusion-conference/');
    expect(text(second, '.summary-list')).toContain('Wednesday 17 June 2026');
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

  test('the Inclusive Pathways consultation lists its five documents by name, unlinked as in the source', () => {
    const $ = page('/have-your-say/inclusive-pathways-framework/');
    expect($('#documents + ul li')).toHaveLength(5);
    expect($('#documents + ul a')).toHaveLength(0);
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
});

describe('bulletin pages', () => {
  test.each(['/bulletins/2025-12/', '/bulletins/2026-02/'])('%s lists its articles, each linking to its heading', (path) => {
    const $ = page(path);
    const links = $('nav.contents a').map((_i, el) => $(el).attr('href')).get();
    const articleHeadings = $('.prose h2[id]').map((_i, el) => `#${$(el).attr('id')}`).get();
    expect(articleHeadings.length).toBeGreaterThan(3);
    expect(links).toEqual(expect.arrayContaining(articleHeadings));
    for (const link of links) expect($(link)).toHaveLength(1);
  });

  test('the December bulletin lists the events and consultations it announced', () => {
    const $ = page('/bulletins/2025-12/');
    expect($('section[aria-labelledby="events-in-this-bulletin"] li')).toHaveLength(9);
    expect($('section[aria-labelledby="have-your-say-in-this-bulletin"] li')).toHaveLength(3);
  });

  test('the archive lists both bulletins, newest first', () => {
    const $ = page('/bulletins/');
    expect($('.card-title').map((_i, el) => $(el).text().trim()).get()).toEqual([
      'SEND and Inclusion Update - February 2026',
      'SEND and Inclusion Update - December 2025',
    ]);
  });
});

describe('areas of need', () => {
  test('each area page lists the events tagged with it', () => {
    const $ = page('/areas-of-need/sensory/');
    expect(text($, 'section[aria-labelledby="upcoming"]')).toContain('Wednesday 4 February 2026');
  });
});

describe('accessibility statement', () => {
  test('follows the model statement headings', () => {
    const $ = page('/accessibility/');
    const headings = $('h2').map((_i, el) => $(el).text()).get();
    expect(headings).toEqual(
      expect.arrayContaining([
        'How accessible this website is',
        'Feedback and contact information',
        'Reporting accessibility problems with this website',
        'Enforcement procedure',
        "Technical information about this website's accessibility",
        'Preparation of this accessibility statement',
      ]),
    );
  });
});
