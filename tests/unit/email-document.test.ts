import { load } from 'cheerio';
import { describe, expect, test } from 'vitest';
import { emailDocument, textDirection, type EmailInput } from '../../src/lib/email/email-document';

const input: EmailInput = {
  language: 'en-GB',
  title: 'Anytown SEND update - March 2026',
  webUrl: 'https://news.anytown.example/bulletins/2026-03/',
  byline: 'March 2026 issue, from A Person, Director',
  summary: 'What is new this month.',
  articles: [{ title: 'First article' }, { title: 'Second article', summary: 'Short version of the second.' }],
  bodyHtml: '<h2>First article</h2><p>One.</p><h2>Second article</h2><p>Two <a href="mailto:a@anytown.example">a@anytown.example</a>.</p>',
  events: [{ title: 'A workshop', url: 'https://news.anytown.example/events/a/', when: 'Monday 2 March 2026', place: 'Online' }],
  requests: [],
  undated: [{ title: 'Roadshows', description: 'More to come.', link: { title: 'Roadshow page' } }],
  contacts: [{ email: 'send@anytown.example' }],
  footer: {
    siteName: 'Anytown SEND news',
    organisation: { name: 'Anytown Council', url: 'https://www.anytown.example' },
    subscribeUrl: 'https://news.anytown.example/subscribe/',
  },
};

describe('the email document', () => {
  const $ = load(emailDocument(input));

  test('is a whole document with language, direction and a real title', () => {
    expect($('html').attr('lang')).toBe('en-GB');
    expect($('html').attr('dir')).toBe('ltr');
    expect($('title').text()).toBe(input.title);
    expect($('script, form, img, link[rel=stylesheet]')).toHaveLength(0);
  });

  test('opens with the web link, then h1 and h2 in the page order', () => {
    expect($('.email a').first().text()).toBe('View this bulletin on the website');
    expect($('.email a').first().attr('href')).toBe(input.webUrl);
    expect($('h1, h2').map((_, element) => `${element.tagName} ${$(element).text()}`).get()).toEqual([
      `h1 ${input.title}`,
      'h2 In this bulletin',
      'h2 First article',
      'h2 Second article',
      'h2 Events in this bulletin',
      'h2 Announced without a date',
    ]);
  });

  test('lists what is in it, with an article summary where there is one', () => {
    const items = $('ol').first().find('li').map((_, element) => $(element).text()).get();
    expect(items).toEqual([
      'First article',
      'Second articleIn short: Short version of the second.',
      'Events in this bulletin',
      'Announced without a date',
    ]);
  });

  test('says when the source gives no link, makes none up, and says whom to ask', () => {
    expect($('.email').text()).toContain('Roadshow page. The bulletin does not link to it. Email send@anytown.example to ask for “Roadshow page”.');
    expect($('.email a[href^="mailto:send@anytown.example"]').attr('href')).toBe('mailto:send@anytown.example?subject=Please%20send%20me%3A%20Roadshow%20page');
  });

  test('carries its layout and colours on the elements, so it survives a client stripping <style>', () => {
    expect($('.email').attr('style')).toMatch(/max-width: 600px/);
    expect($('.email').attr('style')).toMatch(/color: #0b0c0c/);
    expect($('h1').attr('style')).toMatch(/font-size/);
    expect($('a').first().attr('style')).toMatch(/color: #1d5fa7/);
    // Only the dark scheme stays in <style>, where a client that keeps it also understands it.
    expect($('style').text()).toMatch(/^\s*@media \(prefers-color-scheme: dark\)/);
  });

  test('has the unsubscribe placeholder only when the council sets one', () => {
    expect($('.email').text()).not.toMatch(/unsubscribe|stop getting/i);
    const withPlaceholder = load(emailDocument({ ...input, footer: { ...input.footer, unsubscribe: '*|UNSUB|*' } }));
    expect(withPlaceholder('.email').text()).toContain('To stop getting these emails: *|UNSUB|*');
  });

  test('escapes content, so a title cannot add markup', () => {
    const $$ = load(emailDocument({ ...input, title: 'A <script>alert(1)</script> title' }));
    expect($$('script')).toHaveLength(0);
    expect($$('h1').text()).toBe('A <script>alert(1)</script> title');
  });
});

describe('text direction', () => {
  test('follows the language', () => {
    expect(textDirection('en-GB')).toBe('ltr');
    expect(textDirection('cy')).toBe('ltr');
    expect(textDirection('ar')).toBe('rtl');
    expect(textDirection('ur-PK')).toBe('rtl');
  });
});
