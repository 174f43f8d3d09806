import { describe, expect, test } from 'vitest';
import { defineSiteConfig, type SiteConfigInput } from '../../src/lib/site-config';

const good: SiteConfigInput = {
  name: 'Anytown SEND news',
  description: 'SEND updates from Anytown Council.',
  bulletins: { name: 'SEND Newsletter', topic: 'SEND' },
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
  test('another council can use the engine with its own details', () => {
    expect(defineSiteConfig(good)).toMatchObject({ name: 'Anytown SEND news', social: [], closingSoonDays: 7 });
  });

  test('a mistake names the file and field', () => {
    expect(() => defineSiteConfig({ ...good, url: 'send-news' })).toThrow(/site\.config\.ts has mistakes:\n {2}- url: "send-news" is not a web address\. Give the full address/);
    expect(() =>
      defineSiteConfig({ ...good, accessibility: { ...good.accessibility, prepared: '27/11/2026' } }),
    ).toThrow(/accessibility\.prepared: Write dates as YYYY-MM-DD/);
    expect(() => defineSiteConfig({ ...good, email: { from: { name: 'Anytown', address: 'anytown.gov.uk' } } })).toThrow(
      /email\.from\.address: Write the from address as a full email address/,
    );
  });

  test('the email settings are optional: no unsubscribe placeholder unless the council sets one', () => {
    expect(defineSiteConfig(good).email).toEqual({});
    expect(defineSiteConfig({ ...good, email: { unsubscribe: '*|UNSUB|*' } }).email.unsubscribe).toBe('*|UNSUB|*');
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
    const { absoluteUrl, basePathOf, contentLinkWithBase, withoutBase } = await import('../../src/lib/routes');
    expect(basePathOf('https://example.org')).toBe('/');
    expect(basePathOf('https://example.org/send-news/')).toBe('/send-news/');
    expect(contentLinkWithBase('/events/', '/send-news/')).toBe('/send-news/events/');
    expect(contentLinkWithBase('/send-news/events/', '/send-news/')).toBe('/send-news/events/');
    expect(contentLinkWithBase('https://example.net/', '/send-news/')).toBe('https://example.net/');
    expect(contentLinkWithBase('#main', '/send-news/')).toBe('#main');
    expect(contentLinkWithBase('//example.net/x', '/send-news/')).toBe('//example.net/x');
    expect(contentLinkWithBase('/events/', '/')).toBe('/events/');
    expect(withoutBase('/send-news/events/', '/send-news/')).toBe('/events/');
    expect(withoutBase('/send-newsletter/', '/send-news/')).toBe('/send-newsletter/');
    expect(absoluteUrl('/events/x/', 'https://example.org/send-news')).toBe('https://example.org/send-news/events/x/');
    expect(absoluteUrl('/events/x/', 'https://send-news.example.org')).toBe('https://send-news.example.org/events/x/');
  });
});
