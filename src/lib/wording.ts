import type { ConsultationKind, ConsultationStatus, ConsultationWindow } from './consultation-status';
import { formatEventWhen, type EventStatus, type EventWhen } from './event-timing';
import { formatDate, formatTime } from './london-time';

/*
 * What the site says about an entry, in one place: pages, feed items, calendar entries and
 * search all word a time, a place, a deadline or a missing link the same way.
 */

/** What each kind of request is called. */
export const kindLabel: Record<ConsultationKind, string> = {
  consultation: 'Consultation',
  survey: 'Survey',
  'expression-of-interest': 'Expression of interest',
  nominations: 'Nominations',
};

/** The tag a request or event shows for its status. */
export const statusLabel: Record<ConsultationStatus | EventStatus, string> = {
  'not-yet-open': 'Not open yet',
  open: 'Open',
  'closing-soon': 'Closing soon',
  closed: 'Closed',
  upcoming: 'Upcoming',
  today: 'Today',
  past: 'Past event',
};

/** "Closes at 11:59pm on Wednesday 31 December 2025" (or "Closed at …" once passed). */
export function deadlineText(window: ConsultationWindow, status: ConsultationStatus): string | undefined {
  if (!window.closes) return undefined;
  const verb = status === 'closed' ? 'Closed' : 'Closes';
  return `${verb} at ${formatTime(window.closesTime ?? '23:59')} on ${formatDate(window.closes)}`;
}

export const NO_CLOSING_DATE = 'The bulletin gives no closing date.';

/** Where an event happens, or that the source does not say. */
export function whereText(event: { online: boolean; venue?: string }): string {
  return event.online ? 'Online' : (event.venue ?? 'The bulletin does not say where.');
}

/** Said beside an event's date where the source gives no clock time; nothing when it does. */
export function missingTimeNote(when: EventWhen): string | undefined {
  if (when.startTime) return undefined;
  return when.partOfDay ? `The bulletin says ${when.partOfDay} but gives no exact time.` : 'The bulletin gives no time.';
}

/** When an event is, in one line, with the missing-time note where it applies: for feeds and calendars. */
export function whenText(when: EventWhen): string {
  const text = formatEventWhen(when);
  if (when.startTime) return text;
  return when.partOfDay ? `${text} (the bulletin gives no exact time)` : `${text} (the bulletin gives no time)`;
}

/** Said above the things a bulletin announces without a date. */
export const UNDATED_NOTE = 'The bulletin gives no date for these, so they are not in the events calendar.';
