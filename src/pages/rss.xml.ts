import type { APIRoute } from 'astro';
import { bulletinItems, consultationItems, eventItems, feedResponse } from '../data/feeds';
import { everythingFeed } from '../lib/feed-catalogue';

export const GET: APIRoute = async () =>
  feedResponse(everythingFeed, everythingFeed.description, [
    ...(await bulletinItems()),
    ...(await eventItems()),
    ...(await consultationItems()),
  ]);
