import type { APIRoute } from 'astro';
import { eventItems, feedResponse } from '../../data/feeds';
import { sectionFeeds } from '../../lib/feed-catalogue';

export const GET: APIRoute = async () =>
  feedResponse(sectionFeeds.events, sectionFeeds.events.description, await eventItems());
