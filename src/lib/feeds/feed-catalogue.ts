import { areaFeedPath, audienceFeedPath, entryOfPath, pagePaths } from '../routes';
import { audienceLine, audiencePhrase } from '../audience-line';
/*
 * Every feed the site publishes, so the subscribe page, the <link rel="alternate"> tags and
 * the feed routes agree on addresses and names.
 */

export interface FeedLink {
  /** Site path of the feed. */
  href: string;
  /** What a feed reader shows as the feed's name. */
  title: string;
  /** One plain-English line for the subscribe page. */
  description: string;
}

interface Term {
  id: string;
  label: string;
}

export const everythingFeed: FeedLink = {
  href: '/rss.xml',
  title: 'All updates',
  description: 'Every bulletin, event and request to have your say.',
};

export const sectionFeeds = {
  bulletins: { href: `${pagePaths.bulletins}rss.xml`, title: 'Bulletins', description: 'Each monthly bulletin, in full.' },
  events: {
    href: `${pagePaths.events}rss.xml`,
    title: 'Events',
    description: 'Workshops, conferences, webinars and meetings as they are announced.',
  },
  haveYourSay: {
    href: `${pagePaths.haveYourSay}rss.xml`,
    title: 'Have your say',
    description: 'Consultations, surveys, expressions of interest and nominations, with their deadlines.',
  },
} satisfies Record<string, FeedLink>;

export function areaFeed(area: Term): FeedLink {
  return {
    href: areaFeedPath(area.id),
    title: `Area of need: ${area.label}`,
    description: `Events and requests to have your say about ${area.label.toLowerCase()}.`,
  };
}

export function audienceFeed(audience: Term): FeedLink {
  return {
    href: audienceFeedPath(audience.id),
    title: audienceLine([audience.label])!,
    description: `Bulletins, events and requests to have your say ${audiencePhrase([audience.label])}.`,
  };
}

export const eventsCalendar = { href: '/events.ics', title: 'Events calendar' };

/** Feed titles as feed readers show them: the site's name first, so they sort together. */
export function feedTitle(siteName: string, feed: FeedLink): string {
  return `${siteName}: ${feed.title}`;
}

/**
 * The feeds a page advertises for autodiscovery: the feed for what the page shows, where
 * there is one, then everything.
 */
export function feedsForPath(pathname: string, areas: readonly Term[], audiences: readonly Term[] = []): FeedLink[] {
  const section = (() => {
    if (pathname.startsWith(pagePaths.bulletins)) return sectionFeeds.bulletins;
    if (pathname.startsWith(pagePaths.events)) return sectionFeeds.events;
    if (pathname.startsWith(pagePaths.haveYourSay)) return sectionFeeds.haveYourSay;
    const entry = entryOfPath(pathname);
    const area = entry?.kind === 'areaOfNeed' ? areas.find((term) => term.id === entry.id) : undefined;
    if (area) return areaFeed(area);
    const audience = entry?.kind === 'audience' ? audiences.find((term) => term.id === entry.id) : undefined;
    return audience && audienceFeed(audience);
  })();
  return section ? [section, everythingFeed] : [everythingFeed];
}
