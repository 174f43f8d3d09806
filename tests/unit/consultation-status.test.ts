import { describe, expect, test } from 'vitest';
import {
  bySoonestDeadline,
  closingInstant,
  consultationStatus,
  deadlineInstant,
} from '../../src/lib/consultation-status';
import { deadlineText } from '../../src/lib/wording';

const options = { closingSoonDays: 7 };
const at = (iso: string) => new Date(iso);

describe('a deadline given as a date (Inclusive Pathways: 31 December 2025)', () => {
  const pathways = { closes: '2025-12-31' };

  test('means 11:59pm London time that day', () => {
    expect(deadlineInstant(pathways)?.toISOString()).toBe('2025-12-31T23:59:00.000Z');
    expect(deadlineText(pathways, 'open')).toBe('Closes at 11:59pm on Wednesday 31 December 2025');
    expect(deadlineText(pathways, 'closed')).toBe('Closed at 11:59pm on Wednesday 31 December 2025');
  });

  test('is open, then closing soon in the last 7 days, then closed at midnight', () => {
    expect(consultationStatus(pathways, at('2025-12-01T12:00:00Z'), options)).toBe('open');
    expect(consultationStatus(pathways, at('2025-12-24T23:58:00Z'), options)).toBe('open');
    expect(consultationStatus(pathways, at('2025-12-25T00:00:00Z'), options)).toBe('closing-soon');
    expect(consultationStatus(pathways, at('2025-12-31T23:59:30Z'), options)).toBe('closing-soon');
    expect(consultationStatus(pathways, at('2026-01-01T00:00:00Z'), options)).toBe('closed');
    expect(consultationStatus(pathways, at('2026-01-15T12:00:00Z'), options)).toBe('closed');
  });
});

describe('a deadline in British Summer Time', () => {
  const summer = { closes: '2026-06-30' };

  test('11:59pm BST is 10:59pm UTC', () => {
    expect(deadlineInstant(summer)?.toISOString()).toBe('2026-06-30T22:59:00.000Z');
    expect(closingInstant(summer)?.toISOString()).toBe('2026-06-30T23:00:00.000Z');
    expect(consultationStatus(summer, at('2026-06-30T22:59:59Z'), options)).toBe('closing-soon');
    expect(consultationStatus(summer, at('2026-06-30T23:00:00Z'), options)).toBe('closed');
  });

  test('a deadline on the day clocks go forward still closes at 11:59pm local time', () => {
    expect(deadlineInstant({ closes: '2026-03-29' })?.toISOString()).toBe('2026-03-29T22:59:00.000Z');
  });
});

describe('other windows', () => {
  test('not open before its opening day', () => {
    const window = { opens: '2026-02-01', closes: '2026-02-27' };
    expect(consultationStatus(window, at('2026-01-31T23:59:59Z'), options)).toBe('not-yet-open');
    expect(consultationStatus(window, at('2026-02-01T00:00:00Z'), options)).toBe('open');
  });

  test('a given closing time is used instead of 11:59pm', () => {
    const window = { closes: '2026-02-27', closesTime: '17:00' };
    expect(deadlineText(window, 'open')).toBe('Closes at 5pm on Friday 27 February 2026');
    expect(consultationStatus(window, at('2026-02-27T17:00:59Z'), options)).toBe('closing-soon');
    expect(consultationStatus(window, at('2026-02-27T17:01:00Z'), options)).toBe('closed');
  });

  test('with no closing date, ends when the events it recruits for have started', () => {
    const endsWith = new Date('2026-02-04T00:00:00Z');
    expect(consultationStatus({}, at('2026-02-03T12:00:00Z'), { ...options, endsWith })).toBe('open');
    expect(consultationStatus({}, at('2026-02-04T00:00:00Z'), { ...options, endsWith })).toBe('closed');
    expect(deadlineText({}, 'open')).toBeUndefined();
  });

  test('never shows "closing soon" without a stated deadline', () => {
    const endsWith = new Date('2026-02-04T00:00:00Z');
    expect(consultationStatus({}, at('2026-02-03T12:00:00Z'), { ...options, endsWith })).not.toBe('closing-soon');
  });
});

describe('bySoonestDeadline', () => {
  test('soonest first, no deadline last', () => {
    const entries = [
      { data: { title: 'No deadline' } },
      { data: { title: 'February', closes: '2026-02-27' } },
      { data: { title: 'December B', closes: '2025-12-31' } },
      { data: { title: 'December A', closes: '2025-12-31' } },
    ];
    expect(entries.sort(bySoonestDeadline).map((entry) => entry.data.title)).toEqual([
      'December A',
      'December B',
      'February',
      'No deadline',
    ]);
  });
});
