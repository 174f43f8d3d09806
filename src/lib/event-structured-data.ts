import { londonInstant } from './london-time';
import type { EventWhen } from './event-timing';

/*
 * schema.org Event data for search engines, saying only what the source says: a date
 * without a time stays a date, and a place appears only when the bulletin names one.
 */

export interface StructuredEventInput {
  title: string;
  summary: string;
  when: EventWhen;
  venue?: string;
  online: boolean;
  /** Absolute address of the event's page. */
  url: string;
  organiser: { name: string; url: string };
}

/** An ISO 8601 date-time with London's offset at that moment, such as 2026-06-16T10:00:00+01:00. */
function londonDateTime(date: string, time: string): string {
  const instant = londonInstant(date, time);
  const offsetMinutes = Math.round((Date.parse(`${date}T${time}:00Z`) - instant.getTime()) / 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const hours = String(Math.floor(Math.abs(offsetMinutes) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(offsetMinutes) % 60).padStart(2, '0');
  return `${date}T${time}:00${sign}${hours}:${minutes}`;
}

export function eventStructuredData(event: StructuredEventInput): Record<string, unknown> {
  const { when } = event;
  const startDate = when.startTime ? londonDateTime(when.date, when.startTime) : when.date;
  const lastDay = when.endDate ?? when.date;
  const endDate = when.endTime ? londonDateTime(lastDay, when.endTime) : when.endDate;
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    description: event.summary,
    url: event.url,
    startDate,
    ...(endDate && { endDate }),
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: event.online
      ? 'https://schema.org/OnlineEventAttendanceMode'
      : 'https://schema.org/OfflineEventAttendanceMode',
    ...(event.venue && { location: { '@type': 'Place', name: event.venue, address: event.venue } }),
    organizer: { '@type': 'Organization', name: event.organiser.name, url: event.organiser.url },
  };
}

/** JSON for a <script type="application/ld+json">, safe from a "</script>" in any text. */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
