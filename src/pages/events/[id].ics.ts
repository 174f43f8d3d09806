import type { APIRoute, GetStaticPaths } from 'astro';
import site from '../../../site.config';
import { getEvents, type SiteEvent } from '../../data/content';
import { now } from '../../data/now';
import { buildCalendar } from '../../lib/calendar';

export const getStaticPaths = (async () =>
  (await getEvents()).map((event) => ({ params: { id: event.id }, props: { event } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { event } = props as { event: SiteEvent };
  const body = buildCalendar([{ id: event.id, ...event.data, when: event.data, contacts: event.contacts }], {
    siteUrl: site.url,
    now,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
