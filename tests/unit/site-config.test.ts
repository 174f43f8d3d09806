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
    expect(() => defineSiteConfig({ ...good, url: 'send-news' })).toThrow(/site\.config\.ts has mistakes:\n {2}- url: The site address must be a full URL/);
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
});
