import { describe, expect, test } from 'vitest';
import {
  addDays,
  formatDate,
  formatMonth,
  formatShortDate,
  formatTime,
  formatTimeRange,
  londonDate,
  londonInstant,
  resolveNow,
} from '../../src/lib/london-time';

describe('londonInstant', () => {
  test('winter dates are GMT', () => {
    expect(londonInstant('2026-01-21', '10:00').toISOString()).toBe('2026-01-21T10:00:00.000Z');
  });

  test('summer dates are BST, an hour ahead of UTC', () => {
    expect(londonInstant('2026-06-16', '09:30').toISOString()).toBe('2026-06-16T08:30:00.000Z');
  });

  test('a date alone means the start of that London day', () => {
    expect(londonInstant('2026-06-16').toISOString()).toBe('2026-06-15T23:00:00.000Z');
    expect(londonInstant('2025-12-31').toISOString()).toBe('2025-12-31T00:00:00.000Z');
  });

  test('the morning clocks go forward (29 March 2026)', () => {
    expect(londonInstant('2026-03-29', '00:30').toISOString()).toBe('2026-03-29T00:30:00.000Z');
    expect(londonInstant('2026-03-29', '03:00').toISOString()).toBe('2026-03-29T02:00:00.000Z');
    // 01:30 does not exist on London clocks that night: read as GMT, which clocks show as 02:30.
    expect(londonInstant('2026-03-29', '01:30').toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });

  test('the morning clocks go back (25 October 2026)', () => {
    // 01:30 happens twice; the first (BST) is used.
    expect(londonInstant('2026-10-25', '01:30').toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(londonInstant('2026-10-25', '03:00').toISOString()).toBe('2026-10-25T03:00:00.000Z');
    expect(londonInstant('2026-10-25', '23:59').toISOString()).toBe('2026-10-25T23:59:00.000Z');
  });
});

describe('londonDate', () => {
  test('late evening UTC in summer is already the next London day', () => {
    expect(londonDate(new Date('2026-06-15T23:30:00Z'))).toBe('2026-06-16');
  });

  test('late evening UTC in winter is the same London day', () => {
    expect(londonDate(new Date('2026-01-21T23:30:00Z'))).toBe('2026-01-21');
  });
});

describe('addDays', () => {
  test('crosses month and year ends', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});

describe('GOV.UK style dates and times', () => {
  test('dates have the weekday and no comma', () => {
    expect(formatDate('2026-01-21')).toBe('Wednesday 21 January 2026');
    expect(formatDate('2025-12-31')).toBe('Wednesday 31 December 2025');
    expect(formatShortDate('2026-02-27')).toBe('27 February 2026');
    expect(formatMonth('2025-12')).toBe('December 2025');
  });

  test('times use am and pm, midday and midnight', () => {
    expect(formatTime('10:00')).toBe('10am');
    expect(formatTime('17:30')).toBe('5:30pm');
    expect(formatTime('12:00')).toBe('midday');
    expect(formatTime('00:00')).toBe('midnight');
    expect(formatTime('23:59')).toBe('11:59pm');
    expect(formatTime('00:15')).toBe('12:15am');
    expect(formatTimeRange('10:00', '11:00')).toBe('10am to 11am');
    expect(formatTimeRange('09:00')).toBe('9am');
  });
});

describe('resolveNow', () => {
  const clock = () => new Date('2030-01-01T00:00:00Z');

  test('uses the clock when SITE_NOW is not set', () => {
    expect(resolveNow(undefined, clock).toISOString()).toBe('2030-01-01T00:00:00.000Z');
    expect(resolveNow('', clock).toISOString()).toBe('2030-01-01T00:00:00.000Z');
  });

  test('reads an ISO 8601 instant', () => {
    expect(resolveNow('2026-01-15T12:00:00Z', clock).toISOString()).toBe('2026-01-15T12:00:00.000Z');
    expect(resolveNow('2026-06-16T09:00:00+01:00', clock).toISOString()).toBe('2026-06-16T08:00:00.000Z');
  });

  test('reads a date or time without an offset as London time', () => {
    expect(resolveNow('2026-06-16', clock).toISOString()).toBe('2026-06-15T23:00:00.000Z');
    expect(resolveNow('2026-06-16T09:00', clock).toISOString()).toBe('2026-06-16T08:00:00.000Z');
  });

  test('rejects nonsense with a message that says what to write', () => {
    expect(() => resolveNow('next tuesday', clock)).toThrow(/SITE_NOW="next tuesday" is not an ISO 8601/);
  });

  test('rejects impossible dates and times instead of rolling them over', () => {
    expect(() => resolveNow('2026-02-30', clock)).toThrow('SITE_NOW="2026-02-30" is not a real date or time: February 2026 has 28 days.');
    expect(() => resolveNow('2026-13-01T09:00:00Z', clock)).toThrow(/there is no month 13/);
    expect(() => resolveNow('2026-01-00', clock)).toThrow(/there is no day 00/);
    expect(() => resolveNow('2026-01-15T24:30', clock)).toThrow(/not on the 24-hour clock/);
    expect(resolveNow('2028-02-29', clock).toISOString()).toBe('2028-02-29T00:00:00.000Z');
  });
});
