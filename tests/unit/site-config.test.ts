import { describe, expect, test } from 'vitest';
import { defineSiteConfig, type SiteConfigInput } from '../../src/lib/site-config';
import site from '../../site.config';

const good: SiteConfigInput = {
  name: 'Anytown SEND news',
  description: 'SEND updates from Anytown Council.',
  organisation: { name: 'Anytown Council', url: 'https://www.anytown.gov.uk' },
  url: 'https://send-news.anytown.gov.uk',
  localOffer: { label: 'Anytown Local Offer', url: 'https://localoffer.anytown.gov.uk' },
  accessibility: {
    contact: { label: 'Contact us', url: 'https://www.anytown.gov.uk/contact' },
    prepared: '2026-11-27',
    lastReviewed: '2026-11-27',
    firstPublished: '2026-11-27',
  },
};

describe('site config', () => {
  test('the committed config is valid', () => {
    expect(site.name).toBeTruthy();
    expect(site.language).toBe('en-GB');
  });

  test('another council can use the engine with its own details', () => {
    expect(defineSiteConfig(good)).toMatchObject({ name: 'Anytown SEND news', social: [], closingSoonDays: 7 });
  });

  test('a mistake names the file and field', () => {
    expect(() => defineSiteConfig({ ...good, url: 'send-news' })).toThrow(/site\.config\.ts has mistakes:\n {2}- url: "send-news" is not a web address\. Give the full address/);
    expect(() =>
      defineSiteConfig({ ...good, accessibility: { ...good.accessibility, prepared: '27/11/2026' } }),
    ).toThrow(/accessibility\.prepared: Write dates as YYYY-MM-DD/);
  });

  test.each([
    ['javascript:alert(1)', 'must start with https://'],
    ['http://example.org', 'must start with https://'],
    ['ftp://example.org', 'must start with https://'],
    ['https://example.org/news?x=1', 'has a ? or # part'],
    ['https://example.org/news#top', 'has a ? or # part'],
    ['https://user:secret@example.org', 'has a user name or password'],
  ])('the site address %s is refused: %s', (url, message) => {
    expect(() => defineSiteConfig({ ...good, url })).toThrow(message);
  });

  test.each(['https://example.org/send-news', 'https://example.org/send-news/', 'http://localhost:4321'])('the site address %s is accepted', (url) => {
    expect(defineSiteConfig({ ...good, url }).url).toBe(url);
  });
});

describe('sub-paths', () => {
  test('the base path comes from the address, and internal links get it', async () => {
    const { absoluteUrl, basePathOf, withBasePath, withoutBasePath } = await import('../../src/lib/base-path');
    expect(basePathOf('https://example.org')).toBe('');
    expect(basePathOf('https://example.org/send-news/')).toBe('/send-news');
    expect(withBasePath('/send-news', '/events/')).toBe('/send-news/events/');
    expect(withBasePath('/send-news', '/send-news/events/')).toBe('/send-news/events/');
    expect(withBasePath('/send-news', 'https://example.net/')).toBe('https://example.net/');
    expect(withBasePath('/send-news', '#main')).toBe('#main');
    expect(withBasePath('/send-news', '//example.net/x')).toBe('//example.net/x');
    expect(withBasePath('', '/events/')).toBe('/events/');
    expect(withoutBasePath('/send-news', '/send-news/events/')).toBe('/events/');
    expect(withoutBasePath('/send-news', '/send-news')).toBe('/');
    expect(withoutBasePath('/send-news', '/send-newsletter/')).toBe('/send-newsletter/');
    expect(absoluteUrl('https://example.org/send-news', '/events/x/')).toBe('https://example.org/send-news/events/x/');
    expect(absoluteUrl('https://send-news.example.org', '/events/x/')).toBe('https://send-news.example.org/events/x/');
  });
});
