import { describe, expect, it } from 'vitest';
import site from '../../site.config';
import { FIXTURE, LIVE, text } from '../support/dist';

/*
 * What the SEND Regulations 2014 ask a Local Offer to publish: what people said and what
 * the council did (regulation 56), and how to get the information another way
 * (regulation 57). The fixture site is built with the committed site.config.ts.
 */

describe.each([FIXTURE, LIVE])('every page of $name', (built) => {
  it('links to another way to get the information, and to tell us what you think with the page named in the subject', () => {
    expect(site.contact.email).toBeDefined();
    for (const path of built.sitemapPaths()) {
      const $ = built.page(path);
      expect($('footer a[href="/another-way/"]').length, path).toBe(1);
      const feedback = new URL($('footer a[href^="mailto:"]').attr('href') ?? 'mailto:');
      expect(feedback.pathname, path).toBe(site.contact.email);
      const pageTitle = $('title').text().replace(` – ${site.name}`, '');
      expect(feedback.searchParams.get('subject'), path).toBe(`Feedback on the page: ${pageTitle}`);
    }
  });
});

describe('you said, we did', () => {
  const $ = FIXTURE.page('/you-said-we-did/');
  const item = (id: string) => $(`#${id}`);

  it('shows each entry with a date, a theme, what was said, what was done and links to where it came from', () => {
    const website = item('website-feedback');
    expect(website.find('h2').text()).toBe('The Local Offer website');
    expect(website.find('time').attr('datetime')).toBe('2026-01');
    expect(website.find('dt').map((_, dt) => $(dt).text()).get()).toEqual(['You said', 'We did', 'From']);
    expect(website.find('dd a').map((_, a) => $(a).attr('href')).get()).toEqual(['/have-your-say/local-offer-website-feedback/', '/bulletins/2026-01/']);
  });

  it("includes each request's published outcome, and nothing from a draft bulletin", () => {
    expect(item('outcome-send-information-service-review').find('dd').eq(1).text()).toContain('Thank you to the 212 families who replied.');
    expect(text($)).not.toContain('must never be published');
    // Newest first; a day sorts after the bare month it falls in.
    expect($('main .card-list > li').map((_, li) => $(li).attr('id')).get()).toEqual([
      'outcome-send-information-service-review',
      'website-feedback',
      'drop-in-times',
    ]);
  });

  it('on the live site, shows the feedback the bulletins report', () => {
    const live = LIVE.page('/you-said-we-did/');
    expect(live('main .card-list > li').length).toBeGreaterThan(0);
    live('main .card-list > li').each((_, entry) => {
      expect(live(entry).find('.meta time[datetime]').length).toBe(1);
      expect(live(entry).find('dd a[href^="/bulletins/"]').length).toBe(1);
    });
  });
});

describe('another way to get this information', () => {
  const $ = FIXTURE.page('/another-way/');

  it('gives each route the config has, and says plainly which it does not', () => {
    expect($(`main a[href^="mailto:${site.contact.email}"]`).length).toBeGreaterThan(0);
    expect(text($)).toContain(site.contact.phone ? site.contact.phone : 'No phone number has been published for this yet.');
    expect(text($)).toContain(site.contact.post ? site.contact.post[0] : 'No postal address has been published for this yet.');
  });

  it('is linked from the accessibility statement, which has the same contact and says what it knows of reply times', () => {
    const statement = FIXTURE.page('/accessibility/');
    expect(statement('main a[href="/another-way/"]').length).toBeGreaterThan(0);
    expect(statement(`main a[href^="mailto:${site.contact.email}"]`).length).toBeGreaterThan(0);
    expect(text(statement)).toContain(
      site.accessibility.responseDays ? `${site.accessibility.responseDays} days` : 'The council has not yet said how long it takes to reply.',
    );
  });
});
