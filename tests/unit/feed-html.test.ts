import { describe, expect, it } from 'vitest';
import { feedHtml } from '../../src/lib/feeds/feed-html';
import { escapeHtml } from '../../src/lib/html-text';

const page = 'https://send-news.example.org/bulletins/2025-12/';

describe('feedHtml', () => {
  it('makes site links, fragments and images absolute against the page', () => {
    const html = feedHtml(
      '<p><a href="/events/x/">Event</a> <a href="#funding">Funding</a> <a href="other/">Other</a><img src="/a.png" alt="A"></p>',
      page,
    );
    expect(html).toContain('href="https://send-news.example.org/events/x/"');
    expect(html).toContain('href="https://send-news.example.org/bulletins/2025-12/#funding"');
    expect(html).toContain('href="https://send-news.example.org/bulletins/2025-12/other/"');
    expect(html).toContain('src="https://send-news.example.org/a.png"');
  });

  it('keeps external and email links as they are', () => {
    const html = feedHtml('<a href="https://forms.office.com/e/1">Form</a> <a href="mailto:a@b.org">a@b.org</a>', page);
    expect(html).toContain('href="https://forms.office.com/e/1"');
    expect(html).toContain('href="mailto:a@b.org"');
  });

  it('removes scripts, styles, event handlers, classes and unsafe links', () => {
    const html = feedHtml(
      '<style>p{}</style><script>alert(1)</script><p class="lead" style="color:red" onclick="x()">Hi <a href="javascript:alert(1)">bad</a></p>',
      page,
    );
    expect(html).toBe('<p>Hi <a>bad</a></p>');
  });

  it('keeps tables readable but drops an empty caption and page-only wrappers', () => {
    const html = feedHtml(
      '<div class="table-scroll" tabindex="0" role="region"><table><caption></caption><tr><th scope="row"><a href="/events/w1/">Workshop 1<span class="visually-hidden">: Title</span></a></th></tr></table></div>',
      page,
    );
    expect(html).toBe(
      '<table><tr><th scope="row"><a href="https://send-news.example.org/events/w1/">Workshop 1: Title</a></th></tr></table>',
    );
  });
});

describe('escapeHtml', () => {
  it('escapes every character that could start markup or end an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;&#60;/a&#62;');
  });
});
