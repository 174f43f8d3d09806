import { describe, expect, it } from 'vitest';
import { feedItemHtml, outputProblems } from '../../src/lib/output-safety';

describe('the finished output is checked against what the site writes', () => {
  it('finds a redirect that a text rewrite let out of an attribute', () => {
    // What the regex date marking made of ![Poster > 20 March 2026 <meta ...>](a.png).
    const broken = '<p><img src="/_astro/a.png" alt="Poster > <time datetime="2026-03-20">20 March 2026</time> <meta http-equiv=refresh content=1;url=/accessibility/?x>"></p>';
    expect(outputProblems(broken, 'page')).toContain('a <meta http-equiv="refresh">, which can redirect or reconfigure the page');
  });

  it.each([
    ['<style>body{display:none}</style>', 'a <style> element'],
    ['<iframe src="https://example.org"></iframe>', 'an <iframe> that is not a sandboxed preview'],
    ['<iframe srcdoc="<p>x</p>" sandbox="allow-scripts"></iframe>', 'an <iframe> that is not a sandboxed preview'],
    ['<iframe srcdoc="<script>alert(1)</script>" sandbox=""></iframe>', 'a <script> element'],
    ['<base href="https://example.org/">', 'a <base> element'],
    ['<object data="x.swf"></object>', 'a <object> element'],
    ['<p style="display:none">x</p>', 'a style="display:none" attribute on <p>'],
    ['<img src="x.png" alt="" onerror="alert(1)">', 'a onerror="alert(1)" attribute on <img>'],
    ['<a href="jav&#x61;script:alert(1)">x</a>', 'a javascript: address in href on <a>'],
    ['<a href="data:text/html,x">x</a>', 'a data: address in href on <a>'],
    ['<script src="https://example.org/x.js"></script>', '<script src="https://example.org/x.js"> loads from another site'],
    ['<img src="//example.org/a.png" alt="">', '<img src="//example.org/a.png"> loads from another site'],
    ['<form action="https://example.org/steal"></form>', '<form action="https://example.org/steal"> loads from another site'],
    ['<input type="password" name="p">', 'an <input type="password">'],
    ['<svg><script>alert(1)</script></svg>', 'a <svg> element'],
  ])('in a page: %s', (html, expected) => {
    expect(outputProblems(html, 'page')).toContain(expected);
  });

  it.each([
    ['<script>alert(1)</script>', 'a <script> element'],
    ['<form action="/search/"><input name="q"></form>', 'a <form> element'],
    ['<meta http-equiv="refresh" content="0;url=https://example.org">', 'a <meta> element'],
  ])('in a feed item: %s', (html, expected) => {
    expect(outputProblems(html, 'feed item')).toContain(expected);
  });

  it('an email may be styled inline, and nothing more', () => {
    const email = '<!doctype html><html lang="en-GB" dir="ltr"><head><meta charset="utf-8"><title>x</title><style>p{margin:0}</style></head><body style="margin:0"><h1 style="font-size:28px">x</h1></body></html>';
    expect(outputProblems(email, 'email')).toEqual([]);
    expect(outputProblems(`${email}<script>alert(1)</script>`, 'email')).toContain('a <script> element');
    expect(outputProblems('<base target="_blank">', 'email')).toEqual([]);
    expect(outputProblems('<base href="https://example.org/">', 'email')).toContain('a <base> element');
    expect(outputProblems('<p style="x" onclick="y">x</p>', 'email')).toContain('a onclick="y" attribute on <p>');
    expect(outputProblems(`<iframe class="email-preview" title="Preview" sandbox="" srcdoc="${email.replace(/"/g, '&quot;')}"></iframe>`, 'page')).toEqual([]);
  });

  it('allows what the templates and content write', () => {
    const page =
      '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src \'self\'"><link rel="alternate" type="application/rss+xml" href="/rss.xml"><script type="module" src="/_astro/a.js"></script><script type="application/ld+json">{}</script></head>' +
      '<body><main id="main-content" tabindex="-1"><form action="/search/" role="search"><input type="search" name="q"></form>' +
      '<div class="table-scroll" tabindex="0" role="region" aria-label="x"><table><caption>x</caption><tr><th scope="col">a</th></tr></table></div>' +
      '<a href="webcal://example.org/events.ics">Subscribe</a><a href="mailto:a@example.org">a</a><img src="/_astro/p.webp" alt="Poster" width="10" height="10" loading="lazy" decoding="async"><p data-pagefind-ignore>x</p></main></body></html>';
    expect(outputProblems(page, 'page')).toEqual([]);
    expect(outputProblems('<h2 id="a">A</h2><p><abbr title="x">EHCP</abbr> <time datetime="2026-01-21">21 January</time></p><div class="table-scroll" tabindex="0" role="region" aria-label="x"><table><tr><td>x</td></tr></table></div>', 'feed item')).toEqual([]);
  });

  it("allows the site's own images as full addresses, as feeds give them", () => {
    expect(outputProblems('<img src="https://example.org/news/_astro/a.webp" alt="">', 'feed item', 'https://example.org/news/')).toEqual([]);
    expect(outputProblems('<img src="https://example.net/a.webp" alt="">', 'feed item', 'https://example.org/news/')).toEqual([
      '<img src="https://example.net/a.webp"> loads from another site',
    ]);
  });

  it('reads the HTML out of each feed item, escaped or in CDATA', () => {
    const xml = '<rss><channel><description>Plain</description><item><description>&lt;p&gt;One&lt;/p&gt;</description><content:encoded><![CDATA[<p>Two<script>x</script></p>]]></content:encoded></item></channel></rss>';
    expect(feedItemHtml(xml)).toEqual(['Plain', '<p>One</p>', '<p>Two<script>x</script></p>']);
  });
});
