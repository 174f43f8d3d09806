import { describe, expect, test } from 'vitest';
import { closingYear, recentAndYears } from '../../src/lib/archive-years';

describe('recentAndYears', () => {
  const items = ['2026-01-10', '2025-12-01', '2025-03-04', '2024-11-30', '2024-02-02'];
  const yearOf = (date: string) => date.slice(0, 4);

  test('keeps the first items in their order and counts every item by year, newest year first', () => {
    expect(recentAndYears(items, yearOf, 2)).toEqual({
      recent: ['2026-01-10', '2025-12-01'],
      years: [
        { year: '2026', count: 1 },
        { year: '2025', count: 2 },
        { year: '2024', count: 2 },
      ],
      more: true,
    });
  });

  test('says there is nothing more when every item fits', () => {
    const { recent, more } = recentAndYears(items, yearOf, 5);
    expect(recent).toEqual(items);
    expect(more).toBe(false);
  });
});

describe('closingYear', () => {
  test('is the year of the closing date when there is one', () => {
    expect(closingYear('2025-12-31', ['2026-02-04'])).toBe('2025');
  });

  test('is the year of the last event a request recruited for when it gives no closing date', () => {
    expect(closingYear(undefined, ['2025-12-20', '2026-02-04', '2026-01-21'])).toBe('2026');
  });

  test('is unknown with neither', () => {
    expect(closingYear(undefined, [])).toBeUndefined();
  });
});
