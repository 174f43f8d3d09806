import { describe, expect, it } from 'vitest';
import { describeLinkProblems, extractLinks, linkProblems, sitePathOf, type BuiltSite } from '../../src/lib/link-check';

function site(pages: Record<string, string>, otherFiles: string[] = []): BuiltSite {
  return {
    origin: 'https://send-news.example.org',
    files: new Set([...Object.keys(pages), ...otherFiles]),
    pages: new Map(Object.entries(pages).map(([file, html]) => [file, extractLinks(html)])),
  };
}

const bulletin = '<h2 id="save-the-date">Save the date</h2><a href="#save-the-date">Jump</a>';

describe('link check', () => {
  it('reads links and ids, decoding entities', () => {
    const links = extractLinks('<a id="x" href="/a/?q=1&amp;b=2">A</a><img src="/i.png"><link rel="stylesheet" href="/s.css"><p id="y">');
    expect([...links.ids]).toEqual(['x', 'y']);
    expect(links.links.map((link) => link.value)).toEqual(['/a/?q=1&b=2', '/i.png', '/s.css']);
  });

  it('maps built files to addresses', () => {
    expect(sitePathOf('events/x/index.html')).toBe('/events/x/');
    expect(sitePathOf('index.html')).toBe('/');
    expect(sitePathOf('404.html')).toBe('/404.html');
  });

  it('accepts links that resolve, with or without a trailing slash, relative, absolute to the site, or to files', () => {
    const built = site(
      {
        'index.html': '<a href="/bulletins/2026-02/">B</a><a href="/bulletins/2026-02">B</a><a href="bulletins/2026-02/#save-the-date">B</a><a href="https://send-news.example.org/rss.xml">Feed</a><a href="#top">Top</a>',
        'bulletins/2026-02/index.html': bulletin,
      },
      ['rss.xml'],
    );
    expect(linkProblems(built)).toEqual([]);
  });

  it('checks calendar subscription (webcal:) links like web addresses', () => {
    const built = site({ 'subscribe/index.html': '<a href="webcal://send-news.example.org/events.ics">All</a><a href="webcal://send-news.example.org/nope.ics">Gone</a>' }, ['events.ics']);
    expect(linkProblems(built).map((problem) => problem.link)).toEqual(['webcal://send-news.example.org/nope.ics']);
  });

  it('reports a link to a page that does not exist', () => {
    const built = site({ 'index.html': '<a href="/events/nope/">Gone</a>' });
    expect(linkProblems(built)).toEqual([{ page: '/', link: '/events/nope/', message: expect.stringMatching(/^Nothing on the site is at \/events\/nope\//) }]);
  });

  it('reports a #fragment that is not on the target page, and one on the same page', () => {
    const built = site({
      'index.html': '<a href="/bulletins/2026-02/#save-the-dates">x</a>',
      'bulletins/2026-02/index.html': `${bulletin}<a href="#nowhere">y</a>`,
    });
    expect(linkProblems(built).map((problem) => [problem.page, problem.link])).toEqual([
      ['/', '/bulletins/2026-02/#save-the-dates'],
      ['/bulletins/2026-02/', '#nowhere'],
    ]);
  });

  it('reports external addresses that are not well formed, and script or empty links', () => {
    const built = site({
      'index.html': '<a href="https://www">a</a><a href="http://exa mple.org">b</a><a href="mailto:nobody">c</a><a href="javascript:void(0)">d</a><a href="">e</a><a href="https://www.localofferbirmingham.co.uk/">ok</a><a href="mailto:Helen.Ellis@birmingham.gov.uk">ok</a>',
    });
    expect(linkProblems(built).map((problem) => problem.link)).toEqual(['https://www', 'http://exa mple.org', 'mailto:nobody', 'javascript:void(0)', '']);
  });

  it('names the content file an editor can open', () => {
    const message = describeLinkProblems(
      [{ page: '/events/x/', link: '/events/y/', message: 'Nothing on the site is at /events/y/.' }],
      (page) => (page === '/events/x/' ? 'content/events/x.md' : undefined),
    );
    expect(message).toBe(
      'The site has a broken link. Fix it and build again.\n\ncontent/events/x.md (the page /events/x/)\n  /events/y/: Nothing on the site is at /events/y/.',
    );
  });
});

describe('a site published under a sub-path', () => {
  it('checks links that carry the sub-path against the built files, and finds those that do not', () => {
    const built = { ...site({ 'index.html': '<a href="/send-news/events/">Events</a><a href="x/">Relative</a><a href="/events/">Missing base</a><a href="https://send-news.example.org/other-site/">Beside it</a>', 'events/index.html': '', 'x/index.html': '' }), base: '/send-news/' };
    expect(linkProblems(built)).toEqual([
      { page: '/', link: '/events/', message: expect.stringContaining('/events/ is outside this site, which is published under /send-news/.') },
    ]);
  });
});
