import type { APIRoute } from 'astro';
import site from '../../site.config';
import { getEvents } from '../data/content';
import { now } from '../data/now';
import { buildCalendar } from '../lib/calendar';
import { eventsCalendar } from '../lib/feeds/feed-catalogue';

export const GET: APIRoute = async () => {
  const events = (await getEvents()).map((event) => ({ id: event.id, ...event.data, when: event.data, contacts: event.contacts }));
  const body = buildCalendar(events, {
    subscription: {
      name: `${site.name}: ${eventsCalendar.title}`,
      description: `Events announced in the ${site.bulletins.topic} bulletins.`,
      refreshSeconds: 60 * 60 * 24,
    },
    siteUrl: site.url,
    now,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
