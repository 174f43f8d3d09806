/**
 * Keeps list pages the same size however long the archive grows: a list shows its most
 * recent items, and everything older is one click away on a page per year. Without this
 * the events list of a ten-year archive is 1,500 cards (about 36 KB compressed), which
 * is slow to download and to scroll on a phone.
 */

/** How many past events or closed requests a list page shows before pointing to the years. */
export const RECENT_SHOWN = 20;

export interface YearLink {
  year: string;
  count: number;
}

/**
 * Splits items (already in the order the list shows them, most recent first) into the
 * first `shown` and the years that hold them all, newest year first.
 */
export function recentAndYears<T>(
  items: readonly T[],
  yearOf: (item: T) => string,
  shown = RECENT_SHOWN,
): { recent: T[]; years: YearLink[]; more: boolean } {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(yearOf(item), (counts.get(yearOf(item)) ?? 0) + 1);
  const years = [...counts].map(([year, count]) => ({ year, count })).sort((a, b) => b.year.localeCompare(a.year));
  return { recent: items.slice(0, shown), years, more: items.length > shown };
}

/** The year a request to have your say closed: its closing date, or else the last event it recruited for. */
export function closingYear(closes: string | undefined, eventDates: readonly string[]): string | undefined {
  if (closes) return closes.slice(0, 4);
  const last = [...eventDates].sort().at(-1);
  return last?.slice(0, 4);
}
