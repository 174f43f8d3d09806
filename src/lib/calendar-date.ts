/**
 * Calendar dates checked as written. YAML turns an unquoted 2026-02-30 into a Date, and
 * JavaScript rolls it over to 2 March without a word; these say what is wrong instead.
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Why a YYYY-MM month does not exist, or undefined when it does. */
export function impossibleMonthReason(text: string): string | undefined {
  const match = /^(\d{4})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const month = Number(match[2]);
  return month < 1 || month > 12 ? `there is no month ${match[2]}: months go from 01 (January) to 12 (December)` : undefined;
}

/** Why a YYYY-MM-DD date does not exist, or undefined when it does (or is not in that form). */
export function impossibleDateReason(text: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number);
  const monthReason = impossibleMonthReason(`${match[1]}-${match[2]}`);
  if (monthReason) return monthReason;
  if (day < 1) return `there is no day ${match[3]}: days start at 01`;
  const last = daysIn(year, month);
  if (day > last) return `${MONTHS[month - 1]} ${year} has ${last} days`;
  return undefined;
}
