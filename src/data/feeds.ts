import rss from '@astrojs/rss';
import site from '../../site.config';
import { feedChannel } from '../lib/feed-channel';
import { feedTitle, type FeedLink } from '../lib/feed-catalogue';
import {
  bulletinFeedItem,
  consultationFeedItem,
  eventFeedItem,
  newestFirst,
  type FeedItem,
} from '../lib/feed-items';
import { getBulletins, getConsultations, getEvents, type Consultation, type SiteEvent } from './content';
import { entryHtml } from './entry-html';
import { labelsFor } from './terms';

/** Feed items for what the site has published; the feed routes pick from these. */

const kindLabels: Record<Consultation['data']['kind'], string> = {
  consultation: 'Consultation',
  survey: 'Survey',
  'expression-of-interest': 'Expression of interest',
  nominations: 'Nominations',
};

async function announcingBulletin(id: string) {
  const bulletin = (await getBulletins()).find((candidate) => candidate.id === id);
  if (!bulletin) throw new Error(`No published bulletin "${id}" for a feed item.`);
  return bulletin.data;
}

async function termLabels(data: { areasOfNeed: { id: string }[]; audiences: { id: string }[] }) {
  const labels = await labelsFor(data);
  return {
    areasOfNeed: labels.areasOfNeed.map((term) => term.label),
    audiences: labels.audiences.map((term) => term.label),
  };
}

/**
 * Each entry's item is built (and its HTML sanitised) once, however many feeds carry it:
 * an event is in the everything feed, the events feed and its areas' feeds.
 */
const itemCache = new Map<string, Promise<FeedItem>>();
function once(key: string, build: () => Promise<FeedItem>): Promise<FeedItem> {
  let item = itemCache.get(key);
  if (!item) itemCache.set(key, (item = build()));
  return item;
}

export async function bulletinItems(): Promise<FeedItem[]> {
  return Promise.all(
    (await getBulletins()).map((bulletin) =>
      once(`bulletin/${bulletin.id}`, async () =>
        bulletinFeedItem({ id: bulletin.id, ...bulletin.data }, await entryHtml(bulletin), site.url),
      ),
    ),
  );
}

export async function eventItems(keep: (event: SiteEvent) => boolean = () => true): Promise<FeedItem[]> {
  return Promise.all(
    (await getEvents()).filter(keep).map((event) =>
      once(`event/${event.id}`, async () => eventFeedItem(
        {
          id: event.id,
          ...event.data,
          when: event.data,
          terms: await termLabels(event.data),
          bulletin: await announcingBulletin(event.data.bulletin.id),
        },
        await entryHtml(event),
        site.url,
      )),
    ),
  );
}

export async function consultationItems(keep: (consultation: Consultation) => boolean = () => true): Promise<FeedItem[]> {
  return Promise.all(
    (await getConsultations()).filter(keep).map((consultation) =>
      once(`consultation/${consultation.id}`, async () => consultationFeedItem(
        {
          id: consultation.id,
          ...consultation.data,
          kindLabel: kindLabels[consultation.data.kind],
          terms: await termLabels(consultation.data),
          bulletin: await announcingBulletin(consultation.data.bulletin.id),
        },
        await entryHtml(consultation),
        site.url,
      )),
    ),
  );
}

/**
 * A feed carries the newest items only: feed readers fetch the whole file every time, and
 * after ten years the full archive would be megabytes on a phone's data. Older entries
 * stay on the site and in search.
 */
const FEED_ITEM_LIMIT = 50;

/** The RSS response for one feed from the catalogue. */
export function feedResponse(feed: FeedLink, description: string, items: FeedItem[]): Promise<Response> {
  return rss({
    title: feedTitle(site.name, feed),
    description,
    site: site.url,
    items: newestFirst(items, FEED_ITEM_LIMIT).map(({ kind: _kind, ...item }) => item),
    ...feedChannel({ selfUrl: new URL(feed.href, site.url).href, language: site.language }),
  });
}
