import { contentTypeLabel, type FeedItemKind } from './feeds/feed-items';

/*
 * The filters search offers. Pages declare their values with data-pagefind-filter, and the
 * search page builds its checkboxes from the same labels, so the two always match.
 */

export const searchFilterNames = {
  type: 'Content type',
  area: 'Area of need',
  audience: 'Who it is for',
  year: 'Year',
} as const;

export type SearchFilterName = keyof typeof searchFilterNames;

export type SearchFilterValues = Record<SearchFilterName, string[]>;

/** One page's filter values: its content type, tags and the year it is about. */
export function searchFilterValues(entry: {
  kind: FeedItemKind;
  areasOfNeed: string[];
  audiences: string[];
  /** The date (YYYY-MM-DD) or month (YYYY-MM) the entry is about. */
  date: string;
}): SearchFilterValues {
  return {
    type: [contentTypeLabel[entry.kind]],
    area: [...new Set(entry.areasOfNeed)],
    audience: [...new Set(entry.audiences)],
    year: [entry.date.slice(0, 4)],
  };
}
