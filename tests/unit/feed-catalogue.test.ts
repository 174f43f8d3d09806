import { describe, expect, it } from 'vitest';
import { feedsForPath } from '../../src/lib/feeds/feed-catalogue';

const areas = [{ id: 'sensory', label: 'Sensory' }];
const hrefs = (path: string) => feedsForPath(path, areas).map((feed) => feed.href);

describe('feedsForPath', () => {
  it('offers the section feed first, then everything', () => {
    expect(hrefs('/events/')).toEqual(['/events/rss.xml', '/rss.xml']);
    expect(hrefs('/events/2026-01-21-workshop/')).toEqual(['/events/rss.xml', '/rss.xml']);
    expect(hrefs('/bulletins/2025-12/')).toEqual(['/bulletins/rss.xml', '/rss.xml']);
    expect(hrefs('/have-your-say/')).toEqual(['/have-your-say/rss.xml', '/rss.xml']);
  });

  it("offers an area's own feed on its page, and only for areas that exist", () => {
    expect(hrefs('/areas-of-need/sensory/')).toEqual(['/areas-of-need/sensory/rss.xml', '/rss.xml']);
    expect(hrefs('/areas-of-need/unknown/')).toEqual(['/rss.xml']);
    expect(hrefs('/areas-of-need/')).toEqual(['/rss.xml']);
  });

  it('offers everything on other pages', () => {
    expect(hrefs('/')).toEqual(['/rss.xml']);
    expect(hrefs('/search/')).toEqual(['/rss.xml']);
  });
});
