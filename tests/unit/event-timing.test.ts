import { describe, expect, test } from 'vitest';
import { eventBounds, eventStatus, formatEventWhen, isAllDay, splitByStatus } from '../../src/lib/event-timing';

const at = (iso: string) => new Date(iso);

describe('eventStatus for an event with only a date (workshop 1: Wednesday 21 January 2026, morning)', () => {
  const workshop = { date: '2026-01-21', partOfDay: 'morning' as const };

  test('upcoming until midnight before', () => {
    expect(eventStatus(workshop, at('2026-01-15T12:00:00Z'))).toBe('upcoming');
    expect(eventStatus(workshop, at('2026-01-20T23:59:59Z'))).toBe('upcoming');
  });

  test('today from midnight to the end of the day, since the source gives no time', () => {
    expect(eventStatus(workshop, at('2026-01-21T00:00:00Z'))).toBe('today');
    expect(eventStatus(workshop, at('2026-01-21T23:59:59Z'))).toBe('today');
  });

  test('past from the next midnight', () => {
    expect(eventStatus(workshop, at('2026-01-22T00:00:00Z'))).toBe('past');
  });
});

describe('eventStatus in British Summer Time (conference day, Tuesday 16 June 2026)', () => {
  const conference = { date: '2026-06-16' };

  test('London midnight is 11pm UTC the evening before', () => {
    expect(eventStatus(conference, at('2026-06-15T22:59:59Z'))).toBe('upcoming');
    expect(eventStatus(conference, at('2026-06-15T23:00:00Z'))).toBe('today');
    expect(eventStatus(conference, at('2026-06-16T22:59:59Z'))).toBe('today');
    expect(eventStatus(conference, at('2026-06-16T23:00:00Z'))).toBe('past');
  });
});

describe('eventStatus for an event with times', () => {
  const meeting = { date: '2026-03-30', startTime: '10:00', endTime: '11:00' };

  test('is past once it has ended, even on the same day', () => {
    expect(eventStatus(meeting, at('2026-03-30T08:59:00Z'))).toBe('today');
    expect(eventStatus(meeting, at('2026-03-30T09:59:00Z'))).toBe('today');
    expect(eventStatus(meeting, at('2026-03-30T10:00:00Z'))).toBe('past');
  });

  test('bounds are London times (BST from 29 March 2026)', () => {
    const { start, end } = eventBounds(meeting);
    expect(start.toISOString()).toBe('2026-03-30T09:00:00.000Z');
    expect(end.toISOString()).toBe('2026-03-30T10:00:00.000Z');
  });
});

describe('a multi-day event', () => {
  const twoDays = { date: '2026-06-16', endDate: '2026-06-17' };

  test('is today on both days and past after the last', () => {
    expect(eventStatus(twoDays, at('2026-06-17T12:00:00Z'))).toBe('today');
    expect(eventStatus(twoDays, at('2026-06-17T23:00:00Z'))).toBe('past');
  });

  test('is written as a range of days', () => {
    expect(formatEventWhen(twoDays)).toBe('Tuesday 16 June 2026 to Wednesday 17 June 2026');
  });
});

describe('formatEventWhen', () => {
  test('says morning or afternoon where the source gives only AM or PM', () => {
    expect(formatEventWhen({ date: '2026-01-21', partOfDay: 'afternoon' })).toBe('Wednesday 21 January 2026, afternoon');
  });

  test('gives times where the source has them', () => {
    expect(formatEventWhen({ date: '2026-01-21', startTime: '10:00', endTime: '11:00' })).toBe(
      'Wednesday 21 January 2026, 10am to 11am',
    );
  });

  test('gives only the date when the source has no time', () => {
    expect(formatEventWhen({ date: '2026-03-19' })).toBe('Thursday 19 March 2026');
    expect(isAllDay({ date: '2026-03-19' })).toBe(true);
  });
});

describe('splitByStatus', () => {
  const now = at('2026-01-15T12:00:00Z');
  const entry = (title: string, date: string, partOfDay?: 'morning' | 'afternoon') => ({
    data: { title, date, partOfDay },
    status: eventStatus({ date }, now),
  });

  test('upcoming soonest first with mornings before afternoons; past most recent first', () => {
    const events = [
      entry('Z afternoon', '2026-01-21', 'afternoon'),
      entry('A webinar', '2025-12-02'),
      entry('Y morning', '2026-01-21', 'morning'),
      entry('B webinar', '2025-12-01'),
    ];
    const { upcoming, past } = splitByStatus(events);
    expect(upcoming.map((event) => event.data.title)).toEqual(['Y morning', 'Z afternoon']);
    expect(past.map((event) => event.data.title)).toEqual(['A webinar', 'B webinar']);
  });
});
