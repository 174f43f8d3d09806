import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, test } from 'vitest';
import { finishHtml } from '../../src/lib/finish-html';
import { findDates } from '../../src/lib/mark-dates';

const glossary = [
  { id: 'SEND', expansion: 'special educational needs and disabilities' },
  { id: 'ICB', expansion: 'Integrated Care Board' },
  { id: 'SENCO', expansion: 'special educational needs coordinator' },
  { id: 'SENAR', expansion: 'Special Educational Needs Assessment and Review' },
];
const finish = (html: string, referenceMonth?: string) => finishHtml(html, { glossary, referenceMonth });
const dates = (text: string, referenceMonth?: string) =>
  findDates(text, referenceMonth).map((date) => [text.slice(date.start, date.end), date.datetime]);

describe('finding dates', () => {
  test('a full date keeps its year', () => {
    expect(dates('Closes on 31 December 2025.')).toEqual([['31 December 2025', '2025-12-31']]);
  });

  test('a date without a year takes the nearest year to the month it was written for', () => {
    expect(dates('on 19 March.', '2026-02')).toEqual([['19 March', '2026-03-19']]);
    expect(dates('by Friday, 27 February please', '2026-02')).toEqual([['Friday, 27 February', '2026-02-27']]);
    // The December 2025 bulletin's "21 January" is next month, not last January.
    expect(dates('on 21 January', '2025-12')).toEqual([['21 January', '2026-01-21']]);
  });

  test('a date without a year is left alone when the month it was written for is unknown', () => {
    expect(dates('on 19 March.')).toEqual([]);
  });

  test('an impossible date is not marked', () => {
    expect(dates('on 30 February 2026')).toEqual([]);
    expect(dates('on 31 April', '2026-02')).toEqual([]);
  });

  test('a range marks both days, the first borrowing the month and year of the second', () => {
    expect(dates('on Tuesday, 16 and Wednesday, 17 June 2026 at')).toEqual([
      ['Tuesday, 16', '2026-06-16'],
      ['Wednesday, 17 June 2026', '2026-06-17'],
    ]);
    expect(dates('on 16/17 June.', '2026-02')).toEqual([
      ['16', '2026-06-16'],
      ['17 June', '2026-06-17'],
    ]);
  });

  test('a month and year, written out or short', () => {
    expect(dates('began in December 2022 with')).toEqual([['December 2022', '2022-12']]);
    expect(dates('Workshops Jan 2026')).toEqual([['Jan 2026', '2026-01']]);
  });

  test('leaves numbers that are not dates alone', () => {
    for (const text of ['New Ways of Working 2026/27', 'Workstream 2 - EOI', 'around 60 during holidays', '1:1 sessions', 'in May we']) {
      expect(dates(text, '2026-02')).toEqual([]);
    }
  });
});

