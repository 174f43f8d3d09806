import { describe, expect, test } from 'vitest';
import { markDates, markDatesInText } from '../../src/lib/mark-dates';

describe('markDatesInText', () => {
  test('a full date keeps its year', () => {
    expect(markDatesInText('Closes on 31 December 2025.')).toBe('Closes on <time datetime="2025-12-31">31 December 2025</time>.');
  });

  test('a date without a year gets a yearless datetime, never a guessed year', () => {
    expect(markDatesInText('by Friday, 27 February please')).toBe('by <time datetime="--02-27">Friday, 27 February</time> please');
    expect(markDatesInText('on 19 March.')).toBe('on <time datetime="--03-19">19 March</time>.');
  });

  test('a range marks both days, the first borrowing the month and year of the second', () => {
    expect(markDatesInText('on Tuesday, 16 and Wednesday, 17 June 2026 at')).toBe(
      'on <time datetime="2026-06-16">Tuesday, 16</time> and <time datetime="2026-06-17">Wednesday, 17 June 2026</time> at',
    );
    expect(markDatesInText('on 16/17 June.')).toBe('on <time datetime="--06-16">16</time>/<time datetime="--06-17">17 June</time>.');
  });

  test('a month and year, written out or short', () => {
    expect(markDatesInText('began in December 2022 with')).toBe('began in <time datetime="2022-12">December 2022</time> with');
    expect(markDatesInText('Workshops Jan 2026')).toBe('Workshops <time datetime="2026-01">Jan 2026</time>');
  });

  test('leaves numbers that are not dates alone', () => {
    for (const text of ['New Ways of Working 2026/27', 'Workstream 2 - EOI', 'around 60 during holidays', '1:1 sessions', 'in May we']) {
      expect(markDatesInText(text)).toBe(text);
    }
  });
});

describe('markDates', () => {
  test('skips dates already in <time>, and attributes', () => {
    const html = '<p title="1 March 2026"><time datetime="2026-03-01">1 March 2026</time> and 2 March 2026</p>';
    expect(markDates(html)).toBe('<p title="1 March 2026"><time datetime="2026-03-01">1 March 2026</time> and <time datetime="2026-03-02">2 March 2026</time></p>');
  });

  test('skips code and scripts', () => {
    const html = '<code>1 March 2026</code><script>var d = "1 March 2026";</script>';
    expect(markDates(html)).toBe(html);
  });
});
