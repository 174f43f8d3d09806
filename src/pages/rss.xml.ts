import type { APIRoute } from 'astro';
import { bulletinCandidates, consultationCandidates, eventCandidates, feedResponse } from '../data/feeds';
import { everythingFeed } from '../lib/feeds/feed-catalogue';

export const GET: APIRoute = async () =>
  feedResponse(everythingFeed, everythingFeed.description, [
    ...(await bulletinCandidates()),
    ...(await eventCandidates()),
    ...(await consultationCandidates()),
  ]);
