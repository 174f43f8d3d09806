import type { APIRoute } from 'astro';
import { bulletinCandidates, feedResponse } from '../../data/feeds';
import { sectionFeeds } from '../../lib/feeds/feed-catalogue';

export const GET: APIRoute = async () =>
  feedResponse(sectionFeeds.bulletins, sectionFeeds.bulletins.description, await bulletinCandidates());
