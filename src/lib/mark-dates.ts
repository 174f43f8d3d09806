/*
 * Finds the dates written in prose, such as "Friday, 27 February" or "16 and 17 June 2026",
 * so the finishing step can put each in a <time> element. A date written without a year
 * takes its year from the month the text was written for (a bulletin's issue): "19 March"
 * in the February 2026 bulletin is 19 March 2026, and "21 January" in the December 2025
 * one is 21 January 2026. Without that month, such a date is left as plain text: the year
 * is never guessed, and a yearless datetime ("--03-19") is not valid HTML.
 */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)';
const WEEKDAY = '(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(?:,?\\s+(\\d{4}))?';

/** "16 and 17 June 2026", "16/17 June", "1 to 2 December 2025": the first day borrows the second's month and year. */
const RANGE = new RegExp(`(?<![\\w/])(${WEEKDAY}${DAY})(\\s*(?:and|&|/|to)\\s*)(${WEEKDAY}${DAY}\\s+(${MONTH})${YEAR})(?![\\w/])`, 'g');
const DATE = new RegExp(`(?<![\\w/])${WEEKDAY}${DAY}\\s+(${MONTH})${YEAR}(?![\\w/])`, 'g');
const MONTH_YEAR = new RegExp(`(?<![\\w/])(${MONTH})\\s+(\\d{4})(?![\\w/])`, 'g');

/** A date found in a run of text: where it is, and its machine-readable value. */
export interface FoundDate {
  start: number;
  end: number;
  datetime: string;
}

function monthNumber(name: string): number {
  const lower = name.toLowerCase();
  return MONTHS.findIndex((month) => month.startsWith(lower.slice(0, 3))) + 1;
}

const two = (value: number) => String(value).padStart(2, '0');

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The year of a yearless day and month: the one nearest the month the text was written for. */
function nearestYear(month: number, day: number, referenceMonth: string): number {
  const [year, refMonth] = referenceMonth.split('-').map(Number);
  const reference = Date.UTC(year, refMonth - 1, 15);
  return [year - 1, year, year + 1].reduce((best, candidate) =>
    Math.abs(Date.UTC(candidate, month - 1, day) - reference) < Math.abs(Date.UTC(best, month - 1, day) - reference) ? candidate : best,
  );
}

function dayValue(day: string, monthName: string, year: string | undefined, referenceMonth: string | undefined): string | undefined {
  const d = Number(day);
  const m = monthNumber(monthName);
  if (m < 1) return undefined;
  const y = year ? Number(year) : referenceMonth ? nearestYear(m, d, referenceMonth) : undefined;
  if (y === undefined || !isRealDate(y, m, d)) return undefined;
  return `${y}-${two(m)}-${two(d)}`;
}

/**
 * The dates in one run of text, in order, none overlapping. `referenceMonth` ("2026-02")
 * is the month the text was written for, used only for dates written without a year.
 */
export function findDates(text: string, referenceMonth?: string): FoundDate[] {
  // Every pattern needs a digit; most text has none, and this runs on every page.
  if (!/\d/.test(text)) return [];
  // An impossible date ("30 February 2026") still holds its place, so "February 2026" in it is not marked instead.
  const found: { start: number; end: number; datetime?: string }[] = [];
  const taken = (start: number, end: number) => found.some((date) => start < date.end && end > date.start);
  const add = (start: number, end: number, datetime: string | undefined) => {
    if (!taken(start, end)) found.push({ start, end, datetime });
  };
  for (const match of text.matchAll(RANGE)) {
    const [, first, firstDay, joiner, second, secondDay, month, year] = match;
    const firstStart = match.index;
    const secondStart = firstStart + first.length + joiner.length;
    if (taken(firstStart, secondStart + second.length)) continue;
    add(firstStart, firstStart + first.length, dayValue(firstDay, month, year, referenceMonth));
    add(secondStart, secondStart + second.length, dayValue(secondDay, month, year, referenceMonth));
  }
  for (const match of text.matchAll(DATE)) {
    const [whole, day, month, year] = match;
    add(match.index, match.index + whole.length, dayValue(day, month, year, referenceMonth));
  }
  for (const match of text.matchAll(MONTH_YEAR)) {
    const [whole, month, year] = match;
    add(match.index, match.index + whole.length, `${year}-${two(monthNumber(month))}`);
  }
  return found.filter((date): date is FoundDate => date.datetime !== undefined).sort((a, b) => a.start - b.start);
}
