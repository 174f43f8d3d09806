import type { APIRoute, GetStaticPaths } from 'astro';
import { getAreasOfNeed, taggedWith, type AreaOfNeed } from '../../../data/content';
import { consultationCandidates, eventCandidates, feedResponse } from '../../../data/feeds';
import { areaFeed } from '../../../lib/feeds/feed-catalogue';

export const getStaticPaths = (async () =>
  (await getAreasOfNeed()).map((area) => ({ params: { id: area.id }, props: { area } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { area } = props as { area: AreaOfNeed };
  const feed = areaFeed({ id: area.id, label: area.data.label });
  const tagged = taggedWith('areasOfNeed', area.id);
  return feedResponse(feed, feed.description, [...(await eventCandidates(tagged)), ...(await consultationCandidates(tagged))]);
};
