import { describe, expect, it } from 'vitest';
import {
  bulletinFeedItem,
  consultationFeedItem,
  eventFeedItem,
  newestFirst,
  type EventInput,
} from '../../src/lib/feeds/feed-items';

const site = 'https://send-news.example.org';
const ORGANISATION = 'Birmingham City Council';
const bulletin = {
  id: '2025-12',
  title: 'SEND and Inclusion Update - December 2025',
  issue: '2025-12',
  summary: 'A summary of the December bulletin for testing.',
  author: { name: 'Helen Ellis', role: 'Director' },
};

const event: EventInput = {
  id: '2026-01-21-workshop-1',
  title: 'Workshop 1',
  summary: 'The first workshop.',
  when: { date: '2026-01-21', partOfDay: 'morning' },
  venue: 'Council House',
  online: false,
  booking: { text: 'Submit an expression of interest', link: { title: 'EOI form' } },
  contacts: [{ name: 'Helen Ellis', email: 'Helen.Ellis@example.org' }],
  terms: { areasOfNeed: ['Communication and interaction'], audiences: ['Schools and settings'] },
  bulletin: { issue: '2025-12' },
};

describe('bulletinFeedItem', () => {
  it('dates a bulletin without a publish date from the first of its issue month in London', () => {
    const item = bulletinFeedItem(bulletin, '<h2>Hello</h2>', site, ORGANISATION);
    expect(item.pubDate.toISOString()).toBe('2025-12-01T00:00:00.000Z');
  });

  it('uses the publish date when the editor set one, at London midnight (BST in summer)', () => {
    const item = bulletinFeedItem({ ...bulletin, issue: '2026-07', published: '2026-06-28' }, '', site, ORGANISATION);
    expect(item.pubDate.toISOString()).toBe('2026-06-27T23:00:00.000Z');
  });

  it('links to the bulletin page and carries the whole body with absolute links', () => {
    const item = bulletinFeedItem(bulletin, '<h2 id="a">Article</h2><p><a href="#a">here</a></p>', site, ORGANISATION);
    expect(item.link).toBe('https://send-news.example.org/bulletins/2025-12/');
    expect(item.content).toContain('<h2>Article</h2>');
    expect(item.content).toContain('href="https://send-news.example.org/bulletins/2025-12/#a"');
    expect(item.customData).toBe('<dc:creator>Helen Ellis</dc:creator>');
    expect(item.content).toContain('<p>From Helen Ellis, Director.</p>');
  });

  it('is from the organisation when nobody signs the bulletin', () => {
    const item = bulletinFeedItem({ ...bulletin, author: undefined }, '', site, ORGANISATION);
    expect(item.customData).toBe('<dc:creator>Birmingham City Council</dc:creator>');
    expect(item.content).toContain('<p>From Birmingham City Council.</p>');
  });
});

describe('eventFeedItem', () => {
  it('states when, where and how to book, saying the bulletin gives no exact time', () => {
    const item = eventFeedItem(event, '<p>Body</p>', site);
    expect(item.content).toContain('Wednesday 21 January 2026, morning (the bulletin gives no exact time)');
    expect(item.content).toContain('<strong>Where:</strong> Council House');
    expect(item.content).toContain(
      'EOI form. The bulletin does not link to it. <a href="mailto:Helen.Ellis@example.org?subject=Please%20send%20me%3A%20EOI%20form">Email Helen Ellis to ask for “EOI form”</a> (Helen.Ellis@example.org).',
    );
    expect(item.content).toContain('<p>Body</p>');
    expect(item.content).toContain('href="https://send-news.example.org/events/2026-01-21-workshop-1.ics"');
  });

  it('is dated by the bulletin that announced it and tagged with its terms', () => {
    const item = eventFeedItem(event, '', site);
    expect(item.pubDate.toISOString()).toBe('2025-12-01T00:00:00.000Z');
    expect(item.categories).toEqual(['Event', 'Communication and interaction', 'Schools and settings']);
  });

  it('escapes text from content', () => {
    const item = eventFeedItem({ ...event, venue: 'Hall <B> & Annexe' }, '', site);
    expect(item.content).toContain('Hall &lt;B&gt; &amp; Annexe');
  });
});


describe('consultationFeedItem', () => {
  const consultation = {
    id: 'strategy',
    title: 'Strategy',
    kindLabel: 'Consultation',
    summary: 'Share your views on the strategy.',
    closes: '2025-12-31',
    respond: [{ text: 'Share your views', link: { title: 'Survey', url: 'https://example.org/s' } }],
    documents: [{ title: 'Strategy document' }],
    contacts: [],
    terms: { areasOfNeed: [], audiences: ['Schools and settings'] },
    bulletin: { issue: '2025-12' },
  };

  it('gives the deadline as a deadline, the ways to respond and the documents', () => {
    const item = consultationFeedItem(consultation, '<p>About</p>', site);
    expect(item.content).toContain('Closes at 11:59pm on Wednesday 31 December 2025');
    expect(item.content).toContain('<li>Share your views: <a href="https://example.org/s">Survey</a></li>');
    expect(item.content).toContain('Strategy document. The bulletin does not link to it or say whom to ask.');
    expect(item.link).toBe('https://send-news.example.org/have-your-say/strategy/');
  });

  it('says when the source gives no closing date', () => {
    const item = consultationFeedItem({ ...consultation, closes: undefined }, '', site);
    expect(item.content).toContain('The bulletin gives no closing date.');
  });
});

describe('newestFirst', () => {
  it('puts the newest first and keeps one order for items announced together', () => {
    const december = bulletinFeedItem(bulletin, '', site, ORGANISATION);
    const february = bulletinFeedItem({ ...bulletin, id: '2026-02', issue: '2026-02' }, '', site, ORGANISATION);
    const later = eventFeedItem({ ...event, id: '2026-01-22-workshop-3' }, '', site);
    const earlier = eventFeedItem(event, '', site);
    const order = newestFirst([later, december, earlier, february]).map((item) => item.link);
    expect(order).toEqual([february.link, december.link, earlier.link, later.link]);
  });

  it('keeps only the newest when given a limit, so a feed stays small as the archive grows', () => {
    const december = bulletinFeedItem(bulletin, '', site, ORGANISATION);
    const february = bulletinFeedItem({ ...bulletin, id: '2026-02', issue: '2026-02' }, '', site, ORGANISATION);
    const earlier = eventFeedItem(event, '', site);
    expect(newestFirst([december, earlier, february], 2).map((item) => item.link)).toEqual([february.link, december.link]);
  });
});
