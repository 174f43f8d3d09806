import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import site from '../../site.config';
import { FIXTURE } from '../support/dist';

const DIST = FIXTURE.root;
const { page } = FIXTURE;

const htmlPages = () =>
  readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html') && !file.startsWith('pagefind') && !file.startsWith('admin/'))
    .map((file) => `/${file.replace(/index\.html$/, '')}`);

describe('sharing and search engine metadata', () => {
  it('gives every page a canonical address and matching Open Graph tags', () => {
    for (const path of htmlPages()) {
      const $ = page(path);
      const canonical = $('link[rel="canonical"]').attr('href');
      expect(canonical, path).toBe(new URL(path, site.url).href);
      const og = (property: string) => $(`meta[property="og:${property}"]`).attr('content');
      expect(og('url'), path).toBe(canonical);
      expect(og('site_name'), path).toBe(site.name);
      const title = $('title').text();
      expect(og('title'), path).toBe(path === '/' ? site.name : title.replace(` – ${site.name}`, ''));
      expect(og('title')!.length, path).toBeGreaterThan(0);
      expect(og('description'), path).toBe($('meta[name="description"]').attr('content'));
      expect(og('type'), path).toBe('website');
      expect(og('locale'), path).toBe(site.language.replace('-', '_'));
    }
  });

  it('describes each event page as a schema.org Event that says only what the page says', () => {
    const events = htmlPages().filter((path) => /^\/events\/[^/]+\/$/.test(path));
    expect(events.length).toBeGreaterThan(0);
    for (const path of events) {
      const $ = page(path);
      const data = JSON.parse($('script[type="application/ld+json"]').text());
      expect(data['@context']).toBe('https://schema.org');
      expect(data['@type']).toBe('Event');
      expect(data.name).toBe($('h1').text().trim());
      expect(data.url).toBe(new URL(path, site.url).href);
      // A day as the page writes it; a timed start as the same instant (JSON-LD gives the London offset, the page UTC).
      const shownStart = $('.summary-list time').first().attr('datetime')!;
      if (shownStart.includes('T')) expect(Date.parse(data.startDate), path).toBe(Date.parse(shownStart));
      else expect(data.startDate, path).toBe(shownStart);
      const where = $('.summary-list dt:contains("Where") + dd').text().trim();
      expect(data.eventAttendanceMode).toBe(
        where === 'Online' ? 'https://schema.org/OnlineEventAttendanceMode' : 'https://schema.org/OfflineEventAttendanceMode',
      );
      if (where === 'Online' || where.startsWith('The bulletin does not say')) expect(data.location, path).toBeUndefined();
      else expect(data.location, path).toEqual({ '@type': 'Place', name: where, address: where });
      expect(data.organizer.name).toBe(site.organisation.name);
    }
  });
});

describe('the subscribe page', () => {
  it('shows the address of every feed the build wrote, with a copy button, the events calendar and each social account', () => {
    const $ = page('/subscribe/');
    const hrefs = $('main a').map((_, link) => $(link).attr('href')).get();
    const addresses = $('main code.address').map((_, code) => $(code).text()).get();
    const copied = $('main button[data-copy]').map((_, button) => $(button).attr('data-copy')).get();
    const feeds = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('rss.xml'))
      .map((file) => new URL(`/${file}`, site.url).href);
    expect(feeds.length).toBeGreaterThan(4);
    for (const feed of feeds) {
      expect(addresses, feed).toContain(feed);
      expect(copied, feed).toContain(feed);
    }
    // Opening a feed in a browser shows code, so the page never links to one.
    expect(hrefs.filter((href) => href.endsWith('.xml'))).toEqual([]);
    const calendar = new URL('/events.ics', site.url);
    expect(hrefs).toContain(`webcal://${calendar.host}${calendar.pathname}`);
    expect($('main').text()).toContain(calendar.href);
    for (const account of site.social) expect(hrefs).toContain(account.url);
  });

  it('is linked from the main navigation, with search', () => {
    const nav = page('/')('header nav a').map((_, link) => page('/')(link).attr('href')).get();
    expect(nav).toEqual(expect.arrayContaining(['/search/', '/subscribe/']));
  });
});
