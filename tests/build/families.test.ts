import type { Cheerio } from 'cheerio';
import type { AnyNode } from 'domhandler';
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { FIXTURE, LIVE, text, type BuiltSite } from '../support/dist';

/*
 * Families first (issue 12): who each thing is for on every card, family items first on
 * the home page, a page and feed per audience, "In short" under each article, jargon
 * linked to the glossary, and no action that ends without something to do. Asserted on
 * the fixture site; the live site is held to the same invariants.
 */

const LIST_PAGES = ['/', '/bulletins/', '/events/', '/have-your-say/', '/for/parent-carers/', '/areas-of-need/sensory/'];

/** The "For" row of an entry page's summary list, as lower-case labels. */
function audiencesOnPage(site: BuiltSite, path: string): string[] {
  const $ = site.page(path);
  const row = $('dt').filter((_, dt) => $(dt).text().trim() === 'For');
  return row.next('dd').find('li').map((_, li) => $(li).text().trim().toLowerCase()).get();
}

describe.each([FIXTURE, LIVE])('cards on $name', (site) => {
  it('say in words whom each event or request is for, as its page does', () => {
    let checked = 0;
    for (const path of LIST_PAGES) {
      const $ = site.page(path);
      $('main .card-list > li').each((_, card) => {
        const href = $(card).find('.card-title a').attr('href') ?? '';
        if (!/^\/(events|have-your-say)\/[^/]+\/$/.test(href)) return;
        const labels = audiencesOnPage(site, href);
        const line = $(card).find('.audience').text().trim().toLowerCase();
        expect(line.startsWith('for ') || labels.length === 0, `${path}: card for ${href}`).toBe(true);
        for (const label of labels) expect(line, `${path}: card for ${href}`).toContain(`for ${label}`);
        checked += 1;
      });
    }
    if (site === FIXTURE) expect(checked).toBeGreaterThan(10);
  });
});

describe('the home page', () => {
  const $ = FIXTURE.page('/');
  const cardLinks = (section: Cheerio<AnyNode>) => section.find('.card-title a').map((_, a) => $(a).attr('href')).get();

  it('opens with what is for families: open requests and coming events for parents, carers and young people', () => {
    const first = $('main section').first();
    expect(first.find('h2').attr('id')).toBe('for-families');
    expect(cardLinks(first)).toEqual([
      '/have-your-say/home-to-school-transport-survey/',
      '/have-your-say/short-breaks-statement/',
      '/events/2026-01-15-send-information-evening/',
      '/events/2026-06-10-summer-transition-fair/',
    ]);
    first.find('.card-list > li').each((_, card) => {
      expect($(card).find('.audience').text()).toMatch(/for parents and carers|for children and young people/i);
    });
  });

  it('lists the rest after, once, with routes to everything by who it is for', () => {
    const rest = $('main section').slice(1);
    expect(cardLinks(rest)).toContain('/have-your-say/sensory-support-workshops-interest/');
    expect(cardLinks(rest)).not.toContain('/events/2026-01-15-send-information-evening/');
    expect($('#for-families').parent().find('a[href="/for/parent-carers/"], a[href="/for/young-people/"], a[href="/for/"]')).toHaveLength(3);
  });
});

describe('a page and a feed for each audience', () => {
  it('lists what is tagged for it, and its feed carries the same entries and the bulletins for it', async () => {
    const $ = FIXTURE.page('/for/parent-carers/');
    expect($('h1').text()).toBe('For parents and carers');
    const onPage = $('main .card-title a').map((_, a) => $(a).attr('href')).get();
    expect(onPage).toEqual(
      expect.arrayContaining(['/have-your-say/short-breaks-statement/', '/events/2026-01-15-send-information-evening/', '/bulletins/2026-01/']),
    );
    expect(onPage).not.toContain('/events/2026-01-27-sensory-support-workshop-1/');
    const feed = await new Parser().parseString(FIXTURE.read('/for/parent-carers/rss.xml'));
    const inFeed = feed.items.map((item) => new URL(item.link!).pathname);
    expect(inFeed).toEqual(expect.arrayContaining(['/have-your-say/short-breaks-statement/', '/events/2026-01-15-send-information-evening/', '/bulletins/2026-01/']));
    expect(inFeed).not.toContain('/events/2026-01-27-sensory-support-workshop-1/');
    expect(FIXTURE.page('/for/')('main a[href="/for/parent-carers/"]')).toHaveLength(1);
  });
});