describe('the finishing step', () => {
  test('marks dates in text, never in attributes or existing <time>', () => {
    const html = '<p title="1 March 2026"><time datetime="2026-03-01">1 March 2026</time> and 2 March 2026</p>';
    expect(finish(html)).toBe(
      '<p title="1 March 2026"><time datetime="2026-03-01">1 March 2026</time> and <time datetime="2026-03-02">2 March 2026</time></p>',
    );
  });

  test('skips code, scripts and styles', () => {
    const html = '<code>1 March 2026 SEND</code><script>var d = "1 March 2026 SEND";</script><style>p{}</style>';
    expect(finish(html)).toBe(html);
  });

  test('text that looks like markup stays text: an alt text or title cannot inject an element', () => {
    const hostile = '<p><img src="/a.png" alt="Poster > 20 March 2026 <meta http-equiv=refresh content=1;url=/x>"></p>';
    const finished = parseDocument(finish(hostile));
    expect(DomUtils.getElementsByTagName('meta', finished)).toHaveLength(0);
    expect(DomUtils.getElementsByTagName('time', finished)).toHaveLength(0);
    expect(DomUtils.getElementsByTagName('img', finished)[0].attribs.alt).toBe('Poster > 20 March 2026 <meta http-equiv=refresh content=1;url=/x>');
    const text = '<p>sessions &gt; 2 hours, next on 20 March 2026 &lt;meta&gt; SEND</p>';
    expect(finish(text)).toBe(
      '<p>sessions &gt; 2 hours, next on <time datetime="2026-03-20">20 March 2026</time> &lt;meta&gt; <abbr title="special educational needs and disabilities">SEND</abbr><span class="expansion"> (special educational needs and disabilities)</span></p>',
    );
  });

  test('a glossary expansion that looks like markup is escaped', () => {
    const expansion = '"><script>alert(1)</script>';
    const finished = parseDocument(finishHtml('<p>ICB</p>', { glossary: [{ id: 'ICB', expansion }] }));
    expect(DomUtils.getElementsByTagName('script', finished)).toHaveLength(0);
    expect(DomUtils.getElementsByTagName('abbr', finished)[0].attribs.title).toBe(expansion);
  });

  test('explains only the first use in running text', () => {
    expect(finish('<p>SEND support and SEND news</p>')).toBe(
      '<p><abbr title="special educational needs and disabilities">SEND</abbr><span class="expansion"> (special educational needs and disabilities)</span> support and SEND news</p>',
    );
  });

  test('does not repeat an expansion the author already wrote, even across elements', () => {
    expect(finish('<p>the Integrated Care Board (ICB) and the ICB</p>')).toBe(
      '<p>the Integrated Care Board (<abbr title="Integrated Care Board">ICB</abbr>) and the ICB</p>',
    );
    expect(finish('<p>the <em>Integrated Care Board</em> (ICB)</p>')).toBe(
      '<p>the <em>Integrated Care Board</em> (<abbr title="Integrated Care Board">ICB</abbr>)</p>',
    );
  });

  test('titles a use in a heading or link without adding brackets there, and explains the next use in text', () => {
    expect(finish('<h1>SEND news</h1><p><a href="/x/">SEND events</a> for SEND families</p>')).toBe(
      '<h1><abbr title="special educational needs and disabilities">SEND</abbr> news</h1><p><a href="/x/">SEND events</a> for SEND<span class="expansion"> (special educational needs and disabilities)</span> families</p>',
    );
  });

  test('plurals take a plural expansion; possessives wait for a plain use', () => {
    expect(finish('<p>SENCOs met.</p>')).toBe(
      '<p><abbr title="special educational needs coordinators">SENCOs</abbr><span class="expansion"> (special educational needs coordinators)</span> met.</p>',
    );
    expect(finish('<p>out of SENAR’s control. Contact the SENAR team.</p>')).toBe(
      '<p>out of <abbr title="Special Educational Needs Assessment and Review">SENAR’s</abbr> control. Contact the SENAR<span class="expansion"> (Special Educational Needs Assessment and Review)</span> team.</p>',
    );
  });

  test('a part of the page written for another month gives its dates that month\'s year', () => {
    expect(finish('<ul><li data-written-in="2025-12">on 21 January</li><li>on 21 January</li></ul>', '2026-11')).toBe(
      '<ul><li>on <time datetime="2026-01-21">21 January</time></li><li>on <time datetime="2027-01-21">21 January</time></li></ul>',
    );
  });

  test('matches whole words only, and never inside existing abbr', () => {
    const html = '<p>SENDING UNSEND? <abbr title="x">ICB</abbr></p>';
    expect(finish(html)).toBe(html);
  });

  test('keeps heading ids, void elements and boolean attributes as they were', () => {
    const html = '<h2 id="send-and-you">SEND and you</h2><p>one<br>two</p><div hidden data-pagefind-body></div>';
    const finished = finish(html);
    expect(finished).toContain('<h2 id="send-and-you">');
    expect(finished).toContain('one<br>two');
    expect(finished).not.toContain('</br>');
  });
});

describe('explaining terms', () => {
  const terms = [
    { id: 'banded-descriptors', term: 'banded descriptors', alsoWritten: ['‘Band’ descriptors'] },
    { id: 'resource-base', term: 'resource base', alsoWritten: [] },
  ];
  const withTerms = (html: string) => finishHtml(html, { glossary, terms, glossaryHref: '/send-news/glossary/' });

  test('links the first use in running text to its glossary entry, whichever way it is written', () => {
    expect(withTerms('<p>Reviewing the ‘Band’ descriptors and banded descriptors.</p>')).toBe(
      '<p>Reviewing the <a href="/send-news/glossary/#banded-descriptors" class="term">‘Band’ descriptors</a> and banded descriptors.</p>',
    );
  });

  test('waits for running text after a heading or a link, and takes plurals and any case', () => {
    const html = '<h2>Resource bases</h2><p><a href="/x">resource base</a> and Resource bases too.</p>';
    expect(withTerms(html)).toBe(
      '<h2>Resource bases</h2><p><a href="/x">resource base</a> and <a href="/send-news/glossary/#resource-base" class="term">Resource bases</a> too.</p>',
    );
  });

  test('matches whole words only and never in code', () => {
    const html = '<p>resource basement</p><code>resource base</code>';
    expect(withTerms(html)).toBe(html);
  });
});
