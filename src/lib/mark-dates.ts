import { rewriteText } from './html-text';

/*
 * Puts dates written in prose, such as "Friday, 27 February" or "16 and 17 June 2026",
 * into <time> elements, so every date on the site is machine-readable. A date written
 * without a year gets a yearless datetime ("--02-27"): the year is never guessed.
 */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)';
const WEEKDAY = '(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(?:,?\\s+(\\d{4}))?';

/** "16 and 17 June 2026", "16/17 June", "1 to 2 December 2025": the first day borrows the second's month and year. */
const RANGE = new RegExp(`(?<![\\w/])(${WEEKDAY}${DAY})(\\s*(?:and|&amp;|/|to)\\s*)(${WEEKDAY}${DAY}\\s+(${MONTH})${YEAR})(?![\\w/])`, 'g');
const DATE = new RegExp(`(?<![\\w/])${WEEKDAY}${DAY}\\s+(${MONTH})${YEAR}(?![\\w/])`, 'g');
const MONTH_YEAR = new RegExp(`(?<![\\w/])(${MONTH})\\s+(\\d{4})(?![\\w/])`, 'g');

function monthNumber(name: string): number {
  const lower = name.toLowerCase();
  return MONTHS.findIndex((month) => month.startsWith(lower.slice(0, 3))) + 1;
}

const two = (value: number) => String(value).padStart(2, '0');

function datetime(day: string, month: string, year: string | undefined): string | undefined {
  const d = Number(day);
  const m = monthNumber(month);
  if (m < 1 || d < 1 || d > 31) return undefined;
  return year ? `${year}-${two(m)}-${two(d)}` : `--${two(m)}-${two(d)}`;
}

const time = (value: string | undefined, text: string) => (value ? `<time datetime="${value}">${text}</time>` : text);

/** Marks the dates in one run of text. Dates already inside <time> are not passed in. */
export function markDatesInText(text: string): string {
  // Every pattern needs a digit; most text has none, and this runs on every page.
  if (!/\d/.test(text)) return text;
  // Placeholders keep a date marked by one pattern from being matched by the next.
  const marked: string[] = [];
  const hold = (html: string) => `\u0000${marked.push(html) - 1}\u0000`;
  let result = text.replace(RANGE, (_match, first: string, firstDay: string, joiner: string, second: string, secondDay: string, month: string, year?: string) =>
    hold(time(datetime(firstDay, month, year), first) + joiner + time(datetime(secondDay, month, year), second)),
  );
  result = result.replace(DATE, (match, day: string, month: string, year?: string) => hold(time(datetime(day, month, year), match)));
  result = result.replace(MONTH_YEAR, (match, month: string, year: string) => hold(time(`${year}-${two(monthNumber(month))}`, match)));
  return result.replace(/\u0000(\d+)\u0000/g, (_, index) => marked[Number(index)]);
}

/** Marks every date in a fragment of HTML that is not already in a <time> element. */
export function markDates(html: string): string {
  return rewriteText(html, (text, context) => (context.inside('time') ? text : markDatesInText(text)));
}
