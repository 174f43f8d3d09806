import type { APIRoute } from 'astro';
import { eventCandidates, feedResponse } from '../../data/feeds';
import { sectionFeeds } from '../../lib/feeds/feed-catalogue';

export const GET: APIRoute = async () =>
  feedResponse(sectionFeeds.events, sectionFeeds.events.description, await eventCandidates());
