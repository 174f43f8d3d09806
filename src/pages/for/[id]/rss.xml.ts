import type { APIRoute, GetStaticPaths } from 'astro';
import { getAudiences, taggedWith, type Audience } from '../../../data/content';
import { bulletinCandidates, consultationCandidates, eventCandidates, feedResponse } from '../../../data/feeds';
import { audienceFeed } from '../../../lib/feeds/feed-catalogue';

export const getStaticPaths = (async () =>
  (await getAudiences()).map((audience) => ({ params: { id: audience.id }, props: { audience } }))) satisfies GetStaticPaths;

/** The same entries as the audience's page: those tagged with it, and the bulletins for it. */
export const GET: APIRoute = async ({ props }) => {
  const { audience } = props as { audience: Audience };
  const feed = audienceFeed({ id: audience.id, label: audience.data.label });
  const forIt = taggedWith('audiences', audience.id);
  return feedResponse(feed, feed.description, [
    ...(await bulletinCandidates(forIt)),
    ...(await eventCandidates(forIt)),
    ...(await consultationCandidates(forIt)),
  ]);
};
