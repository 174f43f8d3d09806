/**
 * London wall-clock time. Content gives dates and times as London local values; the
 * site compares them with `now` as instants, and writes them GOV.UK style.
 */

import { impossibleDateReason } from './calendar-date.ts';

export const TIME_ZONE = 'Europe/London';

const partsFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClockOf(instant: Date): WallClock {
  const parts: Record<string, number> = {};
  for (const part of partsFormatter.formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    hour: parts.hour,
    minute: parts.minute,
    second: parts.second,
  };
}

/** Minutes London is ahead of UTC at this instant: 0 in winter (GMT), 60 in summer (BST). */
function londonOffsetMinutes(instant: Date): number {
  const wall = wallClockOf(instant);
  const wallAsUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return Math.round((wallAsUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/**
 * Converting between London wall-clock time and instants asks Intl for time-zone parts,
 * which is slow, and a build asks about the same few thousand dates again and again
 * (sorting 1,500 events compares each one many times). The answers never change, so
 * each is worked out once and kept for the rest of the build.
 */
const instants = new Map<string, number>();
const londonDates = new Map<number, string>();

/**
 * The instant at which London clocks show this date and time.
 * In the spring-forward gap (01:00–01:59 on the last Sunday of March) the clock time
 * does not exist: it is read as GMT, so 01:30 becomes 02:30 BST. In the autumn overlap
 * the first (BST) occurrence is used.
 */
export function londonInstant(date: string, time = '00:00'): Date {
  const key = `${date}T${time}`;
  let epoch = instants.get(key);
  if (epoch === undefined) {
    epoch = computeLondonInstant(date, time);
    instants.set(key, epoch);
  }
  // A fresh Date each time: callers may change theirs without touching anyone else's.
  return new Date(epoch);
}

function computeLondonInstant(date: string, time: string): number {
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const earlierOffset = londonOffsetMinutes(new Date(asUtc - 60 * 60_000 * 3));
  const candidate = asUtc - earlierOffset * 60_000;
  const offsetThen = londonOffsetMinutes(new Date(candidate));
  if (offsetThen === earlierOffset) return candidate;
  const adjusted = asUtc - offsetThen * 60_000;
  // Spring gap: the adjusted instant shows a different wall time, so keep the GMT reading.
  return londonOffsetMinutes(new Date(adjusted)) === offsetThen ? adjusted : candidate;
}

/** The London calendar date (YYYY-MM-DD) of an instant. */
export function londonDate(instant: Date): string {
  const epoch = instant.getTime();
  let date = londonDates.get(epoch);
  if (date === undefined) {
    const wall = wallClockOf(instant);
    date = `${wall.year}-${String(wall.month).padStart(2, '0')}-${String(wall.day).padStart(2, '0')}`;
    londonDates.set(epoch, date);
  }
  return date;
}

/** A calendar date moved by whole days (no time zone involved). */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

const dateFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

const formattedDates = new Map<string, string>();

/** "Wednesday 21 January 2026" for a calendar date (YYYY-MM-DD). */
export function formatDate(date: string): string {
  let formatted = formattedDates.get(date);
  if (formatted === undefined) {
    const [year, month, day] = date.split('-').map(Number);
    // en-GB puts a comma after the weekday; GOV.UK style has none.
    formatted = dateFormatter.format(new Date(Date.UTC(year, month - 1, day))).replace(',', '');
    formattedDates.set(date, formatted);
  }
  return formatted;
}

/** "21 January 2026": for dates in running text where the weekday would clutter. */
export function formatShortDate(date: string): string {
  return formatDate(date).replace(/^\S+ /, '');
}

/** "January 2026" for an issue month (YYYY-MM). */
export function formatMonth(month: string): string {
  return formatShortDate(`${month}-01`).replace(/^\d+ /, '');
}

/**
 * GOV.UK style clock time for a 24-hour HH:MM: "10am", "5:30pm", "midday", "11:59pm".
 * GOV.UK avoids "12am", which readers confuse; midnight is written "midnight".
 */
export function formatTime(time: string): string {
  const [hour, minute] = time.split(':').map(Number);
  if (minute === 0 && hour === 12) return 'midday';
  if (minute === 0 && hour === 0) return 'midnight';
  const suffix = hour < 12 ? 'am' : 'pm';
  const hour12 = hour % 12 === 0 ? 12 : hour % 12;
  return minute === 0 ? `${hour12}${suffix}` : `${hour12}:${String(minute).padStart(2, '0')}${suffix}`;
}

/** "10am to 11am", or "10am" when there is no end. */
export function formatTimeRange(start: string, end?: string): string {
  return end ? `${formatTime(start)} to ${formatTime(end)}` : formatTime(start);
}

/**
 * The moment the site treats as "now". `SITE_NOW` (ISO 8601) pins it so a build, and
 * its tests, are repeatable; otherwise it is the real time of the build.
 */
export function resolveNow(siteNow: string | undefined, clock: () => Date = () => new Date()): Date {
  if (siteNow === undefined || siteNow.trim() === '') return clock();
  const text = siteNow.trim();
  // JavaScript rolls 2026-02-30 over to 2 March, and 24:00 to the next day: check as written.
  const written = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2}))?/.exec(text);
  const impossible = written && (impossibleDateReason(written[1]) ?? (Number(written[2] ?? 0) > 23 || Number(written[3] ?? 0) > 59 ? 'the time is not on the 24-hour clock' : undefined));
  if (impossible) {
    throw new Error(`SITE_NOW="${siteNow}" is not a real date or time: ${impossible}. Use, for example, SITE_NOW=2026-01-15T09:00:00Z.`);
  }
  // A date or date-time with no offset is London time, as everywhere else on the site.
  const local = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?$/.exec(text);
  const parsed = local ? londonInstant(local[1], local[2]) : new Date(text);
  if (Number.isNaN(parsed.getTime())) {
    throw new Error(
      `SITE_NOW="${siteNow}" is not an ISO 8601 date or time. Use, for example, SITE_NOW=2026-01-15T09:00:00Z.`,
    );
  }
  return parsed;
}
