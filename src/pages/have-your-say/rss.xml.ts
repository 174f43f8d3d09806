import type { APIRoute } from 'astro';
import { consultationCandidates, feedResponse } from '../../data/feeds';
import { sectionFeeds } from '../../lib/feeds/feed-catalogue';

export const GET: APIRoute = async () =>
  feedResponse(sectionFeeds.haveYourSay, sectionFeeds.haveYourSay.description, await consultationCandidates());
