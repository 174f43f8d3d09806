import { describe, expect, test } from 'vitest';
import { emailLinkProblems } from '../../src/lib/email/email-links';

const html = (href: string) => `<p><a href="${href}">x</a></p>`;

describe('links in an email', () => {
  test('must be whole https or mailto addresses', () => {
    for (const good of ['https://news.example/events/', 'https://www.gov.uk/', 'mailto:a@b.example']) {
      expect(emailLinkProblems(html(good), 'https://news.example')).toEqual([]);
    }
    expect(emailLinkProblems(html('/events/'), 'https://news.example')[0]).toMatch(/not a whole address/);
    expect(emailLinkProblems(html('#top'), 'https://news.example')[0]).toMatch(/not a whole address/);
    expect(emailLinkProblems(html('http://other.example/'), 'https://news.example')[0]).toMatch(/must be https/);
    expect(emailLinkProblems(html('javascript:alert(1)'), 'https://news.example')[0]).toMatch(/must be https/);
  });

  test('to the site itself follow the site’s own address, which a local build gives as http', () => {
    expect(emailLinkProblems(html('http://localhost:4321/events/'), 'http://localhost:4321')).toEqual([]);
    expect(emailLinkProblems(html('http://localhost:9999/events/'), 'http://localhost:4321')).toHaveLength(1);
  });
});
