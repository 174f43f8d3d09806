import { describe, expect, it } from 'vitest';
import { feedResponse, type FeedCandidate } from '../../src/data/feeds';
import { sectionFeeds } from '../../src/lib/feeds/feed-catalogue';

function candidates(count: number, built: string[]): FeedCandidate[] {
  return Array.from({ length: count }, (_, index) => {
    const link = `https://example.org/events/${index}/`;
    const pubDate = new Date(Date.UTC(2020, 0, 1 + index));
    return {
      kind: 'event',
      pubDate,
      link,
      item: async () => {
        built.push(link);
        return { kind: 'event', title: `Event ${index}`, link, pubDate, description: 'd', content: '<p>c</p>', categories: [] };
      },
    };
  });
}

describe('a feed response', () => {
  it('builds only the newest 50 items it carries, not every candidate (each build renders and sanitises an entry)', async () => {
    const built: string[] = [];
    const response = await feedResponse(sectionFeeds.events, 'Events', candidates(80, built));
    const xml = await response.text();
    expect(built).toHaveLength(50);
    expect(built).toContain('https://example.org/events/79/');
    expect(built).not.toContain('https://example.org/events/29/');
    expect(xml.match(/<item>/g)).toHaveLength(50);
    expect(xml.indexOf('/events/79/')).toBeLessThan(xml.indexOf('/events/78/'));
  });
});
