import { expect, test } from 'vitest';
import { formatDate, londonDate, londonInstant } from '../../src/lib/london-time';

// London time conversions are remembered for speed; remembering must never change an answer.

test('a caller changing the Date it was given does not change later answers', () => {
  const first = londonInstant('2026-06-16', '09:30');
  first.setUTCFullYear(1999);
  expect(londonInstant('2026-06-16', '09:30').toISOString()).toBe('2026-06-16T08:30:00.000Z');
});

test('the same date at different times, and in summer and winter, are kept apart', () => {
  expect(londonInstant('2026-01-21').toISOString()).toBe('2026-01-21T00:00:00.000Z');
  expect(londonInstant('2026-01-21', '14:00').toISOString()).toBe('2026-01-21T14:00:00.000Z');
  expect(londonInstant('2026-07-21', '14:00').toISOString()).toBe('2026-07-21T13:00:00.000Z');
});

test('remembered London dates and formatted dates match fresh ones', () => {
  const lateEvening = new Date('2026-06-16T23:30:00Z');
  expect(londonDate(lateEvening)).toBe('2026-06-17');
  expect(londonDate(new Date('2026-06-16T23:30:00Z'))).toBe('2026-06-17');
  expect(formatDate('2026-01-21')).toBe('Wednesday 21 January 2026');
  expect(formatDate('2026-01-21')).toBe('Wednesday 21 January 2026');
});
