import { describe, expect, test } from 'vitest';
import site from '../../site.config';
import { FIXTURE, text } from '../support/dist';
import { TEMPLATE_PAGES, templatePatterns } from '../support/templates';

/*
 * The pages of the fixture site (tests/fixtures/site/, clock at 15 January 2026 noon):
 * the structure every template shares, then what the fixture's entries must show. The
 * facts of the real bulletins are checked on the live site in source-fidelity.test.ts.
 */

const page = FIXTURE.page;
const titles = (path: string, selector: string) => page(path)(selector).map((_i, el) => page(path)(el).text().trim()).get();
const cardTitles = (path: string, section: string) => titles(path, `section[aria-labelledby="${section}"] .card-title`);

test('every page template has a representative page in TEMPLATE_PAGES, and the fixture builds each', () => {
  const missing = templatePatterns()
    .filter(({ pattern }) => !TEMPLATE_PAGES.some((path) => pattern.test(path)))
    .map(({ template }) => template);
  expect(missing, 'add a fixture page for each of these templates to tests/support/templates.ts').toEqual([]);
  for (const path of TEMPLATE_PAGES) expect(() => FIXTURE.read(path), path).not.toThrow();
});

describe.each(TEMPLATE_PAGES)('%s', (path) => {
  const $ = page(path);

  test('has one h1 and a title naming the site', () => {
    expect($('h1')).toHaveLength(1);
    expect($('title').text()).toContain(site.name);
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

  // Search and the reading preferences form need JavaScript, and the subscribe page's copy
  // buttons are added by it (the addresses are text without it); no other page has a script.
  const needsScript = ['/search/', '/reading-preferences/', '/subscribe/'].includes(path);
  test(needsScript ? 'has one module script of its own, besides the reading preferences script in <head>' : 'needs no JavaScript: its only script applies saved reading preferences, from <head>', () => {
    const scripts = $('script:not([type="application/ld+json"])');
    expect(scripts).toHaveLength(needsScript ? 2 : 1);
    expect(scripts.first().parent().is('head')).toBe(true);
    expect(scripts.first().text()).toContain('localStorage.getItem("reading-preferences")');
    if (needsScript) expect(scripts.last().attr('type')).toBe('module');
  });

  test('has breadcrumbs except on the home and 404 pages', () => {
    const expected = path === '/' || path === '/404.html' ? 0 : 1;
    expect($('nav[aria-label="Breadcrumb"]')).toHaveLength(expected);
  });

  test('writes every date in a <time> element with a machine-readable value', () => {
    $('time').each((_i, element) => {
      // A date the source gives without a year takes its year from the bulletin's month.
      expect($(element).attr('datetime')).toMatch(/^(\d{4}-\d{2}(-\d{2})?(T[\d:.]+Z)?)$/);
    });
  });
});

describe('the home page', () => {
  test('shows the latest published bulletin, not the draft or the one not yet due', () => {
    expect(cardTitles('/', 'latest')).toEqual(['Fixture Update - January 2026']);
  });

  test('lists the requests accepting responses, soonest deadline first (families first), and none closed or not yet open', () => {
    expect(titles('/', 'main .card-title:has(a[href^="/have-your-say/"])')).toEqual([
      'Home to school transport survey',
      'Short breaks statement 2026',
      'Sensory support workshops: expressions of interest',
    ]);
    expect(text(page('/'), 'section[aria-labelledby="for-families"]')).toContain('Closes at 11:59pm on Tuesday 20 January 2026');
  });

  test("lists upcoming events from today's onwards", () => {
    const events = titles('/', 'main .card-title:has(a[href^="/events/"])');
    expect(events.slice(0, 2)).toEqual(['SEND information evening for parent carers', expect.stringMatching(/^Summer transition fair/)]);
    expect(cardTitles('/', 'upcoming-events')[0]).toBe('Sensory support workshop 1');
    expect(events).not.toContain('EHCP drop-in at Central Library');
  });
});

describe('have your say', () => {
  test('the list puts open requests first, soonest deadline first, then those opening soon, then closed ones', () => {
    expect(cardTitles('/have-your-say/', 'open')).toEqual([
      'Home to school transport survey',
      'Short breaks statement 2026',
      'Sensory support workshops: expressions of interest',
    ]);
    expect(cardTitles('/have-your-say/', 'coming-soon')).toEqual(['Local Offer website feedback']);
    expect(cardTitles('/have-your-say/', 'closed')).toEqual(['Review of the SEND information and advice service']);
  });

  test.each([
    ['short-breaks-statement', 'Open', 'Closes at 11:59pm on Friday 27 February 2026'],
    ['home-to-school-transport-survey', 'Closing soon', 'Closes at 11:59pm on Tuesday 20 January 2026'],
    ['local-offer-website-feedback', 'Not open yet', 'Opens on Sunday 1 February 2026'],
    ['send-information-service-review', 'Closed', 'Closed at 11:59pm on Friday 12 December 2025'],
  ])('%s shows as %s: %s', (id, status, when) => {
    const $ = page(`/have-your-say/${id}/`);
    expect($('.callout .tag').text()).toBe(status);
    expect(text($, '.callout')).toContain(when);
  });

  test('a closed request shows its outcome, with its date and link', () => {
    const $ = page('/have-your-say/send-information-service-review/');
    expect(text($)).toContain('Thank you to the 212 families who replied.');
    expect($('main a[href="https://example.org/information-service-outcome"]').text()).toContain('What you told us about the SEND information service');
    expect($('main time[datetime="2026-01-09"]').length).toBeGreaterThan(0);
  });

  test('a request with no closing date says so and lists the events it recruits for', () => {
    const $ = page('/have-your-say/sensory-support-workshops-interest/');
    expect(text($, '.callout')).toContain('The bulletin gives no closing date.');
    expect($('#related-events + ul li')).toHaveLength(3);
  });

  test("documents are linked only where the content gives an address; for the others, the request's contact is asked", () => {
    const $ = page('/have-your-say/short-breaks-statement/');
    expect($('#documents + ul li')).toHaveLength(2);
    expect($('#documents + ul a').map((_i, el) => $(el).attr('href')).get()).toEqual([
      'https://example.org/short-breaks-statement.pdf',
      'mailto:alex.fixture@example.org?subject=Please%20send%20me%3A%20Short%20breaks%20easy%20read%20summary',
    ]);
    expect($('a[href="mailto:alex.fixture@example.org"]').length).toBeGreaterThan(0);
  });
});

describe('events', () => {
  test("today's event is marked Today and comes first among upcoming events", () => {
    expect(page('/events/2026-01-15-send-information-evening/')('article .tag').first().text()).toBe('Today');
    expect(cardTitles('/events/', 'upcoming')[0]).toBe('SEND information evening for parent carers');
  });

  test('past events are listed most recent first', () => {
    expect(cardTitles('/events/', 'past')).toEqual(['EHCP drop-in at Central Library', 'Autism awareness webinar for parent carers']);
    expect(page('/events/2025-12-03-ehcp-drop-in/')('article .tag').first().text()).toBe('Past event');
  });

  test('an event without a time says so and invents none', () => {
    const details = text(page('/events/2025-12-03-ehcp-drop-in/'), '.summary-list');
    expect(details).toContain('Wednesday 3 December 2025');
    expect(details).toContain('The bulletin gives no time.');
    expect(details).not.toMatch(/\d(am|pm)/);
  });

  test('a two-day event shows both days', () => {
    expect(text(page('/events/2026-03-10-inclusion-conference/'), '.summary-list')).toContain('Tuesday 10 March 2026 to Wednesday 11 March 2026');
  });

  test('a session of a series links to the other sessions', () => {
    const $ = page('/events/2026-01-27-sensory-support-workshop-1/');
    expect(text($, '.summary-list')).toContain('Tuesday 27 January 2026, morning');
    expect(text($, '#other-sessions + ul')).toContain('Tuesday 3 February 2026, afternoon');
    expect(text($, '#other-sessions + ul')).toContain('Tuesday 10 February 2026, morning');
  });

  test('the past events of a year have their own page', () => {
    expect(titles('/events/past/2025/', '.card-title')).toEqual(['EHCP drop-in at Central Library', 'Autism awareness webinar for parent carers']);
  });
});

describe('bulletins', () => {
  test('the archive lists the published bulletins, newest first', () => {
    expect(titles('/bulletins/', '.card-title')).toEqual(['Fixture Update - January 2026', 'Fixture Update - November 2025']);
  });

  test("a bulletin's breadcrumb gives its month as a date, like the page does", () => {
    const $ = page('/bulletins/2026-01/');
    expect($('nav[aria-label="Breadcrumb"] [aria-current="page"] time').attr('datetime')).toBe('2026-01');
    expect($('nav[aria-label="Breadcrumb"] [aria-current="page"]').text()).toBe('January 2026');
  });

  test.each(['/bulletins/2026-01/', '/bulletins/2025-11/'])('%s lists its articles, each linking to its heading', (path) => {
    const $ = page(path);
    const links = $('nav.contents a').map((_i, el) => $(el).attr('href')).get();
    const articleHeadings = $('.prose h2[id]').map((_i, el) => `#${$(el).attr('id')}`).get();
    expect(articleHeadings.length).toBeGreaterThan(3);
    expect(links).toEqual(expect.arrayContaining(articleHeadings));
    for (const link of links) expect($(link)).toHaveLength(1);
  });

  test('the MDX timetable is rendered from the series, with a caption and header cells', () => {
    const $ = page('/bulletins/2026-01/');
    const table = $('.prose table');
    expect(table).toHaveLength(1);
    expect(table.find('caption').text().trim()).toBe('Sensory support workshops, January and February 2026');
    expect(table.find('thead th[scope="col"]').map((_i, el) => $(el).text()).get()).toEqual(['Workshop', 'Date', 'Time', 'Area of need', 'Venue']);
    const rows = table.find('tbody tr').map((_i, row) => [$(row).find('th, td').map((_j, cell) => $(cell).text().trim()).get()]).get();
    expect(rows.map((cells: string[]) => cells.slice(1))).toEqual([
      ['Tuesday 27 January 2026', 'Morning', 'Sensory', 'Council House'],
      ['Tuesday 3 February 2026', 'Afternoon', 'Sensory', 'Council House'],
      ['Tuesday 10 February 2026', 'Morning', 'Sensory', 'Council House'],
    ]);
  });

  test('a bulletin lists the events and requests it announced, and what it announced without a date', () => {
    const $ = page('/bulletins/2026-01/');
    expect($('section[aria-labelledby="events-in-this-bulletin"] li')).toHaveLength(6);
    expect($('section[aria-labelledby="have-your-say-in-this-bulletin"] li')).toHaveLength(4);
    expect(text($, 'section[aria-labelledby="announced-without-a-date"]')).toContain('Sensory support training videos');
    const november = page('/bulletins/2025-11/');
    expect(november('section[aria-labelledby="announced-without-a-date"] a').attr('href')).toBe('https://example.org/transition-guide');
  });
});

describe('areas of need', () => {
  test('an area page lists the upcoming events and open requests tagged with it', () => {
    const $ = page('/areas-of-need/sensory/');
    expect(cardTitles('/areas-of-need/sensory/', 'upcoming')).toEqual(['Sensory support workshop 1', 'Sensory support workshop 2', 'Sensory support workshop 3']);
    expect(text($, 'section[aria-labelledby="open"]')).toContain('Sensory support workshops: expressions of interest');
  });
});

describe('an area of need page and have your say agree', () => {
  // The area page once listed a request that had not opened under "Earlier".
  test('a request not yet open is "opening soon" on its area page too, not "Earlier"', () => {
    const area = '/areas-of-need/communication-and-interaction/';
    expect(cardTitles('/have-your-say/', 'coming-soon')).toContain('Local Offer website feedback');
    expect(cardTitles(area, 'coming-soon')).toContain('Local Offer website feedback');
    expect(text(page(area), 'section[aria-labelledby="earlier"]')).not.toContain('Local Offer website feedback');
  });
});

describe('accessibility statement', () => {
  test('follows the model statement headings', () => {
    const headings = titles('/accessibility/', 'h2');
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
