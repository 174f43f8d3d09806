import rss from '@astrojs/rss';
import site from '../../site.config';
import { kindLabel } from '../lib/wording';
import { feedChannel } from '../lib/feeds/feed-channel';
import { feedTitle, type FeedLink } from '../lib/feeds/feed-catalogue';
import {
  announcedAt,
  bulletinFeedItem,
  consultationFeedItem,
  eventFeedItem,
  newestFirst,
  type FeedItem,
  type FeedOrder,
} from '../lib/feeds/feed-items';
import { getBulletins, getConsultations, getEvents, type Bulletin, type Consultation, type SiteEvent, termLabels } from './content';
import { entryHtml } from './entry-html';
import { finisherFor } from './finish';
import { absolute } from './urls';
import { entryPath } from '../lib/routes';

/* Feed items for what the site has published; the feed routes pick from these. */

/**
 * A feed's possible items, in order before any is built: building one renders and
 * sanitises the entry's HTML, so only the few a feed carries are built, each once
 * however many feeds carry it (an event is in the everything, events and area feeds).
 */
export interface FeedCandidate extends FeedOrder {
  item: () => Promise<FeedItem>;
}

const itemCache = new Map<string, Promise<FeedItem>>();
function once(key: string, build: () => Promise<FeedItem>): () => Promise<FeedItem> {
  return () => {
    let item = itemCache.get(key);
    if (!item) itemCache.set(key, (item = build()));
    return item;
  };
}

export async function bulletinCandidates(keep: (bulletin: Bulletin) => boolean = () => true): Promise<FeedCandidate[]> {
  return (await getBulletins()).filter(keep).map((bulletin) => ({
    kind: 'bulletin',
    pubDate: announcedAt(bulletin.data),
    link: absolute(entryPath('bulletin', bulletin.id)),
    item: once(`bulletin/${bulletin.id}`, async () =>
      bulletinFeedItem(
        { id: bulletin.id, ...bulletin.data },
        await entryHtml(bulletin),
        site.url,
        site.organisation.name,
        await finisherFor(bulletin.data.issue),
      ),
    ),
  }));
}

export async function eventCandidates(keep: (event: SiteEvent) => boolean = () => true): Promise<FeedCandidate[]> {
  return Promise.all(
    (await getEvents()).filter(keep).map(async (event) => {
      const bulletin = event.bulletin.data;
      return {
        kind: 'event' as const,
        pubDate: announcedAt(bulletin),
        link: absolute(entryPath('event', event.id)),
        item: once(`event/${event.id}`, async () =>
          eventFeedItem(
            { id: event.id, ...event.data, when: event.data, contacts: event.contacts, terms: termLabels(event.terms), bulletin },
            await entryHtml(event),
            site.url,
            await finisherFor(bulletin.issue),
          ),
        ),
      };
    }),
  );
}

export async function consultationCandidates(keep: (consultation: Consultation) => boolean = () => true): Promise<FeedCandidate[]> {
  return Promise.all(
    (await getConsultations()).filter(keep).map(async (consultation) => {
      const bulletin = consultation.bulletin.data;
      return {
        kind: 'consultation' as const,
        pubDate: announcedAt(bulletin),
        link: absolute(entryPath('consultation', consultation.id)),
        item: once(`consultation/${consultation.id}`, async () =>
          consultationFeedItem(
            {
              id: consultation.id,
              ...consultation.data,
              kindLabel: kindLabel[consultation.data.kind],
              contacts: consultation.contacts,
              terms: termLabels(consultation.terms),
              bulletin,
            },
            await entryHtml(consultation),
            site.url,
            await finisherFor(bulletin.issue),
          ),
        ),
      };
    }),
  );
}

/**
 * A feed carries the newest items only: feed readers fetch the whole file every time, and
 * after ten years the full archive would be megabytes on a phone's data. Older entries
 * stay on the site and in search.
 */
const FEED_ITEM_LIMIT = 50;

/** The RSS response for one feed from the catalogue. */
export async function feedResponse(feed: FeedLink, description: string, candidates: FeedCandidate[]): Promise<Response> {
  const items = await Promise.all(newestFirst(candidates, FEED_ITEM_LIMIT).map((candidate) => candidate.item()));
  return rss({
    title: feedTitle(site.name, feed),
    description,
    site: site.url,
    items: items.map(({ kind: _kind, ...item }) => item),
    ...feedChannel({ selfUrl: absolute(feed.href), language: site.language }),
  });
}
