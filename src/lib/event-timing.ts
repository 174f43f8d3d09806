import { addDays, formatDate, formatTimeRange, londonDate, londonInstant } from './london-time';

/** When an event happens, as content gives it: London dates and optional times. */
export interface EventWhen {
  date: string;
  endDate?: string;
  startTime?: string;
  endTime?: string;
  partOfDay?: 'morning' | 'afternoon' | 'evening';
}

export type EventStatus = 'upcoming' | 'today' | 'past';

/** True when the source gives no clock time, so calendars must treat it as an all-day entry. */
export function isAllDay(when: EventWhen): boolean {
  return when.startTime === undefined;
}

/** The instants an event starts and finishes. Without an end time it runs to the end of its last day. */
export function eventBounds(when: EventWhen): { start: Date; end: Date } {
  const start = londonInstant(when.date, when.startTime);
  const lastDay = when.endDate ?? when.date;
  const end = when.endTime ? londonInstant(lastDay, when.endTime) : londonInstant(addDays(lastDay, 1));
  return { start, end };
}

/** Upcoming before its first day, "today" on its day(s) until it finishes, past after. */
export function eventStatus(when: EventWhen, now: Date): EventStatus {
  const { end } = eventBounds(when);
  if (now.getTime() >= end.getTime()) return 'past';
  return londonDate(now) >= when.date ? 'today' : 'upcoming';
}

const partOfDayLabel = { morning: 'morning', afternoon: 'afternoon', evening: 'evening' } as const;

/** "Wednesday 21 January 2026, 10am to 11am", "Wednesday 21 January 2026, morning", or the days it spans. */
export function formatEventWhen(when: EventWhen): string {
  const days = when.endDate ? `${formatDate(when.date)} to ${formatDate(when.endDate)}` : formatDate(when.date);
  if (when.startTime) return `${days}, ${formatTimeRange(when.startTime, when.endTime)}`;
  if (when.partOfDay) return `${days}, ${partOfDayLabel[when.partOfDay]}`;
  return days;
}

const partOfDayOrder = { morning: 1, afternoon: 2, evening: 3 } as const;

/** Soonest first: by start, then morning before afternoon, then title, so the order never changes between builds. */
export function byStart<T extends { data: EventWhen & { title: string } }>(a: T, b: T): number {
  const difference = eventBounds(a.data).start.getTime() - eventBounds(b.data).start.getTime();
  if (difference !== 0) return difference;
  const partDifference =
    (a.data.partOfDay ? partOfDayOrder[a.data.partOfDay] : 0) - (b.data.partOfDay ? partOfDayOrder[b.data.partOfDay] : 0);
  return partDifference !== 0 ? partDifference : a.data.title.localeCompare(b.data.title);
}

/**
 * Splits events, by the status each already has, into upcoming (soonest first, including
 * today's) and past (most recent first). Every list of events groups them with this.
 */
export function splitByStatus<T extends { data: EventWhen & { title: string }; status: EventStatus }>(
  events: readonly T[],
): { upcoming: T[]; past: T[] } {
  const sorted = [...events].sort(byStart);
  return {
    upcoming: sorted.filter((event) => event.status !== 'past'),
    past: sorted.filter((event) => event.status === 'past').reverse(),
  };
}
