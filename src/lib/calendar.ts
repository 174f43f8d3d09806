import ical, { ICalCalendarMethod, ICalEventTransparency } from 'ical-generator';
import { addDays, londonInstant } from './london-time';
import type { EventInput } from './feeds/feed-items';
import { whenText } from './wording';
import { askToBookText, nextStepText } from './next-step';
import type { EventWhen } from './event-timing';
import { absoluteUrl, entryPath } from './routes';

/*
 * iCalendar (RFC 5545) for events, written by ical-generator: it escapes text, ends lines
 * with CRLF and folds them at 75 octets. Times are UTC instants worked out from London wall
 * clock times, so every calendar app shows them right without a VTIMEZONE.
 *
 * Honesty rule: the source bulletins mostly give a day, sometimes "AM" or "PM", and rarely a
 * time. An event without a start time is an all-day entry; its part of day goes in the title
 * and description. No time is ever invented.
 */

/** An event as a calendar needs it: the facts a feed item has, without its tags and bulletin. */
export type CalendarEventInput = Omit<EventInput, 'terms' | 'bulletin'>;

export interface CalendarOptions {
  /**
   * For a calendar people subscribe to: its name as calendar apps list it, and how often
   * they should check for changes. Leave out for a one-event file, which apps should add to
   * an existing calendar rather than open as a new one.
   */
  subscription?: { name: string; description: string; refreshSeconds: number };
  /** The site's address; events link to their pages and take their UIDs from its host. */
  siteUrl: string;
  /** When this calendar was generated (DTSTAMP). */
  now: Date;
}

/** A calendar date as a Date at UTC midnight, which ical-generator writes as a DATE value. */
function dateValue(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** A stable UID: the event's id never changes, and the host keeps it unique across calendars. */
export function eventUid(id: string, siteUrl: string): string {
  return `${id}@${new URL(siteUrl).host}`;
}

/** The title a calendar shows, with "(morning)" or "(afternoon)" where that is all the source gives. */
export function calendarSummary(event: Pick<CalendarEventInput, 'title' | 'when'>): string {
  return event.when.partOfDay && !event.when.startTime ? `${event.title} (${event.when.partOfDay})` : event.title;
}

function calendarDescription(event: CalendarEventInput, pageUrl: string): string {
  const lines = [`When: ${whenText(event.when)}`, '', event.summary];
  if (event.booking) {
    const booking = [event.booking.text];
    if (event.booking.link) booking.push(nextStepText(event.booking.link, event.contacts));
    if (event.booking.email) booking.push(`Email ${event.booking.email}`);
    const ask = !event.booking.link && !event.booking.email && askToBookText(event.title, event.contacts);
    if (ask) booking.push(ask);
    lines.push('', `How to book: ${booking.join('. ')}`);
  }
  lines.push('', `Full details: ${pageUrl}`);
  return lines.join('\n');
}

/** Start and end for the calendar: DATE values for all-day events (end exclusive), UTC instants otherwise. */
export function calendarTiming(when: EventWhen): { start: Date; end?: Date; allDay: boolean } {
  const lastDay = when.endDate ?? when.date;
  if (!when.startTime) {
    return { start: dateValue(when.date), end: dateValue(addDays(lastDay, 1)), allDay: true };
  }
  const start = londonInstant(when.date, when.startTime);
  // Without an end time the source says only when it starts; RFC 5545 then treats it as a point in time.
  const end = when.endTime ? londonInstant(lastDay, when.endTime) : undefined;
  return { start, end, allDay: false };
}

export function buildCalendar(events: readonly CalendarEventInput[], options: CalendarOptions): string {
  const host = new URL(options.siteUrl).host;
  const { subscription } = options;
  const calendar = ical({
    prodId: { company: host, product: 'events', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    ...(subscription && {
      name: subscription.name,
      description: subscription.description,
      url: options.siteUrl,
      ttl: subscription.refreshSeconds,
    }),
  });
  for (const event of events) {
    const pageUrl = absoluteUrl(entryPath('event', event.id), options.siteUrl);
    const timing = calendarTiming(event.when);
    calendar.createEvent({
      id: eventUid(event.id, options.siteUrl),
      stamp: options.now,
      start: timing.start,
      end: timing.end ?? null,
      allDay: timing.allDay,
      // A day-only event is a date to note, not a meeting: shown as free, it does not block
      // the whole working day in people's calendars.
      transparency: timing.allDay ? ICalEventTransparency.TRANSPARENT : ICalEventTransparency.OPAQUE,
      summary: calendarSummary(event),
      description: calendarDescription(event, pageUrl),
      location: event.online ? 'Online' : (event.venue ?? null),
      url: pageUrl,
    });
  }
  // RFC 5545 ends every content line with CRLF, the last included; ical-generator omits that one.
  const text = calendar.toString();
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}