describe('"In short" under each article', () => {
  it('sits straight under its heading, and the contents list carries the same words', () => {
    const $ = FIXTURE.page('/bulletins/2026-01/');
    const summaries = $('main .in-short');
    expect(summaries).toHaveLength(2);
    summaries.each((_, summary) => {
      const heading = $(summary).prev('h2[id]');
      expect(heading.length).toBe(1);
      const listed = $(`.contents a[href="#${heading.attr('id')}"]`).parent().find('p').text();
      expect(`In short: ${listed}`).toBe($(summary).text());
    });
    expect($('#send-information-evening + .in-short').text()).toBe(
      'In short: An evening for parents and carers at the Council House on 15 January. Email to book a place.',
    );
  });

  it('is in the bulletin feed item and the email edition too', async () => {
    const feed = await new Parser({ customFields: { item: ['content:encoded'] } }).parseString(FIXTURE.read('/bulletins/rss.xml'));
    const item = feed.items.find((entry) => entry.link?.endsWith('/bulletins/2026-01/'));
    expect(item?.['content:encoded']).toContain('<strong>In short:</strong> Three free workshops for school staff');
    expect(FIXTURE.read('/bulletins/2026-01/email.html')).toContain('Three free workshops for school staff');
  });
});

describe('jargon', () => {
  it('is linked to its glossary entry where first used in running text, once a page', () => {
    const $ = FIXTURE.page('/have-your-say/short-breaks-statement/');
    const links = $('main a.term');
    expect(links.map((_, a) => `${$(a).text()} ${$(a).attr('href')}`).get()).toEqual(['respite /glossary/#respite']);
    expect(FIXTURE.page('/glossary/')('#respite dfn').text()).toBe('Respite');
  });

  it('an abbreviation the bulletins never expand is shown as written, never given a meaning', () => {
    const $ = LIVE.page('/glossary/');
    expect($('#scln').next('dd').text()).toContain('The bulletins do not say what this stands for.');
    for (const path of LIVE.sitemapPaths()) expect(LIVE.read(path), path).not.toMatch(/<abbr title="[^"]*">SCLN<\/abbr>/);
  });
});

describe.each([FIXTURE, LIVE])('no dead ends on $name', (site) => {
  const ACTION = 'a[href^="http"], a[href^="mailto:"], a[href^="tel:"], a[href^="/"]';

  it('every way to respond, way to book and named document ends in a link, an email or a phone number', () => {
    const deadEnds: string[] = [];
    let items = 0;
    for (const path of site.sitemapPaths()) {
      const $ = site.page(path);
      for (const item of [...$('#ways-to-respond ~ ul > li'), ...$('#documents ~ ul > li'), ...$('section[aria-labelledby="booking"]')]) {
        items += 1;
        if ($(item).find(ACTION).length === 0) deadEnds.push(`${path}: ${$(item).text().replace(/\s+/g, ' ').trim()}`);
      }
      if (/gives no link|does not link to it or say whom to ask/.test(text($))) deadEnds.push(`${path}: names something nobody can be asked for`);
    }
    expect(items).toBeGreaterThan(5);
    expect(deadEnds).toEqual([]);
  });
});

describe('a form the source names without a link', () => {
  it('says whom to email for it, with the subject filled in', () => {
    const booking = FIXTURE.page('/events/2026-03-10-inclusion-conference/')('section[aria-labelledby="booking"]');
    expect(booking.text().replace(/\s+/g, ' ')).toContain(
      'Inclusion conference booking form. The bulletin does not link to it. Email Sam Fixture to ask for “Inclusion conference booking form” (sam.fixture@example.org).',
    );
    expect(booking.find('a').attr('href')).toBe('mailto:sam.fixture@example.org?subject=Please%20send%20me%3A%20Inclusion%20conference%20booking%20form');
  });
});
