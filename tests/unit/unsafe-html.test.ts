import { describe, expect, it } from 'vitest';
import { describeUnsafeHtml, unsafeHtmlProblems } from '../../src/lib/unsafe-html';

describe('unsafe HTML in content', () => {
  it.each(['script', 'iframe', 'object', 'embed', 'base', 'meta', 'SCRIPT'])('rejects a <%s> element', (tag) => {
    expect(unsafeHtmlProblems(tag, {})).toEqual([expect.stringContaining(`<${tag.toLowerCase()}> element`)]);
  });

  it('rejects event-handler attributes however they are written', () => {
    expect(unsafeHtmlProblems('img', { src: 'x.png', onError: 'alert(1)' })).toEqual([expect.stringMatching(/onError attribute on <img>.*remove it/)]);
    expect(unsafeHtmlProblems('div', { onmouseover: 'x' })).toHaveLength(1);
  });

  it('rejects javascript: addresses, even with spaces, tabs or capitals', () => {
    for (const href of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'vbscript:x']) {
      expect(unsafeHtmlProblems('a', { href })).toEqual([expect.stringMatching(/script: address in href on <a>.*https:\/\//)]);
    }
  });

  it('rejects data: addresses in links, which can carry a whole page', () => {
    expect(unsafeHtmlProblems('a', { href: 'data:text/html,<script>alert(1)</script>' })).toHaveLength(1);
  });

  it('allows ordinary content', () => {
    expect(unsafeHtmlProblems('a', { href: 'https://www.localofferbirmingham.co.uk/', title: 'Local Offer' })).toEqual([]);
    expect(unsafeHtmlProblems('a', { href: 'mailto:Helen.Ellis@birmingham.gov.uk' })).toEqual([]);
    expect(unsafeHtmlProblems('table', { className: ['timetable', 'wide'] })).toEqual([]);
    expect(unsafeHtmlProblems('img', { src: 'data:image/png;base64,AAAA', alt: '' })).toEqual([]);
  });

  it('the message names the file and lists every problem', () => {
    expect(describeUnsafeHtml('content/events/a.md', ['one', 'two'])).toMatch(/^content\/events\/a\.md contains HTML that could run code[^\n]*\n  - one\n  - two\n/);
  });
});
